package io.bingescope.report;

import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.Need;
import io.bingescope.model.Observed;
import java.util.Optional;
import java.util.Set;

/**
 * Which figures an input can support. A figure that needs what the input did not record (times of
 * day, durations, release dates; see {@link Observed}) is reported as unavailable, never computed
 * from stand-in values: Netflix's simple history has dates only, and no export has release dates.
 * What a figure needs is declared with it, never looked up by name: a column's {@link
 * Column#needs()} (metrics.csv, summary.json's metrics and thresholds), a claim kind's {@code
 * ClaimKind#needs()}, and {@link #LOCAL_HOURS} for the report's charts of viewing by local hour.
 */
public final class Availability {

  /**
   * Viewing seconds by local hour of the day, which the report's heatmaps draw (the weekday x hour
   * heatmap and a member's day x hour calendar).
   */
  public static final Column LOCAL_HOURS =
      Column.of("local_hour_s", ColumnType.LONG).unit("s").needs(Need.TIMES_OF_DAY, Need.DURATIONS);

  private Availability() {}

  /** Returns why a figure needing {@code needs} is unavailable for an input, or empty. */
  public static Optional<String> unavailable(Set<Need> needs, Observed observed) {
    return missing(needs, observed).map(n -> switch (n) {
      case TIMES_OF_DAY -> "needs times of day, which the input does not record";
      case DURATIONS -> "needs durations, which the input does not record";
      case RELEASE_DATES -> "needs release dates, which the input does not record";
    });
  }

  /** Returns why the column's figure is unavailable for an input, or empty. */
  public static Optional<String> unavailable(Column column, Observed observed) {
    return unavailable(column.needs(), observed);
  }

  /**
   * Returns the note a reader sees instead of a chart or figure the input cannot support, naming
   * what the input lacks (for Netflix's simple history: that it records only dates), or empty
   * when the figure is available.
   */
  public static Optional<String> note(Column column, Observed observed) {
    return missing(column.needs(), observed).map(n -> {
      if (n == Need.RELEASE_DATES) {
        return "unavailable: this input does not record the titles' release dates"
            + " (no Netflix export does)";
      }
      if (!observed.timesOfDay() && !observed.durations()) {
        return "unavailable: this input records only the date of each view"
            + " (Netflix's simple viewing history)";
      }
      return n == Need.TIMES_OF_DAY
          ? "unavailable: this input does not record the time of day of each view"
          : "unavailable: this input does not record how long each view lasted";
    });
  }

  /** Returns the first thing, in {@link Need}'s order, that is needed and the input lacks. */
  private static Optional<Need> missing(Set<Need> needs, Observed observed) {
    for (Need n : Need.values()) {
      if (needs.contains(n) && !observed.records(n)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
