package io.bingescope.report;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;

/**
 * Splits viewing time into local clock hours, the unit of the report's heatmaps. A view runs from
 * its {@code startLocal} for {@code durationS} seconds on the clock of its start (docs/metrics.md:
 * a view crossing a DST change is not stretched), and each second counts in the local hour it falls
 * in: a view from 23:30 to 00:30 puts 30 minutes in 23:00 of its day and 30 in 00:00 of the next.
 * Supplemental rows (trailers, hooks) are not viewing and are skipped.
 */
final class LocalHours {
  static final int HOUR = 3_600;

  /** Receives the pieces of viewing; local hours are counted from 1970-01-01T00:00 local. */
  interface Sink {
    void add(long localHour, int seconds);
  }

  private LocalHours() {}

  /** Passes every piece of the history's viewing to {@code sink}, hour by hour. */
  static void split(History h, Sink sink) {
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) != Supplemental.NONE) {
        continue;
      }
      long t = h.startLocal(i);
      long end = t + Math.max(0, h.durationS(i));
      while (t < end) {
        long hour = Math.floorDiv(t, HOUR);
        long next = Math.min(end, (hour + 1) * HOUR);
        sink.add(hour, (int) (next - t));
        t = next;
      }
    }
  }

  /** Returns the local epoch day of a local hour. */
  static long day(long localHour) {
    return Math.floorDiv(localHour, 24);
  }

  /** Returns the hour of the day (0..23) of a local hour. */
  static int hourOfDay(long localHour) {
    return (int) Math.floorMod(localHour, 24);
  }

  /** Returns the weekday of a local epoch day, 0 for Monday to 6 for Sunday. */
  static int weekday(long epochDay) {
    // 1970-01-01 was a Thursday (3).
    return (int) Math.floorMod(epochDay + 3, 7);
  }
}
