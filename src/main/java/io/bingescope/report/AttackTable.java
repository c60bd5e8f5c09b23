package io.bingescope.report;

import io.bingescope.reid.AttackRow;
import io.bingescope.reid.AttackSummary;
import io.bingescope.io.CsvStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The attack as people read it: precision and recall per aux size and date noise (the layout of the 2008 paper's
 * figures), and the files {@code attack.csv} (one row per aux record) and {@code attack-summary.csv}
 * (docs/reidentification.md#the-attack).
 */
public final class AttackTable {
  /** The per-record file. */
  public static final String RECORDS = "attack.csv";
  /** The summary file. */
  public static final String SUMMARY = "attack-summary.csv";
  /** The per-record columns. */
  public static final List<String> RECORD_COLUMNS = List.of("ref", "target_member", "aux_items", "date_noise_days",
      "best_member", "best_score", "second_score", "sd", "eccentricity", "declared", "right");
  /** The summary columns. */
  public static final List<String> SUMMARY_COLUMNS = List.of("aux_items", "date_noise_days", "records", "declared",
      "right", "precision", "recall", "mean_eccentricity");

  private AttackTable() {}

  /** Returns the terminal table of the summaries; {@code truth} false for records brought without one. */
  public static String table(List<AttackSummary> rows, boolean truth) {
    StringBuilder b = new StringBuilder();
    if (!truth) {
      for (AttackSummary s : rows) {
        b.append(String.format(Locale.ROOT, "  %,d aux records, %,d matches declared%n", s.records(),
            s.declared()));
      }
      return b.toString();
    }
    b.append(String.format(Locale.ROOT, "  %-9s %-10s %8s %9s %7s %10s %8s %9s%n", "aux items", "date noise",
        "records", "declared", "right", "precision", "recall", "mean ecc"));
    for (AttackSummary s : rows) {
      b.append(String.format(Locale.ROOT, "  %-9s %-10s %,8d %,9d %,7d %10s %8s %9.2f%n",
          s.decoys() ? s.size() + " decoy" : Integer.toString(s.size()),
          s.decoys() ? "-" : s.noiseDays() == 0 ? "exact" : "+-" + s.noiseDays() + " d", s.records(), s.declared(),
          s.right(), s.decoys() ? "-" : percent(s.precision()), s.decoys() ? "-" : percent(s.recall()),
          s.meanEccentricity()));
    }
    return b.toString();
  }

  private static String percent(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  /** Writes attack.csv. */
  public static void writeRecords(OutputStream out, List<AttackRow> rows) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", RECORD_COLUMNS)).append('\n');
    for (AttackRow r : rows) {
      b.append(CsvStyle.EXACT.field(r.aux().ref())).append(',')
          .append(r.aux().target() < 0 ? "" : Integer.toString(r.aux().target())).append(',')
          .append(r.aux().items()).append(',').append(r.aux().noiseDays()).append(',')
          .append(r.bestMember() < 0 ? "" : Integer.toString(r.bestMember())).append(',')
          .append(fixed(r.best())).append(',').append(fixed(r.second())).append(',').append(fixed(r.sd()))
          .append(',').append(fixed(r.eccentricity())).append(',').append(r.declared()).append(',')
          .append(r.aux().target() < 0 ? "" : Boolean.toString(r.right())).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes attack-summary.csv. */
  public static void writeSummary(OutputStream out, List<AttackSummary> rows) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", SUMMARY_COLUMNS)).append('\n');
    for (AttackSummary s : rows) {
      b.append(s.size()).append(',').append(s.decoys() ? "decoys" : Integer.toString(s.noiseDays())).append(',')
          .append(s.records()).append(',').append(s.declared()).append(',').append(s.right()).append(',')
          .append(s.decoys() ? "" : fixed(s.precision())).append(',').append(s.decoys() ? "" : fixed(s.recall()))
          .append(',')
          .append(fixed(s.meanEccentricity())).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String fixed(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }
}
