package io.bingescope.model;

/**
 * What an input recorded of each view, so that figures needing what it lacks are reported as
 * unavailable rather than computed from invented values. A simulated run or a full Netflix archive
 * records each view's start to the second and its duration; Netflix's simple viewing history only
 * the local date of each title watched. Neither simulated nor imported catalogs of a platform's own
 * export know release dates.
 *
 * @param timesOfDay whether each view's start is known to the second (else only its local date)
 * @param durations whether each view's duration is known
 * @param releaseDates whether the catalog's release dates are real
 */
public record Observed(boolean timesOfDay, boolean durations, boolean releaseDates) {

  /** Everything: a simulated run. */
  public static final Observed EVERYTHING = new Observed(true, true, true);

  /** A full Netflix archive: times and durations, but no release dates. */
  public static final Observed NETFLIX_ACTIVITY = new Observed(true, true, false);

  /** Netflix's simple viewing history: dates alone. */
  public static final Observed DATES_ONLY = new Observed(false, false, false);

  /** Returns whether the input recorded {@code need}. */
  public boolean records(Need need) {
    return switch (need) {
      case TIMES_OF_DAY -> timesOfDay;
      case DURATIONS -> durations;
      case RELEASE_DATES -> releaseDates;
    };
  }

  /** Returns whether nothing is missing. */
  public boolean complete() {
    return timesOfDay && durations && releaseDates;
  }
}
