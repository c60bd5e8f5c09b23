package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import java.util.Objects;

/**
 * Counts how many distinct episodes of one series a member watched within a window of {@code days}
 * x 24 hours: the maximum, over windows {@code [t, t + days x 86,400 s)} starting at any of the
 * member's qualifying views of the series, of the number of distinct episodes of the series with a
 * qualifying view starting in the window. Windows are measured in real (UTC) seconds, so a window
 * over a DST change still lasts {@code days x 24} hours.
 *
 * @param seriesIndex the series' index in {@link Catalog#series()}
 * @param days the window's length in days of 24 hours (at least 1)
 * @param level the level a view must reach to count
 * @param thresholds the thresholds of the levels
 */
public record WindowQuery(int seriesIndex, int days, Level level, Thresholds thresholds) {

  public WindowQuery {
    if (days < 1) {
      throw new IllegalArgumentException("a window lasts at least 1 day: " + days);
    }
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Creates a query with the default thresholds. */
  public WindowQuery(int seriesIndex, int days, Level level) {
    this(seriesIndex, days, level, Thresholds.DEFAULTS);
  }

  /**
   * Returns the most distinct episodes of the series watched in one window, 0 if none. Needs the
   * history in order ({@link History#sort()}); runs in linear time with two pointers and one count
   * per episode of the series, made once per call.
   */
  public int maxEpisodes(History h, Catalog c) {
    Series series = c.series().get(seriesIndex);
    int[] count = new int[series.episodeCount()];
    long width = days * 86_400L;
    int n = h.size();
    int best = 0;
    int distinct = 0;
    int right = 0;
    for (int left = 0; left < n; left++) {
      if (!counts(h, left, c)) {
        continue;
      }
      long limit = h.startUtc(left) + width;
      for (; right < n && h.startUtc(right) < limit; right++) {
        if (counts(h, right, c) && count[c.positionInSeries(h.title(right))]++ == 0) {
          distinct++;
        }
      }
      best = Math.max(best, distinct);
      // The next window starts later, so this view leaves it.
      if (--count[c.positionInSeries(h.title(left))] == 0) {
        distinct--;
      }
    }
    return best;
  }

  private boolean counts(History h, int i, Catalog c) {
    if (h.supplemental(i) != Supplemental.NONE) {
      return false;
    }
    var title = c.title(h.title(i));
    return title.seriesIndex() == seriesIndex
        && level.qualifies(h.durationS(i), title.runtimeS(), thresholds);
  }
}
