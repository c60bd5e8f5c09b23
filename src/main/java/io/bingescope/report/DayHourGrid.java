package io.bingescope.report;

import io.bingescope.model.History;
import java.time.LocalDate;

/**
 * One member's viewing seconds by local day of a period and hour of the day: the member's calendar.
 * Viewing outside the period (a view running past its last midnight) is left out.
 */
public final class DayHourGrid implements LocalHours.Sink {
  private final LocalDate first;
  private final long firstDay;
  private final int days;
  private final long[] seconds;

  private DayHourGrid(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends before it starts: " + first + ".." + last);
    }
    this.first = first;
    this.firstDay = first.toEpochDay();
    this.days = Math.toIntExact(last.toEpochDay() - firstDay + 1);
    this.seconds = new long[days * 24];
  }

  /** Returns the calendar of a history over the local days {@code first..last}. */
  public static DayHourGrid of(History h, LocalDate first, LocalDate last) {
    DayHourGrid g = new DayHourGrid(first, last);
    LocalHours.split(h, g);
    return g;
  }

  @Override
  public void add(long localHour, int s) {
    long d = LocalHours.day(localHour) - firstDay;
    if (d >= 0 && d < days) {
      seconds[(int) d * 24 + LocalHours.hourOfDay(localHour)] += s;
    }
  }

  /** Returns the number of days. */
  public int days() {
    return days;
  }

  /** Returns the date of day {@code d} (0-based). */
  public LocalDate date(int d) {
    return first.plusDays(d);
  }

  /** Returns the seconds viewed on day {@code d} (0-based) in {@code hour} (0..23). */
  public long seconds(int d, int hour) {
    return seconds[d * 24 + hour];
  }

  /** Returns the seconds viewed on day {@code d}. */
  public long daySeconds(int d) {
    long sum = 0;
    for (int hour = 0; hour < 24; hour++) {
      sum += seconds[d * 24 + hour];
    }
    return sum;
  }
}
