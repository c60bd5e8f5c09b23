package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.infer.ClaimKind;
import io.bingescope.model.Observed;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  @Test
  void note_namesTheSimpleHistory_forWhatNeedsTimesOrDurations() {
    for (String name : new String[] {Availability.LOCAL_HOURS, "period_s", "binge_sittings"}) {
      assertThat(Availability.note(name, Observed.DATES_ONLY)).as(name)
          .contains("unavailable: this input records only the date of each view"
              + " (Netflix's simple viewing history)");
      assertThat(Availability.note(name, Observed.NETFLIX_ACTIVITY)).as(name).isEmpty();
    }
    assertThat(Availability.note("longest_streak_days", Observed.DATES_ONLY)).isEmpty();
    assertThat(Availability.note("views", Observed.DATES_ONLY)).isEmpty();
  }

  @Test
  void note_namesWhatIsMissing_whenOnlyOneThingIs() {
    assertThat(Availability.note("binge_races", Observed.NETFLIX_ACTIVITY).orElseThrow())
        .contains("release dates");
    assertThat(Availability.note("viewing_s", new Observed(true, false, true)).orElseThrow())
        .contains("how long each view lasted");
    assertThat(Availability.note(Availability.LOCAL_HOURS, new Observed(false, true, true))
        .orElseThrow()).contains("time of day");
    assertThat(Availability.note(Availability.LOCAL_HOURS, Observed.EVERYTHING)).isEmpty();
  }

  @Test
  void claims_needWhatTheirInferenceReads() {
    assertThat(Availability.unavailable(ClaimKind.HOME_ZONE.code(), Observed.DATES_ONLY))
        .contains("needs times of day, which the input does not record");
    assertThat(Availability.unavailable(ClaimKind.BINGE_RACING.code(), Observed.NETFLIX_ACTIVITY))
        .contains("needs release dates, which the input does not record");
    assertThat(Availability.unavailable(ClaimKind.HOLIDAY_OBSERVANCE.code(), Observed.DATES_ONLY))
        .isEmpty();
    for (ClaimKind k : ClaimKind.values()) {
      assertThat(Availability.unavailable(k.code(), Observed.EVERYTHING)).as(k.code()).isEmpty();
    }
  }
}
