package io.bingescope.report;

import io.bingescope.model.Observed;
import java.util.Map;
import java.util.Optional;

/**
 * Which figures an input can support. A figure that needs what the input did not record (times of
 * day, durations, release dates; see {@link Observed}) is reported as unavailable, never computed
 * from stand-in values: Netflix's simple history has dates only, and no export has release dates.
 * Names are the columns of metrics.csv, the metric keys of summary.json, or threshold keys (a
 * metric key with a {@code _ge_N} suffix).
 */
public final class Availability {
  private static final int TIME = 1;
  private static final int DURATION = 2;
  private static final int RELEASE = 4;

  private static final Map<String, Integer> NEEDS =
      Map.ofEntries(
          Map.entry("viewing_s", DURATION),
          Map.entry("viewing_hours", DURATION),
          Map.entry("period_s", DURATION),
          Map.entry("mean_daily_hours", DURATION),
          Map.entry("max_daily_hours", DURATION),
          Map.entry("sittings", TIME | DURATION),
          Map.entry("binge_sittings", TIME | DURATION),
          Map.entry("longest_sitting_s", TIME | DURATION),
          Map.entry("longest_sitting_hours", TIME | DURATION),
          Map.entry("night_s", TIME | DURATION),
          Map.entry("night_share", TIME | DURATION),
          Map.entry("work_s", TIME | DURATION),
          Map.entry("work_share", TIME | DURATION),
          Map.entry("binge_races", RELEASE));

  private Availability() {}

  /** Returns why a figure is unavailable for an input, or empty when it is available. */
  public static Optional<String> unavailable(String name, Observed observed) {
    int ge = name.indexOf("_ge_");
    Integer needs = NEEDS.get(ge < 0 ? name : name.substring(0, ge));
    if (needs == null) {
      return Optional.empty();
    }
    if ((needs & TIME) != 0 && !observed.timesOfDay()) {
      return Optional.of("needs times of day, which the input does not record");
    }
    if ((needs & DURATION) != 0 && !observed.durations()) {
      return Optional.of("needs durations, which the input does not record");
    }
    if ((needs & RELEASE) != 0 && !observed.releaseDates()) {
      return Optional.of("needs release dates, which the input does not record");
    }
    return Optional.empty();
  }
}
