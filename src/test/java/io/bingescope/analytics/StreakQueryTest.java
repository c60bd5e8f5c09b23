package io.bingescope.analytics;

import static io.bingescope.analytics.Fixture.PRINCE;
import static io.bingescope.analytics.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StreakQueryTest {
  private static final LocalDate DEC_10 = LocalDate.of(2017, 12, 10);
  private static final StreakQuery PRINCE_18 = new StreakQuery(PRINCE, 18, DEC_10, Level.WATCHER);

  /** Returns a member who watched the Prince at 20:00 on Nov 23 + d for each d of 0..17. */
  private static Fixture.Views everyDay(int skipped) {
    Fixture.Views v = new Fixture.Views(1);
    for (int d = 0; d < 18; d++) {
      if (d + 1 != skipped) {
        v.view(PRINCE, at(2017, 11, 23, 20, 0).plusDays(d), 5_520);
      }
    }
    return v;
  }

  @Test
  void matches_whenTheTitleWasWatchedOnEachOfTheDays() {
    assertThat(PRINCE_18.matches(everyDay(0).history(), Fixture.CATALOG)).isTrue();
  }

  @Test
  void doesNotMatch_whenOneDayIsMissing() {
    // Days 1..18 except day 9: no 18-day streak, though 17 views.
    assertThat(PRINCE_18.matches(everyDay(9).history(), Fixture.CATALOG)).isFalse();
  }

  @Test
  void doesNotMatch_whenTheStreakEndsTheDayBefore() {
    StreakQuery endingLater = new StreakQuery(PRINCE, 18, DEC_10.plusDays(1), Level.WATCHER);
    assertThat(endingLater.matches(everyDay(0).history(), Fixture.CATALOG)).isFalse();
  }

  @Test
  void viewAt2350_countsForItsOwnDay_notTheNext() {
    History h =
        new Fixture.Views(1)
            .view(PRINCE, at(2017, 12, 9, 23, 50), 5_520)
            .view(PRINCE, at(2017, 12, 10, 23, 50), 5_520)
            .history();
    assertThat(new StreakQuery(PRINCE, 2, DEC_10, Level.WATCHER).matches(h, Fixture.CATALOG))
        .isTrue();
    assertThat(
            new StreakQuery(PRINCE, 1, DEC_10.plusDays(1), Level.WATCHER)
                .matches(h, Fixture.CATALOG))
        .isFalse();
  }

  @Test
  void anyProfileCounts_andNonQualifyingOrSupplementalViewsDoNot() {
    History h =
        new Fixture.Views(1)
            .view(0, PRINCE, at(2017, 12, 8, 20, 0), 5_520)
            .view(2, PRINCE, at(2017, 12, 9, 20, 0), 5_520)
            .view(1, PRINCE, at(2017, 12, 10, 20, 0), 3_863)
            .add(1, PRINCE, at(2017, 12, 10, 21, 0), 5_520, Supplemental.TRAILER)
            .history();
    assertThat(new StreakQuery(PRINCE, 2, DEC_10.minusDays(1), Level.WATCHER)
            .matches(h, Fixture.CATALOG))
        .isTrue();
    assertThat(new StreakQuery(PRINCE, 3, DEC_10, Level.WATCHER).matches(h, Fixture.CATALOG))
        .isFalse();
    assertThat(new StreakQuery(PRINCE, 3, DEC_10, Level.STARTER).matches(h, Fixture.CATALOG))
        .isTrue();
  }

  @Test
  void localDayFollowsTheDeviceClock_onTheDstFallBackDay() {
    // 5 Nov 2017 in New York has 25 hours: 00:30 and 23:30 are both on the 5th.
    History h =
        new Fixture.Views(1)
            .view(PRINCE, at(2017, 11, 5, 0, 30), 5_520)
            .view(PRINCE, at(2017, 11, 5, 23, 30), 5_520)
            .view(PRINCE, at(2017, 11, 6, 0, 10), 5_520)
            .history();
    assertThat(new StreakQuery(PRINCE, 2, LocalDate.of(2017, 11, 6), Level.WATCHER)
            .matches(h, Fixture.CATALOG))
        .isTrue();
  }
}
