package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Selects the members who watched any episode of one series on each of {@code days} consecutive
 * local days ending on {@code end}: {@link StreakQuery} with "the title" widened to every episode of
 * the series. Each episode qualifies by its own runtime at the level.
 *
 * @param seriesIndex the series' index in the catalog
 * @param days the length of the streak in days (at least 1)
 * @param end the last local day of the streak
 * @param level the level a view must reach to count
 * @param thresholds the thresholds of the levels
 */
public record SeriesStreakQuery(
    int seriesIndex, int days, LocalDate end, Level level, Thresholds thresholds) {

  public SeriesStreakQuery {
    if (days < 1) {
      throw new IllegalArgumentException("a streak lasts at least 1 day: " + days);
    }
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Creates a query with the default thresholds. */
  public SeriesStreakQuery(int seriesIndex, int days, LocalDate end, Level level) {
    this(seriesIndex, days, end, level, Thresholds.DEFAULTS);
  }

  /** Returns the first local day of the streak. */
  public LocalDate start() {
    return end.minusDays(days - 1L);
  }

  /** Returns whether the member watched an episode of the series on every day of the streak. */
  public boolean matches(History h, Catalog c) {
    long last = end.toEpochDay();
    long first = last - days + 1;
    long[] seen = new long[(days + 63) >>> 6];
    int missing = days;
    for (int i = 0; i < h.size() && missing > 0; i++) {
      var title = c.title(h.title(i));
      if (title.seriesIndex() != seriesIndex
          || h.supplemental(i) != Supplemental.NONE
          || h.durationS(i) < level.minSeconds(title.runtimeS(), thresholds)) {
        continue;
      }
      long day = h.localDay(i);
      if (day < first || day > last) {
        continue;
      }
      int k = (int) (day - first);
      long bit = 1L << k;
      if ((seen[k >>> 6] & bit) == 0) {
        seen[k >>> 6] |= bit;
        missing--;
      }
    }
    return missing == 0;
  }
}
