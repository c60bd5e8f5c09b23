package io.bingescope.analytics;

import static io.bingescope.analytics.Fixture.DARK;
import static io.bingescope.analytics.Fixture.DARK_E1;
import static io.bingescope.analytics.Fixture.OFFICE;
import static io.bingescope.analytics.Fixture.OFFICE_S1E1;
import static io.bingescope.analytics.Fixture.OFFICE_S2E1;
import static io.bingescope.analytics.Fixture.PRINCE;
import static io.bingescope.analytics.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberMetricsTest {
  private static final LocalDate DEC_1 = LocalDate.of(2017, 12, 1);
  private static final LocalDate DEC_7 = LocalDate.of(2017, 12, 7);

  private static MemberMetrics compute(History h) {
    return new MemberMetrics().compute(h, Fixture.CATALOG, DEC_1, DEC_7);
  }

  @Test
  void viewingHours_countEveryNonSupplementalRow_perDayOnlyInThePeriod() {
    History h =
        new Fixture.Views(1)
            .view(PRINCE, at(2017, 12, 1, 20, 0), 3_600)
            .view(PRINCE, at(2017, 12, 2, 20, 0), 7_200)
            .add(0, PRINCE, at(2017, 12, 2, 19, 58), 100, Supplemental.TRAILER)
            .view(PRINCE, at(2017, 12, 20, 20, 0), 1_800)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.viewingHours()).isEqualTo(3.5);
    assertThat(m.periodSeconds()).isEqualTo(10_800);
    assertThat(m.meanDailyHours()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(m.maxDailyHours()).isEqualTo(2.0);
  }

  @Test
  void aViewStartingAt2350_countsForThatDayInDailyHours() {
    History h = new Fixture.Views(1).view(PRINCE, at(2017, 12, 7, 23, 50), 3_600).history();
    MemberMetrics m = compute(h);
    assertThat(m.periodSeconds()).isEqualTo(3_600);
    assertThat(m.maxDailyHours()).isEqualTo(1.0);
  }

  @Test
  void threeEpisodesWith30MinuteGaps_formOneBingeSitting() {
    LocalDate day = LocalDate.of(2017, 12, 2);
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, day.atTime(20, 0), 1_320)
            .view(OFFICE_S1E1 + 1, day.atTime(20, 52), 1_320)
            .view(OFFICE_S1E1 + 2, day.atTime(21, 44), 1_320)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.sittings()).isOne();
    assertThat(m.bingeSittings()).isOne();
    assertThat(m.longestSittingS()).isEqualTo(104 * 60 + 1_320);
  }

  @Test
  void aGapOf30MinutesAndOneSecond_breaksTheSitting() {
    LocalDate day = LocalDate.of(2017, 12, 2);
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, day.atTime(20, 0), 1_320)
            .view(OFFICE_S1E1 + 1, day.atTime(20, 52), 1_320)
            .view(OFFICE_S1E1 + 2, day.atTime(21, 44).plusSeconds(1), 1_320)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.sittings()).isEqualTo(2);
    assertThat(m.bingeSittings()).isZero();
  }

  @Test
  void sittingsAreTrackedPerProfile_whenProfilesInterleave() {
    LocalDate day = LocalDate.of(2017, 12, 2);
    // Profile 0 watches three episodes an hour apart with 38-minute gaps; profile 1's views fall
    // in between but belong to another sitting, so profile 0 has three sittings.
    History h =
        new Fixture.Views(1)
            .view(0, OFFICE_S1E1, day.atTime(20, 0), 1_320)
            .view(1, DARK_E1, day.atTime(20, 30), 3_000)
            .view(0, OFFICE_S1E1 + 1, day.atTime(21, 0), 1_320)
            .view(1, DARK_E1 + 1, day.atTime(21, 20), 3_000)
            .view(0, OFFICE_S1E1 + 2, day.atTime(22, 0), 1_320)
            .view(1, DARK_E1 + 2, day.atTime(22, 10), 3_000)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.sittings()).isEqualTo(4);
    assertThat(m.bingeSittings()).isOne();
  }

  @Test
  void bingeNeedsEpisodesOfOneSeries_andTheOptionChangesTheCount() {
    LocalDate day = LocalDate.of(2017, 12, 2);
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, day.atTime(20, 0), 1_320)
            .view(DARK_E1, day.atTime(20, 30), 3_000)
            .view(OFFICE_S1E1 + 1, day.atTime(21, 30), 1_320)
            .history();
    assertThat(compute(h).bingeSittings()).isZero();
    MetricOptions two =
        new MetricOptions(Level.WATCHER, Thresholds.DEFAULTS, 1_800, 2, 7, 0, 18_000, 32_400,
            61_200);
    assertThat(new MemberMetrics(two).compute(h, Fixture.CATALOG, DEC_1, DEC_7).bingeSittings())
        .isOne();
  }

  @Test
  void windowEpisodes_reportTheSeriesWithTheMostInSevenDays() {
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, at(2017, 12, 1, 9, 0), 1_320)
            .view(DARK_E1, at(2017, 12, 1, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2017, 12, 3, 20, 0), 3_000)
            .view(DARK_E1 + 2, at(2017, 12, 8, 19, 0), 3_000)
            .view(DARK_E1 + 3, at(2017, 12, 8, 21, 0), 3_000)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.windowEpisodes()).isEqualTo(3);
    assertThat(m.windowSeries()).isEqualTo(DARK);
  }

  @Test
  void windowEpisodes_countARewatchOnce_whenItIsJustInsideTheWindowNineLocalDaysLater() {
    // 23:59 at UTC-12, then 7 days less a minute later at UTC+14: nine local days apart, the most
    // two views inside one window can be (the pass skips the per-episode counts beyond that).
    History h =
        new Fixture.Views(1)
            .in("Etc/GMT+12")
            .view(DARK_E1, at(2017, 12, 1, 23, 59), 3_000)
            .view(DARK_E1 + 1, at(2017, 12, 3, 20, 0), 3_000)
            .in("Pacific/Kiritimati")
            .view(DARK_E1, at(2017, 12, 10, 1, 58), 3_000)
            .history();
    assertThat(h.startUtc(2) - h.startUtc(0)).isEqualTo(7 * 86_400 - 60);
    assertThat(h.localDay(2) - h.localDay(0)).isEqualTo(9);
    MemberMetrics m = compute(h);
    assertThat(m.windowEpisodes()).isEqualTo(2);
    assertThat(m.windowSeries()).isEqualTo(DARK);
  }

  @Test
  void longestStreak_isConsecutiveLocalDaysOfOneTitle() {
    Fixture.Views v = new Fixture.Views(1);
    for (int d = 1; d <= 18; d++) {
      if (d != 9) {
        v.view(PRINCE, at(2017, 11, 22, 21, 0).plusDays(d), 5_520);
      }
    }
    MemberMetrics m = compute(v.history());
    // Days 10..18 (9 days) beat days 1..8.
    assertThat(m.longestStreakDays()).isEqualTo(9);
    assertThat(m.streakTitle()).isEqualTo(PRINCE);
    assertThat(LocalDate.ofEpochDay(m.streakEndDay())).isEqualTo(LocalDate.of(2017, 12, 10));
  }

  @Test
  void nightShare_splitsAViewAcrossMidnight() {
    // 23:00 to 01:00: the hour after midnight is night, the hour before is not.
    History h = new Fixture.Views(1).view(PRINCE, at(2017, 12, 2, 23, 0), 7_200).history();
    MemberMetrics m = compute(h);
    assertThat(m.nightSeconds()).isEqualTo(3_600);
    assertThat(m.nightShare()).isEqualTo(0.5);
  }

  @Test
  void workShare_countsWeekdays9To17Only() {
    History h =
        new Fixture.Views(1)
            .view(PRINCE, at(2017, 12, 1, 16, 0), 7_200) // Friday: 1 h inside
            .view(PRINCE, at(2017, 12, 2, 10, 0), 3_600) // Saturday: none
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.workSeconds()).isEqualTo(3_600);
    assertThat(m.workShare()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void nightFollowsTheDeviceClock_onTheDstSpringForwardDay() {
    // 26 Mar 2017 in London: clocks jump 01:00 -> 02:00. A 5-hour view from 00:30 GMT ends at
    // 06:30 BST on the wall, but runs on its start's clock to 05:30: 4.5 hours of night.
    History h =
        new Fixture.Views(1).in("Europe/London").view(PRINCE, at(2017, 3, 26, 0, 30), 18_000)
            .history();
    MemberMetrics m =
        new MemberMetrics().compute(h, Fixture.CATALOG, LocalDate.of(2017, 3, 26),
            LocalDate.of(2017, 3, 26));
    assertThat(m.nightSeconds()).isEqualTo(16_200);
    assertThat(m.periodSeconds()).isEqualTo(18_000);
  }

  @Test
  void bingeRace_needsEveryEpisodeOfTheSeasonOnReleaseDay() {
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S2E1, Fixture.OFFICE_S2_RELEASE.atTime(0, 5), 1_320)
            .view(OFFICE_S2E1 + 1, Fixture.OFFICE_S2_RELEASE.atTime(23, 50), 1_320)
            .view(DARK_E1, Fixture.DARK_RELEASE.atTime(8, 0), 3_000)
            .view(DARK_E1 + 1, Fixture.DARK_RELEASE.atTime(9, 0), 3_000)
            .view(DARK_E1 + 2, Fixture.DARK_RELEASE.atTime(10, 0), 3_000)
            .view(DARK_E1 + 3, Fixture.DARK_RELEASE.plusDays(1).atTime(0, 0), 3_000)
            .history();
    MemberMetrics m = compute(h);
    assertThat(m.bingeRaces()).isOne();
  }

  @Test
  void reusingTheObject_givesTheSameFiguresAsAFreshOne() {
    History busy =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, at(2017, 12, 1, 20, 0), 1_320)
            .view(OFFICE_S1E1 + 1, at(2017, 12, 1, 20, 30), 1_320)
            .view(OFFICE_S2E1, Fixture.OFFICE_S2_RELEASE.atTime(1, 0), 1_320)
            .view(OFFICE_S2E1 + 1, Fixture.OFFICE_S2_RELEASE.atTime(2, 0), 1_320)
            .history();
    History quiet = new Fixture.Views(2).view(OFFICE_S1E1, at(2017, 12, 3, 20, 0), 1_320).history();
    MemberMetrics reused = new MemberMetrics();
    reused.compute(busy, Fixture.CATALOG, DEC_1, DEC_7);
    reused.compute(quiet, Fixture.CATALOG, DEC_1, DEC_7);
    MemberMetrics fresh = compute(quiet);
    assertThat(ReferenceMetrics.of(reused)).isEqualTo(ReferenceMetrics.of(fresh));
    assertThat(reused.memberId()).isEqualTo(2);
    assertThat(reused.windowSeries()).isEqualTo(OFFICE);
  }

  @Test
  void emptyHistory_givesZerosAndNoSeriesOrTitle() {
    MemberMetrics m = compute(new Fixture.Views(1).history());
    assertThat(m.viewingHours()).isZero();
    assertThat(m.nightShare()).isZero();
    assertThat(m.sittings()).isZero();
    assertThat(m.windowSeries()).isEqualTo(-1);
    assertThat(m.streakTitle()).isEqualTo(-1);
  }
}
