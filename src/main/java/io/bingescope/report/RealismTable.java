package io.bingescope.report;

import io.bingescope.analytics.realism.Estimate;
import io.bingescope.analytics.realism.Figure;
import io.bingescope.analytics.realism.Target;
import io.bingescope.io.CsvStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The realism figures as people read them: a terminal table, one entry per target (the figure, its simulated value
 * with the 95% interval, the tolerance, the verdict, and the published value with its source), and {@code
 * realism.csv} (docs/output-format.md#realism).
 */
public final class RealismTable {
  /** The file name of the CSV. */
  public static final String FILE_NAME = "realism.csv";
  /** The CSV columns, in order. */
  public static final List<String> COLUMNS = List.of("figure", "name", "value", "low", "high", "batches", "min",
      "max", "verdict", "reason", "published", "source");

  private RealismTable() {}

  /** Returns the table of the targets' figures. */
  public static String table(List<Target> targets, Map<Figure, Estimate> estimates) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "  %-12s %-46s %-28s %-16s %s%n", "id", "figure", "simulated [95% interval]",
        "tolerance", "verdict"));
    for (Target t : targets) {
      Estimate e = estimates.get(t.figure());
      Target.Verdict v = t.verdict(e);
      String verdict = switch (v) {
        case PASS -> "pass";
        case MISS -> "MISS";
        case NA -> "n/a";
      };
      String simulated = e.measured()
          ? format(t.figure(), e.value()) + (e.hasInterval()
              ? " [" + format(t.figure(), e.low()) + ", " + format(t.figure(), e.high()) + "]" : "")
          : "-";
      b.append(String.format(Locale.ROOT, "  %-12s %-46s %-28s %-16s %s%n", t.figure().id(), clip(t.name(), 46),
          simulated, tolerance(t), verdict));
      if (!e.measured()) {
        b.append(String.format(Locale.ROOT, "  %-12s not measurable: %s%n", "", e.unavailable()));
      }
      b.append(String.format(Locale.ROOT, "  %-12s published: %s (%s)%n", "", t.published(), t.source()));
    }
    return b.toString();
  }

  /** Returns the number of targets whose figure misses its tolerance. */
  public static int misses(List<Target> targets, Map<Figure, Estimate> estimates) {
    int n = 0;
    for (Target t : targets) {
      if (t.verdict(estimates.get(t.figure())) == Target.Verdict.MISS) {
        n++;
      }
    }
    return n;
  }

  /**
   * Writes one CSV row per target: values in the figure's unit (shares as fractions), empty when undefined;
   * the text fields spelled in {@code style}.
   */
  public static void writeCsv(OutputStream out, List<Target> targets, Map<Figure, Estimate> estimates,
      CsvStyle style) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Target t : targets) {
      Estimate e = estimates.get(t.figure());
      b.append(style.field(t.figure().id())).append(',').append(style.field(t.name())).append(',')
          .append(number(e.value())).append(',').append(number(e.low())).append(',').append(number(e.high()))
          .append(',').append(e.batches()).append(',').append(number(t.min())).append(',').append(number(t.max()))
          .append(',').append(t.verdict(e).name().toLowerCase(Locale.ROOT)).append(',')
          .append(e.measured() ? "" : style.field(e.unavailable())).append(',').append(style.field(t.published()))
          .append(',').append(style.field(t.source())).append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%.6f", v);
    return s.equals("-0.000000") ? "0.000000" : s;
  }

  /** Returns a value in its figure's unit, e.g. {@code 0.92%}, {@code 1.43 h}, {@code 21 h}. */
  static String format(Figure f, double v) {
    return switch (f.unit()) {
      case SHARE -> Math.abs(v) < 0.01 ? String.format(Locale.ROOT, "%.3f%%", 100 * v)
          : String.format(Locale.ROOT, "%.1f%%", 100 * v);
      case HOURS -> String.format(Locale.ROOT, "%.2f h", v);
      case COUNT -> v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
      // Three decimals, so that 1.995 against a bound of 2 does not read "2.00 MISS".
      case NUMBER -> String.format(Locale.ROOT, "%.3f", v);
      case HOUR -> v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f h", v) : String.format(Locale.ROOT, "%.1f h", v);
      case RATIO -> String.format(Locale.ROOT, "%.3f", v);
      case DAYS -> String.format(Locale.ROOT, "%.1f d", v);
    };
  }

  private static String tolerance(Target t) {
    boolean lo = !Double.isNaN(t.min());
    boolean hi = !Double.isNaN(t.max());
    if (lo && hi) {
      return format(t.figure(), t.min()) + " - " + format(t.figure(), t.max());
    }
    return lo ? ">= " + format(t.figure(), t.min()) : "<= " + format(t.figure(), t.max());
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }
}
