package io.bingescope.report;

import io.bingescope.model.History;
import java.util.List;

/**
 * Viewing seconds by local weekday and hour of the day, over any number of members: 168 counters
 * whatever the population, and grids of consecutive blocks of members {@link #merge} exactly.
 */
public final class WeekdayHourGrid implements LocalHours.Sink {
  static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private final long[] seconds = new long[7 * 24];

  /** Adds a member's viewing. */
  public void add(History h) {
    LocalHours.split(h, this);
  }

  @Override
  public void add(long localHour, int s) {
    int weekday = LocalHours.weekday(LocalHours.day(localHour));
    seconds[weekday * 24 + LocalHours.hourOfDay(localHour)] += s;
  }

  /** Adds another grid's counts to this one and returns this grid. */
  public WeekdayHourGrid merge(WeekdayHourGrid other) {
    for (int i = 0; i < seconds.length; i++) {
      seconds[i] += other.seconds[i];
    }
    return this;
  }

  /** Returns the seconds viewed on {@code weekday} (0 Monday .. 6 Sunday) in {@code hour}. */
  public long seconds(int weekday, int hour) {
    return seconds[weekday * 24 + hour];
  }
}
