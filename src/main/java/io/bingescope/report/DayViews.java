package io.bingescope.report;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;

/**
 * One member's views by local day of a period, counted on the local day each view starts: the
 * calendar of an input that records only dates. Trailers and hooks (supplemental rows) are not
 * views; views starting outside the period are left out.
 */
public final class DayViews {

  private final LocalDate first;
  private final long[] views;

  private DayViews(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends before it starts: " + first + ".." + last);
    }
    this.first = first;
    this.views = new long[Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 1)];
  }

  /** Returns the views of a history by local day of {@code first..last}. */
  public static DayViews of(History h, LocalDate first, LocalDate last) {
    DayViews v = new DayViews(first, last);
    long firstDay = first.toEpochDay();
    for (int i = 0; i < h.size(); i++) {
      long d = h.localDay(i) - firstDay;
      if (h.supplemental(i) == Supplemental.NONE && d >= 0 && d < v.views.length) {
        v.views[(int) d]++;
      }
    }
    return v;
  }

  /** Returns the number of days. */
  public int days() {
    return views.length;
  }

  /** Returns the date of day {@code d} (0-based). */
  public LocalDate date(int d) {
    return first.plusDays(d);
  }

  /** Returns the views starting on day {@code d} (0-based). */
  public long views(int d) {
    return views[d];
  }
}
