package io.bingescope.report;

import io.bingescope.analytics.PopulationSummary;
import io.bingescope.analytics.PopulationSummary.Metric;
import io.bingescope.analytics.PopulationSummary.Threshold;
import io.bingescope.model.Observed;
import java.util.Locale;
import java.util.Optional;

/** Renders a {@link PopulationSummary} as a plain-text table for a terminal. */
public final class SummaryTable {
  private SummaryTable() {}

  /** Returns the table: one line per metric, then one per threshold; lines end in {@code \n}. */
  public static String render(PopulationSummary summary) {
    return render(summary, Observed.EVERYTHING);
  }

  /** Returns the table of an input recording only {@code observed}; missing figures say why. */
  public static String render(PopulationSummary summary, Observed observed) {
    StringBuilder b = new StringBuilder();
    String row = "%-22s %-6s %10s %10s %10s %10s %10s%n";
    b.append(String.format(Locale.ROOT, row, "metric", "unit", "mean", "p50", "p90", "p99", "max"));
    for (Metric m : Metric.values()) {
      PopulationSummary.Stats s = summary.stats(m);
      Optional<String> unavailable = Availability.unavailable(m.column(), observed);
      if (unavailable.isPresent()) {
        b.append(String.format(Locale.ROOT, "%-22s %-6s unavailable: %s%n", m.key(), m.unit(),
            unavailable.get()));
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT, row, m.key(), m.unit(), num(s.mean()), num(s.p50()), num(s.p90()),
              num(s.p99()), num(s.max())));
    }
    b.append(String.format(Locale.ROOT, "%nmembers reaching%n"));
    long n = summary.members();
    for (Threshold t : Threshold.values()) {
      long c = summary.count(t);
      if (Availability.unavailable(t.metric().column(), observed).isPresent()) {
        b.append(String.format(Locale.ROOT, "  %-32s  unavailable%n", t.label()));
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT, "  %-32s %,12d  %6.2f%%%n", t.label(), c, n == 0 ? 0.0 : 100.0 * c / n));
    }
    return b.toString().replace("\r\n", "\n");
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
