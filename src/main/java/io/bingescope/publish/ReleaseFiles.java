package io.bingescope.publish;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bingescope.io.CsvStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a release ({@code release.csv}, {@code release.json}) and its evaluation ({@code evaluation.csv}). */
public final class ReleaseFiles {
  private ReleaseFiles() {}

  /** The release's cells. */
  public static final String CSV = "release.csv";

  /** What the release is: policy, parameters, table, privacy unit. */
  public static final String JSON = "release.json";

  /** The release measured against the truth: for the platform, never to be published with the release. */
  public static final String EVALUATION = "evaluation.csv";

  /** Writes {@code row,column,count}: one line per entry of the extended grid, the count empty where suppressed. */
  public static void writeCsv(Release r, CsvStyle style, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder("row,column,count\n");
    Table t = r.table();
    for (int e = 0; e < r.values().length; e++) {
      b.append(style.field(t.rowLabel(e / t.width()))).append(',')
          .append(style.field(t.columnLabel(e % t.width()))).append(',')
          .append(r.suppressed()[e] ? "" : Long.toString(r.values()[e])).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes release.json: the policy with its parameters, the table's definition, the privacy unit and the noise. */
  public static void writeJson(Release r, String tool, String dataset, String time, OutputStream out)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", tool);
    m.put("dataset", dataset);
    m.put("time", time);
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("name", r.table().name());
    table.put("definition", r.table().definition());
    table.put("rows", r.table().rows());
    table.put("columns", r.table().columns());
    table.put("totals", r.table().margins() ? "row, column and grand totals published (row and column 'total')"
        : "none");
    m.put("table", table);
    m.put("privacy_unit", "member (an account: all its profiles)");
    m.put("policy", r.policy().spelling());
    m.put("parameters", parameters(r));
    m.put("private", isPrivate(r));
    if (r.noise() != null && r.noise().seeded()) {
      m.put("warning", Noise.NOT_PRIVATE);
    }
    m.put("evaluation", EVALUATION + " (if present) is measured against the true counts: keep it, never publish it"
        + " with the release");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    out.write(new ObjectMapper().writer(printer).writeValueAsBytes(m));
    out.write('\n');
  }

  /** Returns whether a release is differentially private: DP with noise that cannot be reproduced. */
  public static boolean isPrivate(Release r) {
    return r.policy() instanceof Policy.Dp && r.noise() != null && !r.noise().seeded();
  }

  private static Map<String, Object> parameters(Release r) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (r.policy() instanceof Policy.Threshold t) {
      p.put("k", t.k());
      p.put("primary", "entries from 1 to k - 1 are suppressed (0 is published)");
      p.put("complementary", "further entries, smallest first and cells before totals, until no suppressed entry"
          + " can be worked out exactly from the published cells and totals");
      p.put("suppressed", r.suppressedCount());
    } else if (r.policy() instanceof Policy.Dp dp) {
      DiscreteLaplace lap = dp.noise();
      p.put("epsilon", dp.epsilon());
      p.put("max_cells", dp.maxCells());
      p.put("truncation", "a member counting in more than max_cells cells keeps the max_cells whose SplitMix64 hash"
          + " of (member id, cell) is smallest");
      p.put("sensitivity", dp.maxCells());
      p.put("mechanism", String.format(Locale.ROOT, "two-sided geometric (discrete Laplace) noise on each cell,"
          + " P(y) proportional to exp(-%d/%d |y|), sampled exactly (Canonne, Kamath, Steinke 2020)", lap.s(),
          lap.t()));
      p.put("noise", r.noise().description());
      p.put("interval_95_half_width", r.halfWidth95());
      p.put("post_processing", (dp.clamp() ? "negative noisy cells published as 0; " : "none on the cells (counts"
          + " may be negative); ") + "totals are sums of the published cells");
    }
    return p;
  }

  /** Returns the evaluation's figures as (name, value) rows, in the order printed and written. */
  public static List<String[]> evaluationRows(Evaluation.Accuracy a, Evaluation.Attack attack) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("entries (cells and totals)", Integer.toString(a.entries())));
    rows.add(row("suppressed", String.format(Locale.ROOT, "%d (%.1f%%)", a.suppressed(),
        100 * a.suppressedShare())));
    rows.add(row("mean absolute error of a published entry", String.format(Locale.ROOT, "%.2f", a.meanError())));
    rows.add(row("largest absolute error", Long.toString(a.maxError())));
    rows.add(row("top cells not at their true rank", a.topChanged() + " of " + a.top()));
    if (attack != null) {
      rows.add(row("attack target (member)", Integer.toString(attack.memberId())));
      rows.add(row("target's cells", Integer.toString(attack.cells())));
      rows.add(row("release pairs drawn", attack.repetitions() == 0 ? "none (deterministic)"
          : Integer.toString(attack.repetitions())));
      rows.add(row("attacker says 'in' when in", String.format(Locale.ROOT, "%.3f", attack.truePositive())));
      rows.add(row("attacker says 'in' when out", String.format(Locale.ROOT, "%.3f", attack.falsePositive())));
      rows.add(row("attacker's advantage", attack.repetitions() == 0
          ? String.format(Locale.ROOT, "%.3f", attack.advantage())
          : String.format(Locale.ROOT, "%.3f (95%% interval %.3f..%.3f)", attack.advantage(),
              attack.advantage() - attack.halfWidth95(), attack.advantage() + attack.halfWidth95())));
      rows.add(row("largest advantage the policy allows", String.format(Locale.ROOT, "%.3f", attack.bound())));
    }
    return rows;
  }

  /** Writes evaluation.csv: {@code figure,value}. */
  public static void writeEvaluation(List<String[]> rows, CsvStyle style, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder("figure,value\n");
    for (String[] r : rows) {
      b.append(style.field(r[0])).append(',').append(style.field(r[1])).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the evaluation as an aligned two-column text table. */
  public static String evaluationText(List<String[]> rows) {
    int w = 0;
    for (String[] r : rows) {
      w = Math.max(w, r[0].length());
    }
    StringWriter s = new StringWriter();
    PrintWriter p = new PrintWriter(s);
    for (String[] r : rows) {
      p.printf(Locale.ROOT, "  %-" + w + "s  %s%n", r[0], r[1]);
    }
    p.flush();
    return s.toString();
  }

  private static String[] row(String name, String value) {
    return new String[] {name, value};
  }
}
