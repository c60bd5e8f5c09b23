package io.bingescope.report;

import static io.bingescope.report.Views.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HourGridsTest {
  private static final int MON = 0;
  private static final int SAT = 5;
  private static final int SUN = 6;

  @Test
  void viewCrossingMidnightCountsInBothDaysHours() {
    // Saturday 18 Nov 2017, 23:30 New York, for 75 minutes: 30 min on Saturday 23:00, 45 on
    // Sunday 00:00.
    History h = new Views(1).view(Views.FILM, at(2017, 11, 18, 23, 30), 75).history();
    WeekdayHourGrid g = new WeekdayHourGrid();
    g.add(h);
    assertThat(g.seconds(SAT, 23)).isEqualTo(30 * 60);
    assertThat(g.seconds(SUN, 0)).isEqualTo(45 * 60);
    assertThat(total(g)).isEqualTo(75 * 60);

    DayHourGrid cal = DayHourGrid.of(h, LocalDate.of(2017, 11, 17), LocalDate.of(2017, 11, 19));
    assertThat(cal.days()).isEqualTo(3);
    assertThat(cal.seconds(1, 23)).isEqualTo(30 * 60);
    assertThat(cal.seconds(2, 0)).isEqualTo(45 * 60);
    assertThat(cal.daySeconds(1)).isEqualTo(30 * 60);
    assertThat(cal.daySeconds(2)).isEqualTo(45 * 60);
  }

  @Test
  void viewRunningPastThePeriodsLastMidnightLosesOnlyThePartAfter() {
    History h = new Views(1).view(Views.FILM, at(2017, 11, 19, 23, 50), 30).history();
    DayHourGrid cal = DayHourGrid.of(h, LocalDate.of(2017, 11, 19), LocalDate.of(2017, 11, 19));
    assertThat(cal.seconds(0, 23)).isEqualTo(10 * 60);
    assertThat(cal.daySeconds(0)).isEqualTo(10 * 60);
  }

  @Test
  void viewsOnDstDaysCountAtTheirLocalWallHour() {
    // Sunday 12 Mar 2017, New York springs forward at 02:00: a view at 01:30 EST for 60 min keeps
    // its clock (docs/metrics.md), 30 min at 01:00 and 30 at 02:00; a view at 03:15 EDT (an hour
    // after it in UTC terms) is at 03:00 local, not 02:00. Sunday 5 Nov, it falls back: both
    // 01:20 EDT and 01:40 EST are at 01:00 local.
    Views v = new Views(1)
        .view(Views.FILM, at(2017, 3, 12, 1, 30), 60)
        .view(Views.EPISODE_1, at(2017, 3, 12, 3, 15), 20);
    History h = v.history();
    assertThat(h.offsetS(0)).isEqualTo(-5 * 3_600);
    assertThat(h.offsetS(1)).isEqualTo(-4 * 3_600);
    WeekdayHourGrid g = new WeekdayHourGrid();
    g.add(h);
    assertThat(g.seconds(SUN, 1)).isEqualTo(30 * 60);
    assertThat(g.seconds(SUN, 2)).isEqualTo(30 * 60);
    assertThat(g.seconds(SUN, 3)).isEqualTo(20 * 60);

    History fall = new History().reset(2);
    long firstUtc = LocalDateTime.of(2017, 11, 5, 5, 20).toEpochSecond(ZoneOffset.UTC);
    fall.add(0, Views.FILM, firstUtc, -4 * 3_600, 600, 0, 0, 0, false, Supplemental.NONE);
    long secondUtc = LocalDateTime.of(2017, 11, 5, 6, 40).toEpochSecond(ZoneOffset.UTC);
    fall.add(0, Views.FILM, secondUtc, -5 * 3_600, 600, 0, 0, 0, false, Supplemental.NONE);
    WeekdayHourGrid f = new WeekdayHourGrid();
    f.add(fall);
    assertThat(f.seconds(SUN, 1)).isEqualTo(1_200);
    DayHourGrid cal = DayHourGrid.of(fall, LocalDate.of(2017, 11, 5), LocalDate.of(2017, 11, 5));
    assertThat(cal.seconds(0, 1)).isEqualTo(1_200);
  }

  @Test
  void supplementalRowsAreNotViewing() {
    History h = new Views(1)
        .view(0, Views.FILM, at(2017, 11, 20, 20, 0), 90, Supplemental.TRAILER)
        .view(Views.FILM, at(2017, 11, 20, 21, 0), 10)
        .history();
    WeekdayHourGrid g = new WeekdayHourGrid();
    g.add(h);
    assertThat(g.seconds(MON, 20)).isZero();
    assertThat(g.seconds(MON, 21)).isEqualTo(600);
  }

  @Test
  void gridsMatchASecondBySecondReference_manyRandomHistories() {
    SplittableRandom random = new SplittableRandom(53);
    LocalDate first = LocalDate.of(2017, 11, 1);
    LocalDate last = LocalDate.of(2017, 11, 14);
    for (int n = 0; n < 30; n++) {
      History h = new History().reset(n);
      long base = first.minusDays(1).toEpochDay() * 86_400L;
      int views = random.nextInt(40);
      for (int i = 0; i < views; i++) {
        long local = base + random.nextLong(16 * 86_400L);
        int offset = (random.nextInt(-12, 13)) * 3_600 + (random.nextBoolean() ? 0 : 1_800);
        h.add(random.nextInt(3), Views.FILM, local - offset, offset, random.nextInt(3 * 3_600),
            0, 0, 0, false, random.nextInt(6) == 0 ? Supplemental.HOOK : Supplemental.NONE);
      }
      h.sort();
      long[] weekday = new long[7 * 24];
      long[] calendar = new long[14 * 24];
      for (int i = 0; i < h.size(); i++) {
        if (h.supplemental(i) != Supplemental.NONE) {
          continue;
        }
        for (int s = 0; s < h.durationS(i); s++) {
          LocalDateTime t = LocalDateTime.ofEpochSecond(h.startLocal(i) + s, 0, ZoneOffset.UTC);
          int dow = t.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
          weekday[dow * 24 + t.getHour()]++;
          long d = t.toLocalDate().toEpochDay() - first.toEpochDay();
          if (d >= 0 && d < 14) {
            calendar[(int) d * 24 + t.getHour()]++;
          }
        }
      }
      WeekdayHourGrid g = new WeekdayHourGrid();
      g.add(h);
      DayHourGrid cal = DayHourGrid.of(h, first, last);
      for (int k = 0; k < weekday.length; k++) {
        assertThat(g.seconds(k / 24, k % 24)).as("case %d cell %d", n, k).isEqualTo(weekday[k]);
      }
      for (int k = 0; k < calendar.length; k++) {
        assertThat(cal.seconds(k / 24, k % 24)).as("case %d day-hour %d", n, k)
            .isEqualTo(calendar[k]);
      }
    }
  }

  @Test
  void mergedGridsEqualOneGridOverAllMembers() {
    History a = new Views(1).view(Views.FILM, at(2017, 11, 18, 23, 30), 75).history();
    History b = new Views(2).view(Views.FILM, at(2017, 11, 20, 8, 10), 200).history();
    WeekdayHourGrid whole = new WeekdayHourGrid();
    whole.add(a);
    whole.add(b);
    WeekdayHourGrid first = new WeekdayHourGrid();
    first.add(a);
    WeekdayHourGrid second = new WeekdayHourGrid();
    second.add(b);
    first.merge(second);
    for (int d = 0; d < 7; d++) {
      for (int hour = 0; hour < 24; hour++) {
        assertThat(first.seconds(d, hour)).isEqualTo(whole.seconds(d, hour));
      }
    }
    assertThat(total(whole)).isEqualTo(275 * 60);
  }

  private static long total(WeekdayHourGrid g) {
    long sum = 0;
    for (int d = 0; d < 7; d++) {
      for (int hour = 0; hour < 24; hour++) {
        sum += g.seconds(d, hour);
      }
    }
    return sum;
  }
}
