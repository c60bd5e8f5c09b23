package io.bingescope.analytics;

import java.util.Objects;

/**
 * The options of {@link MemberMetrics}; every threshold of docs/metrics.md is one of them.
 *
 * @param level the level a view must reach to count as watching (default {@link Level#WATCHER})
 * @param thresholds the thresholds of the levels (default {@link Thresholds#DEFAULTS})
 * @param sittingGapS the longest pause in seconds between a view's end and the next view's start
 *     within one sitting (default 1,800: 30 minutes)
 * @param bingeEpisodes the fewest qualifying views of episodes of one series that make a sitting a
 *     binge sitting (default 3)
 * @param windowDays the length in days of 24 hours of the episodes-in-a-window figure (default 7)
 * @param nightStartS the start of the night, in local seconds after midnight (default 0: 00:00)
 * @param nightEndS the end of the night, exclusive (default 18,000: 05:00)
 * @param workStartS the start of working hours on Monday to Friday (default 32,400: 09:00)
 * @param workEndS the end of working hours, exclusive (default 61,200: 17:00)
 */
public record MetricOptions(
    Level level,
    Thresholds thresholds,
    int sittingGapS,
    int bingeEpisodes,
    int windowDays,
    int nightStartS,
    int nightEndS,
    int workStartS,
    int workEndS) {

  /** The defaults of docs/metrics.md. */
  public static final MetricOptions DEFAULTS =
      new MetricOptions(
          Level.WATCHER, Thresholds.DEFAULTS, 1_800, 3, 7, 0, 5 * 3_600, 9 * 3_600, 17 * 3_600);

  public MetricOptions {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
    if (sittingGapS < 0) {
      throw new IllegalArgumentException("sitting gap must not be negative: " + sittingGapS);
    }
    if (bingeEpisodes < 1) {
      throw new IllegalArgumentException("binge episodes must be at least 1: " + bingeEpisodes);
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("window days must be at least 1: " + windowDays);
    }
    checkSpan("night", nightStartS, nightEndS);
    checkSpan("working hours", workStartS, workEndS);
  }

  private static void checkSpan(String name, int start, int end) {
    // A span across midnight would need two pieces per day; nobody has asked for one yet.
    if (start < 0 || end > 86_400 || start > end) {
      throw new IllegalArgumentException(
          name + " must satisfy 0 <= start <= end <= 86400 seconds: " + start + ".." + end);
    }
  }
}
