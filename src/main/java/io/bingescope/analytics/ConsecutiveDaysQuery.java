package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The most consecutive local days, within {@code first .. last}, on which a member watched one title: 0 when the
 * member never watched it there, 1 for a single day, 18 for the "53 viewers" streak. Watching title T on day d
 * means what it means for {@link StreakQuery}: a qualifying view of T, by any profile of the member, whose local day
 * is d.
 *
 * @param titleId the title's id in the catalog
 * @param first the first local day counted
 * @param last the last local day counted (on or after {@code first})
 * @param level the level a view must reach to count
 * @param thresholds the thresholds of the levels
 */
public record ConsecutiveDaysQuery(int titleId, LocalDate first, LocalDate last, Level level, Thresholds thresholds) {

  public ConsecutiveDaysQuery {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the days end before they start: " + first + ".." + last);
    }
  }

  /** Creates a query with the default thresholds. */
  public ConsecutiveDaysQuery(int titleId, LocalDate first, LocalDate last, Level level) {
    this(titleId, first, last, level, Thresholds.DEFAULTS);
  }

  /** Returns the longest run of consecutive days with the title watched, 0 if none. One bit set per call. */
  public int longestRun(History h, Catalog c) {
    long from = first.toEpochDay();
    int days = (int) (last.toEpochDay() - from) + 1;
    int minS = level.minSeconds(c.title(titleId).runtimeS(), thresholds);
    long[] seen = null;
    for (int i = 0; i < h.size(); i++) {
      if (h.title(i) != titleId || h.durationS(i) < minS || h.supplemental(i) != Supplemental.NONE) {
        continue;
      }
      long k = h.localDay(i) - from;
      if (k >= 0 && k < days) {
        if (seen == null) {
          seen = new long[(days + 63) >>> 6];
        }
        seen[(int) (k >>> 6)] |= 1L << k;
      }
    }
    if (seen == null) {
      return 0;
    }
    int best = 0;
    int run = 0;
    for (int k = 0; k < days; k++) {
      run = (seen[k >>> 6] & (1L << k)) != 0 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }
}
