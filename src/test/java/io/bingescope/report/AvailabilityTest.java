package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MetricColumn;
import io.bingescope.analytics.PopulationSummary.Metric;
import io.bingescope.analytics.PopulationSummary.Threshold;
import io.bingescope.infer.ClaimKind;
import io.bingescope.model.Column;
import io.bingescope.model.Need;
import io.bingescope.model.Observed;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  @Test
  void note_namesTheSimpleHistory_forWhatNeedsTimesOrDurations() {
    for (Column c : new Column[] {Availability.LOCAL_HOURS, MetricColumn.PERIOD_S.column(),
        MetricColumn.BINGE_SITTINGS.column()}) {
      assertThat(Availability.note(c, Observed.DATES_ONLY)).as(c.name())
          .contains("unavailable: this input records only the date of each view"
              + " (Netflix's simple viewing history)");
      assertThat(Availability.note(c, Observed.NETFLIX_ACTIVITY)).as(c.name()).isEmpty();
    }
    assertThat(Availability.note(MetricColumn.LONGEST_STREAK_DAYS.column(), Observed.DATES_ONLY))
        .isEmpty();
    assertThat(Availability.note(MetricColumn.VIEWS.column(), Observed.DATES_ONLY)).isEmpty();
  }

  @Test
  void note_namesWhatIsMissing_whenOnlyOneThingIs() {
    assertThat(Availability.note(MetricColumn.BINGE_RACES.column(), Observed.NETFLIX_ACTIVITY)
        .orElseThrow()).contains("release dates");
    assertThat(Availability.note(MetricColumn.VIEWING_S.column(), new Observed(true, false, true))
        .orElseThrow()).contains("how long each view lasted");
    assertThat(Availability.note(Availability.LOCAL_HOURS, new Observed(false, true, true))
        .orElseThrow()).contains("time of day");
    assertThat(Availability.note(Availability.LOCAL_HOURS, Observed.EVERYTHING)).isEmpty();
  }

  @Test
  void unavailable_namesTheFirstNeedInOrder_whenSeveralAreMissing() {
    assertThat(Availability.unavailable(EnumSet.allOf(Need.class), Observed.DATES_ONLY))
        .contains("needs times of day, which the input does not record");
    assertThat(Availability.unavailable(EnumSet.of(Need.DURATIONS, Need.RELEASE_DATES),
        Observed.DATES_ONLY)).contains("needs durations, which the input does not record");
    assertThat(Availability.unavailable(Set.of(), Observed.DATES_ONLY)).isEmpty();
  }

  @Test
  void claims_needWhatTheirInferenceReads() {
    assertThat(Availability.unavailable(ClaimKind.HOME_ZONE.needs(), Observed.DATES_ONLY))
        .contains("needs times of day, which the input does not record");
    assertThat(Availability.unavailable(ClaimKind.BINGE_RACING.needs(), Observed.NETFLIX_ACTIVITY))
        .contains("needs release dates, which the input does not record");
    assertThat(Availability.unavailable(ClaimKind.HOLIDAY_OBSERVANCE.needs(), Observed.DATES_ONLY))
        .isEmpty();
    for (ClaimKind k : ClaimKind.values()) {
      assertThat(Availability.unavailable(k.needs(), Observed.EVERYTHING)).as(k.code()).isEmpty();
    }
  }

  @Test
  void summaryFigures_needWhatTheColumnTheyDeriveFromNeeds() {
    assertThat(Metric.LONGEST_SITTING_HOURS.column().needs())
        .isEqualTo(MetricColumn.LONGEST_SITTING_S.column().needs())
        .contains(Need.TIMES_OF_DAY, Need.DURATIONS);
    for (Metric m : Metric.values()) {
      if (m != Metric.LONGEST_SITTING_HOURS) {
        assertThat(MetricColumn.SCHEMA.columns()).as(m.key()).contains(m.column());
      }
    }
    assertThat(Threshold.STREAK_18.key()).isEqualTo("longest_streak_days_ge_18");
    assertThat(Availability.unavailable(Threshold.BINGED.metric().column(), Observed.DATES_ONLY))
        .isPresent();
  }
}
