package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Selects the members who watched one title on each of {@code days} consecutive local days ending
 * on {@code end}: "the 53 people who watched A Christmas Prince every day for 18 days" is title =
 * A Christmas Prince, days = 18, end = 2017-12-10. Watching title T on day d means at least one
 * qualifying view of T, by any profile of the member, whose local day ({@code startLocal} floored
 * to whole days) is d.
 *
 * @param titleId the title's id in the catalog
 * @param days the length of the streak in days (at least 1)
 * @param end the last local day of the streak
 * @param level the level a view must reach to count
 * @param thresholds the thresholds of the levels
 */
public record StreakQuery(
    int titleId, int days, LocalDate end, Level level, Thresholds thresholds) {

  public StreakQuery {
    check(days, end, level, thresholds);
  }

  /** Refuses a streak of no day or without an end, level or thresholds; the series query shares it. */
  static void check(int days, LocalDate end, Level level, Thresholds thresholds) {
    if (days < 1) {
      throw new IllegalArgumentException("a streak lasts at least 1 day: " + days);
    }
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Creates a query with the default thresholds. */
  public StreakQuery(int titleId, int days, LocalDate end, Level level) {
    this(titleId, days, end, level, Thresholds.DEFAULTS);
  }

  /** Returns the first local day of the streak. */
  public LocalDate start() {
    return end.minusDays(days - 1L);
  }

  /**
   * Returns whether the member of the history watched the title on every day of the streak. Makes
   * one bit set per call (days / 64 longs), nothing per view.
   */
  public boolean matches(History h, Catalog c) {
    int minS = level.minSeconds(c.title(titleId).runtimeS(), thresholds);
    return everyDay(h, end, days, i -> h.title(i) == titleId && h.durationS(i) >= minS);
  }

  /** Decides whether one view of a history counts towards a streak. */
  interface Counts {
    boolean test(int view);
  }

  /**
   * Returns whether the history has a view that {@code counts} (and is no trailer or hook) on every
   * one of the {@code days} local days ending on {@code end}.
   */
  static boolean everyDay(History h, LocalDate end, int days, Counts counts) {
    long last = end.toEpochDay();
    long first = last - days + 1;
    long[] seen = new long[(days + 63) >>> 6];
    int missing = days;
    for (int i = 0; i < h.size() && missing > 0; i++) {
      if (h.supplemental(i) != Supplemental.NONE || !counts.test(i)) {
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
