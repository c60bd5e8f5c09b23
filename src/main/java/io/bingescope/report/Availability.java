package io.bingescope.report;

import io.bingescope.model.Observed;
import java.util.Map;
import java.util.Optional;

/**
 * Which figures an input can support. A figure that needs what the input did not record (times of
 * day, durations, release dates; see {@link Observed}) is reported as unavailable, never computed
 * from stand-in values: Netflix's simple history has dates only, and no export has release dates.
 * Names are the columns of metrics.csv, the metric keys of summary.json, or threshold keys (a
 * metric key with a {@code _ge_N} suffix), {@value #LOCAL_HOURS} for the report's charts of
 * viewing by local hour (the weekday x hour heatmap and a member's day x hour calendar), and the
 * codes of claim kinds ({@code sleep-window}, {@code binge-racing}; {@code infer.ClaimKind#code}).
 */
public final class Availability {
  private static final int TIME = 1;
  private static final int DURATION = 2;
  private static final int RELEASE = 4;

  /** The name of viewing seconds by local hour of the day, which the report's heatmaps draw. */
  public static final String LOCAL_HOURS = "local_hour_s";

  private static final Map<String, Integer> NEEDS =
      Map.ofEntries(
          Map.entry(LOCAL_HOURS, TIME | DURATION),
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
          Map.entry("binge_races", RELEASE),
          // Claims: what each kind's inference reads (docs/inference.md).
          Map.entry("sleep-window", TIME | DURATION),
          Map.entry("disrupted-sleep", TIME | DURATION),
          Map.entry("home-zone", TIME),
          Map.entry("weekday-availability", TIME | DURATION),
          Map.entry("household", TIME | DURATION),
          Map.entry("life-event", TIME | DURATION),
          Map.entry("binge-racing", RELEASE));

  private Availability() {}

  /** Returns why a figure is unavailable for an input, or empty when it is available. */
  public static Optional<String> unavailable(String name, Observed observed) {
    return switch (missing(name, observed)) {
      case TIME -> Optional.of("needs times of day, which the input does not record");
      case DURATION -> Optional.of("needs durations, which the input does not record");
      case RELEASE -> Optional.of("needs release dates, which the input does not record");
      default -> Optional.empty();
    };
  }

  /**
   * Returns the note a reader sees instead of a chart or figure the input cannot support, naming
   * what the input lacks (for Netflix's simple history: that it records only dates), or empty
   * when the figure is available.
   */
  public static Optional<String> note(String name, Observed observed) {
    int missing = missing(name, observed);
    if (missing == 0) {
      return Optional.empty();
    }
    if (missing == RELEASE) {
      return Optional.of("unavailable: this input does not record the titles' release dates"
          + " (no Netflix export does)");
    }
    if (!observed.timesOfDay() && !observed.durations()) {
      return Optional.of("unavailable: this input records only the date of each view"
          + " (Netflix's simple viewing history)");
    }
    return Optional.of(missing == TIME
        ? "unavailable: this input does not record the time of day of each view"
        : "unavailable: this input does not record how long each view lasted");
  }

  /** Returns the first thing a figure needs that the input lacks (TIME, DURATION, RELEASE), or 0. */
  private static int missing(String name, Observed observed) {
    int ge = name.indexOf("_ge_");
    Integer needs = NEEDS.get(ge < 0 ? name : name.substring(0, ge));
    if (needs == null) {
      return 0;
    }
    if ((needs & TIME) != 0 && !observed.timesOfDay()) {
      return TIME;
    }
    if ((needs & DURATION) != 0 && !observed.durations()) {
      return DURATION;
    }
    if ((needs & RELEASE) != 0 && !observed.releaseDates()) {
      return RELEASE;
    }
    return 0;
  }
}
