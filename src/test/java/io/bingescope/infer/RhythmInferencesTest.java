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

/** Home zone, weekday availability and life events on hand-made histories. */
class RhythmInferencesTest {

  /** An evening viewer (20:00-22:00) with some weekend afternoons, in the given zone. */
  private static History evenings(String zone) {
    Fixture.Views v = new Fixture.Views().in(zone).daily(PLAIN, FIRST, LAST, 20, 0, 7_200);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6) {
        v.view(PLAIN + 1, d.atTime(15, 0), 3_600);
      }
    }
    return v.history();
  }

  @Test
  void homeZone_isTheOffsetThatFitsTheRhythm_whateverTheZone() {
    assertThat(Fixture.claims(evenings("America/New_York"), ClaimKind.HOME_ZONE))
        .singleElement().extracting(Claim::value).isEqualTo("UTC-05:00");
    assertThat(Fixture.claims(evenings("Asia/Tokyo"), ClaimKind.HOME_ZONE))
        .singleElement().extracting(Claim::value).isEqualTo("UTC+09:00");
  }

  @Test
  void homeZone_isRight_whenTheHomeZoneHasTheClaimedOffsetInThePeriod() {
    HomeZoneInference zone = new HomeZoneInference();
    Claim c = new Claim(0, "", ClaimKind.HOME_ZONE, "UTC-05:00", "s", 0.5, List.of());
    MemberTraits ny = Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0);
    assertThat(zone.right(c, ny, TRUTH)).isTrue();
    MemberTraits chicago = new MemberTraits(0, "plain", "US", "America/Chicago", ny.profiles(),
        ny.household(), ny.sleep(), ny.work(), List.of());
    assertThat(zone.right(c, chicago, TRUTH)).isFalse();
  }

  @Test
  void weekdayAvailability_isClaimed_forDaytimeViewingOnWeekdays() {
    Fixture.Views v = new Fixture.Views().daily(PLAIN, FIRST, LAST, 20, 0, 3_600);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5 && d.getDayOfMonth() % 2 == 0) {
        v.view(PLAIN + 1, d.atTime(11, 0), 3_600);
      }
    }
    assertThat(Fixture.claims(v.history(), ClaimKind.WEEKDAY_AVAILABILITY)).hasSize(1);
  }

  @Test
  void weekdayAvailability_isNotClaimed_forAnEveningViewer() {
    assertThat(Fixture.claims(evenings("America/New_York"), ClaimKind.WEEKDAY_AVAILABILITY))
        .isEmpty();
  }

  @Test
  void weekdayAvailability_isTrue_forMembersWithoutWorkOrOnVacation() {
    WeekdayAvailabilityInference w = new WeekdayAvailabilityInference();
    WorkPattern office = new WorkPattern("work", 540, 1020, 0b11111);
    assertThat(w.truth(Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0), TRUTH)).isTrue();
    assertThat(w.truth(Fixture.traits("plain", 0, 420, office, 1, 0), TRUTH)).isFalse();
    assertThat(w.truth(Fixture.traits("plain", 0, 420, office, 1, 0,
        new MemberTraits.LifeEvent("vacation", FIRST, FIRST.plusDays(4))), TRUTH)).isTrue();
  }

  /** An hour every evening, then from day 14 five days of 5 hours, three of them at night. */
  private static History binge() {
    Fixture.Views v = new Fixture.Views();
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      int k = (int) (d.toEpochDay() - FIRST.toEpochDay());
      if (k >= 14 && k < 19) {
        v.view(PLAIN, d.atTime(19, 0), 7_200).view(PLAIN + 1, d.atTime(1, 0), 10_800);
      } else {
        v.view(PLAIN, d.atTime(20, 0), 3_600);
      }
    }
    return v.history();
  }

  @Test
  void lifeEvent_isTheStretchOfChangedViewing() {
    assertThat(Fixture.claims(binge(), ClaimKind.LIFE_EVENT)).singleElement()
        .extracting(Claim::value).isEqualTo(FIRST.plusDays(14) + ".." + FIRST.plusDays(18));
  }

  @Test
  void lifeEvent_isNotClaimed_forSteadyViewing() {
    assertThat(Fixture.claims(evenings("America/New_York"), ClaimKind.LIFE_EVENT)).isEmpty();
  }

  @Test
  void lifeEvent_isRight_whenItsStretchOverlapsAnEventThatChangesViewing() {
    LifeEventInference life = new LifeEventInference();
    Claim c = Fixture.claims(binge(), ClaimKind.LIFE_EVENT).get(0);
    MemberTraits overlapping = Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0,
        new MemberTraits.LifeEvent("depressive-episode", FIRST.plusDays(16), FIRST.plusDays(25)));
    MemberTraits before = Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0,
        new MemberTraits.LifeEvent("depressive-episode", FIRST, FIRST.plusDays(5)));
    assertThat(life.right(c, overlapping, TRUTH)).isTrue();
    assertThat(life.right(c, before, TRUTH)).isFalse();
    assertThat(life.truth(before, TRUTH)).isTrue();
  }
}
