package io.bingescope.report;

import io.bingescope.reid.UnicityRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Unicity as people read it: a terminal table, one line per p and setting, and {@code unicity.csv}
 * (docs/reidentification.md#unicitycsv).
 */
public final class UnicityTable {
  /** The default file name of the CSV. */
  public static final String FILE_NAME = "unicity.csv";
  /** The CSV columns, in order. */
  public static final List<String> COLUMNS = List.of("p", "choice", "date_tolerance_days", "population", "examined",
      "eligible", "targets", "unique", "unicity", "unicity_low95", "unicity_high95", "mean_set_size",
      "median_set_size");
  /** The CSV's head, by which an existing file is known as one bingescope wrote (and may replace with --force). */
  public static final String MARK = String.join(",", COLUMNS.subList(0, 3));

  private UnicityTable() {}

  /** Returns the terminal table. */
  public static String table(List<UnicityRow> rows) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "  %3s  %-7s %-8s %9s %9s %8s  %-17s %12s %10s%n", "p", "choice", "date",
        "targets", "unique", "unicity", "95% interval", "mean set", "median set"));
    for (UnicityRow r : rows) {
      b.append(String.format(Locale.ROOT, "  %3d  %-7s %-8s %,9d %,9d %8s  %-17s %,12.1f %,10d%n", r.p(),
          r.setting().choice().label(), date(r.setting().toleranceDays()), r.targets(), r.unique(),
          percent(r.unicity()), percent(r.low()) + " - " + percent(r.high()), r.meanSetSize(), r.medianSetSize()));
    }
    return b.toString();
  }

  private static String date(int tolerance) {
    return tolerance < 0 ? "unknown" : tolerance == 0 ? "exact" : "+-" + tolerance + " d";
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  /** Writes {@code unicity.csv}: shares as decimals with 6 places, set sizes with 3. */
  public static void writeCsv(OutputStream out, List<UnicityRow> rows) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (UnicityRow r : rows) {
      b.append(r.p()).append(',').append(r.setting().choice().label()).append(',')
          .append(r.setting().toleranceLabel()).append(',').append(r.population()).append(',')
          .append(r.examined()).append(',').append(r.eligible()).append(',').append(r.targets()).append(',')
          .append(r.unique()).append(',').append(fixed(r.unicity(), 6)).append(',').append(fixed(r.low(), 6))
          .append(',').append(fixed(r.high(), 6)).append(',').append(fixed(r.meanSetSize(), 3)).append(',')
          .append(r.medianSetSize()).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String fixed(double v, int places) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + places + "f", v);
  }
}
