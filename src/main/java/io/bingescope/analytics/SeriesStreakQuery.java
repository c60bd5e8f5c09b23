package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.time.LocalDate;

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
    StreakQuery.check(days, end, level, thresholds);
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
    return StreakQuery.everyDay(h, end, days, i -> {
      var title = c.title(h.title(i));
      return title.seriesIndex() == seriesIndex
          && h.durationS(i) >= level.minSeconds(title.runtimeS(), thresholds);
    });
  }
}
