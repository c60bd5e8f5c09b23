package io.bingescope.report;

import io.bingescope.infer.Score;
import io.bingescope.infer.Scorecard;
import io.bingescope.io.ByteBuf;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The scorecard as people read it: a terminal table with the counts behind every share, and
 * {@code scorecard.csv} (docs/output-format.md#scorecard).
 */
public final class ScorecardReport {
  /** The file name of the CSV. */
  public static final String FILE_NAME = "scorecard.csv";
  /** The CSV columns, in order ({@link ScorecardColumn}). */
  public static final List<String> COLUMNS = ScorecardColumn.SCHEMA.names();

  private ScorecardReport() {}

  /** Writes the scorecard as CSV: shares with four decimals, empty when undefined (0/0). */
  public static void writeCsv(OutputStream out, Scorecard card) throws IOException {
    RowWriter rows = RowWriter.csv(ScorecardColumn.SCHEMA, CsvStyle.EXACT);
    ByteBuf b = new ByteBuf().append(rows.header());
    for (Score s : card.scores()) {
      rows.append(ScorecardColumn.values(s), b);
    }
    b.writeTo(out);
  }

  /** Returns the scorecard as a table, one line per kind, columns as wide as their cells. */
  public static String table(Scorecard card) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"kind of claim", "members", "claimed", "TP", "FP", "FN", "TN",
        "precision", "recall", "accuracy"});
    for (Score s : card.scores()) {
      rows.add(new String[] {s.kind().label(), count(s.members()), count(s.claimed()),
          count(s.truePositives()), count(s.falsePositives()), count(s.falseNegatives()),
          count(s.trueNegatives()), percent(s.precision()), percent(s.recall()),
          percent(s.accuracy())});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      b.append("  ");
      for (int c = 0; c < r.length; c++) {
        String cell = r[c];
        String pad = " ".repeat(width[c] - cell.length());
        b.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < r.length ? "  " : "");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble())
        : "n/a";
  }
}
