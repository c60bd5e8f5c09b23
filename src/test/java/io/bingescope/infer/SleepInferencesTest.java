package io.bingescope.infer;

import static io.bingescope.infer.Fixture.FIRST;
import static io.bingescope.infer.Fixture.LAST;
import static io.bingescope.infer.Fixture.PLAIN;
import static io.bingescope.infer.Fixture.TRUTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.WorkPattern;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sleep window and disrupted sleep on hand-made histories where the answer is known. */
class SleepInferencesTest {
  private static final SleepWindowInference SLEEP = new SleepWindowInference();
  private static final DisruptedSleepInference DISRUPTED = new DisruptedSleepInference();

  /** Every evening 21:30-23:30 and a morning view at 07:30 on Saturdays and Sundays. */
  private static Fixture.Views regularSleeper() {
    Fixture.Views v = new Fixture.Views().daily(PLAIN, FIRST, LAST, 21, 30, 7_200);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6) {
        v.view(PLAIN + 1, d.atTime(7, 30), 1_800);
      }
    }
    return v;
  }

  @Test
  void sleepWindow_isTheLastEndAndFirstStart_forARegularSleeper() {
    List<Claim> claims = Fixture.claims(regularSleeper().history(), ClaimKind.SLEEP_WINDOW);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo("23:30-07:30");
      assertThat(c.confidence()).isBetween(0.5, 1.0);
      assertThat(c.evidence()).isNotEmpty();
    });
  }

  @Test
  void sleepWindow_isRight_onlyWithinTheTolerance() {
    Claim c = Fixture.claims(regularSleeper().history(), ClaimKind.SLEEP_WINDOW).get(0);
    assertThat(SLEEP.right(c, Fixture.traits("plain", 23 * 60 + 50, 7 * 60, WorkPattern.NONE, 1,
        0), TRUTH)).isTrue();
    assertThat(SLEEP.right(c, Fixture.traits("plain", 1 * 60, 7 * 60, WorkPattern.NONE, 1, 0),
        TRUTH)).as("bedtime 90 minutes later").isFalse();
    assertThat(SLEEP.right(c, Fixture.traits("plain", 23 * 60 + 30, 9 * 60, WorkPattern.NONE, 1,
        0), TRUTH)).as("wakes 90 minutes after the first viewing").isFalse();
  }

  @Test
  void sleepWindow_isNotClaimed_withoutMornings() {
    History h = new Fixture.Views().daily(PLAIN, FIRST, LAST, 21, 30, 7_200).history();
    assertThat(Fixture.claims(h, ClaimKind.SLEEP_WINDOW)).isEmpty();
  }

  @Test
  void sleepWindow_isNotClaimed_whenShorterThanTheMinimum() {
    // Viewing around the clock: the quietest hours hold a gap of minutes, not a night.
    Fixture.Views v = new Fixture.Views();
    for (int hour = 0; hour < 24; hour++) {
      v.daily(PLAIN, FIRST, LAST, hour, 0, 3_420);
    }
    assertThat(Fixture.claims(v.history(), ClaimKind.SLEEP_WINDOW)).isEmpty();
    assertThat(SleepWindowInference.MIN_WINDOW_MIN).isEqualTo(180);
  }

  @Test
  void sleepWindow_isNotClaimed_belowTheMinimumConfidence() {
    // Evenings end anywhere from 21:00 to 04:00 (an IQR over 4 hours), mornings start at 11:00.
    Fixture.Views v = new Fixture.Views();
    int d = 0;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1), d++) {
      v.view(PLAIN, day.atTime(20, 0), 3_600 + (d % 8) * 3_600);
      v.view(PLAIN + 1, day.atTime(11, 0), 1_800);
    }
    assertThat(Fixture.claims(v.history(), ClaimKind.SLEEP_WINDOW)).isEmpty();
  }

  @Test
  void sleepWindow_evidence_isInPlainWords() {
    Claim c = Fixture.claims(regularSleeper().history(), ClaimKind.SLEEP_WINDOW).get(0);
    assertThat(c.evidence().get(2).text())
        .startsWith("its quietest 6 hours of the day are ")
        .contains("over the whole period only")
        .contains("quarter-hours of viewing (about ")
        .doesNotContain("fall in them");
  }

  @Test
  void disruptedSleep_isClaimed_whenViewingMovesIntoTheUsualSleepingHours() {
    Fixture.Views v = regularSleeper();
    for (int d = 0; d < 6; d++) {
      v.view(PLAIN + 2, FIRST.plusDays(10 + d).atTime(3, 0), 3_600);
    }
    List<Claim> claims = Fixture.claims(v.history(), ClaimKind.DISRUPTED_SLEEP);
    assertThat(claims).singleElement().satisfies(c -> assertThat(c.evidence().get(0).figure())
        .isEqualTo(6));
  }

  @Test
  void disruptedSleep_isNotClaimed_forANightOwlWhoAlwaysWatchesLate() {
    History h = new Fixture.Views().daily(PLAIN, FIRST, LAST, 1, 0, 7_200)
        .daily(PLAIN + 1, FIRST, LAST, 20, 0, 3_600).history();
    assertThat(Fixture.claims(h, ClaimKind.DISRUPTED_SLEEP)).isEmpty();
  }

  @Test
  void disruptedSleep_isRight_whenALifeEventCostsSleep() {
    Claim c = new Claim(0, "", ClaimKind.DISRUPTED_SLEEP, "true", "s", 0.5, List.of());
    MemberTraits.LifeEvent depressive = new MemberTraits.LifeEvent("depressive-episode",
        FIRST.plusDays(3), FIRST.plusDays(9));
    MemberTraits.LifeEvent vacation = new MemberTraits.LifeEvent("vacation", FIRST.plusDays(3),
        FIRST.plusDays(9));
    assertThat(DISRUPTED.right(c, Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0,
        depressive), TRUTH)).isTrue();
    assertThat(DISRUPTED.right(c, Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0,
        vacation), TRUTH)).as("a vacation does not cost sleep").isFalse();
    assertThat(DISRUPTED.scorable(new GroundTruth(FIRST, LAST, null))).isFalse();
  }
}
