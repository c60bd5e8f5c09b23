package io.bingescope.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bingescope.analytics.PopulationSummary;
import io.bingescope.analytics.PopulationSummary.Metric;
import io.bingescope.analytics.PopulationSummary.Threshold;
import io.bingescope.model.Observed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code summary.json}: what was analysed (the caller's {@code about} entries, e.g. input,
 * period and options), then the population's member count, each metric's statistics and each
 * threshold's member count. Pretty-printed with two-space indents and {@code \n} line ends.
 */
public final class SummaryJson {
  /** The file name in the output directory. */
  public static final String FILE_NAME = "summary.json";

  private SummaryJson() {}

  /** Writes the summary, {@code about}'s entries first; {@code out} is left open. */
  public static void write(OutputStream out, Map<String, Object> about, PopulationSummary summary)
      throws IOException {
    write(out, about, summary, Observed.EVERYTHING);
  }

  /**
   * Writes the summary of an input that records only {@code observed}: a metric it cannot support
   * has its unit and {@code unavailable} (why) instead of statistics, such a threshold's count is
   * null, and an {@code observed} object says what the input records.
   */
  public static void write(
      OutputStream out, Map<String, Object> about, PopulationSummary summary, Observed observed)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>(about);
    if (!observed.complete()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("times_of_day", observed.timesOfDay());
      o.put("durations", observed.durations());
      o.put("release_dates", observed.releaseDates());
      root.put("observed", o);
    }
    root.put("members", summary.members());
    root.put(
        "percentiles",
        "nearest rank, from a histogram of 128 buckets per power of two: never above the true"
            + " value, at most 0.78% below it; exact for 0 and integers up to 256");
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      PopulationSummary.Stats s = summary.stats(m);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("unit", m.unit());
      Optional<String> unavailable = Availability.unavailable(m.column(), observed);
      if (unavailable.isPresent()) {
        o.put("unavailable", unavailable.get());
        metrics.put(m.key(), o);
        continue;
      }
      o.put("mean", round(s.mean()));
      o.put("min", round(s.min()));
      o.put("max", round(s.max()));
      o.put("p50", round(s.p50()));
      o.put("p90", round(s.p90()));
      o.put("p99", round(s.p99()));
      metrics.put(m.key(), o);
    }
    root.put("metrics", metrics);
    Map<String, Object> thresholds = new LinkedHashMap<>();
    for (Threshold t : Threshold.values()) {
      thresholds.put(t.key(), Availability.unavailable(t.metric().column(), observed).isPresent() ? null
          : summary.count(t));
    }
    root.put("thresholds", thresholds);
    // An explicit "\n" indenter: the default follows the platform, and output must be the same
    // everywhere.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    out.write(new ObjectMapper().writer(printer).writeValueAsBytes(root));
    out.write('\n');
  }

  /** Rounds to six decimals, so that binary noise does not show in the file. */
  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
