package io.bingescope.analytics;

import static io.bingescope.analytics.Fixture.DARK_E1;
import static io.bingescope.analytics.Fixture.OFFICE_S1E1;
import static io.bingescope.analytics.Fixture.PRINCE;
import static io.bingescope.analytics.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import org.junit.jupiter.api.Test;

class WindowHoursTest {

  @Test
  void sumsEveryViewStartingInTheWindow_qualifyingOrNot() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2018, 2, 1, 20, 0), 3_000)
            .view(OFFICE_S1E1, at(2018, 2, 2, 21, 0), 60)
            .view(1, PRINCE, at(2018, 2, 3, 22, 0), 5_520)
            .history();
    assertThat(new WindowHours(7).maxSeconds(h)).isEqualTo(3_000 + 60 + 5_520);
  }

  @Test
  void windowIsHalfOpen_aViewExactlySevenDaysLaterFallsOutside() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2018, 2, 1, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2018, 2, 8, 19, 59), 1_000)
            .view(DARK_E1 + 2, at(2018, 2, 8, 20, 0), 2_500)
            .history();
    // From Feb 1 20:00: 3,000 + 1,000; from Feb 8 19:59: 1,000 + 2,500.
    assertThat(new WindowHours(7).maxSeconds(h)).isEqualTo(4_000);
    assertThat(new WindowHours(8).maxSeconds(h)).isEqualTo(6_500);
  }

  @Test
  void takesTheHeaviestWindow_notTheFirst() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2018, 1, 29, 20, 0), 600)
            .view(DARK_E1, at(2018, 2, 10, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2018, 2, 11, 20, 0), 3_000)
            .view(DARK_E1 + 2, at(2018, 2, 20, 20, 0), 3_000)
            .history();
    assertThat(new WindowHours(7).maxSeconds(h)).isEqualTo(6_000);
    assertThat(new WindowHours(7).maxHours(h)).isEqualTo(6_000 / 3_600.0);
  }

  @Test
  void lastsTwentyFourRealHoursADay_acrossADstChange() {
    // New York springs forward on 11 Mar 2018: 20:00 on the 10th to 20:00 on the 11th is 23 hours.
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2018, 3, 10, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2018, 3, 11, 20, 30), 3_000)
            .history();
    assertThat(new WindowHours(1).maxSeconds(h)).isEqualTo(6_000);
  }

  @Test
  void ignoresSupplementalRows_andReturnsZeroWithoutViews() {
    History h =
        new Fixture.Views(1)
            .add(0, DARK_E1, at(2018, 2, 1, 20, 0), 90, Supplemental.TRAILER)
            .view(DARK_E1, at(2018, 2, 1, 20, 2), 3_000)
            .add(0, DARK_E1 + 1, at(2018, 2, 1, 21, 0), 60, Supplemental.RECAP)
            .history();
    assertThat(new WindowHours(7).maxSeconds(h)).isEqualTo(3_000);
    assertThat(new WindowHours(7).maxSeconds(new Fixture.Views(2).history())).isZero();
  }

  @Test
  void refusesAWindowShorterThanADay() {
    assertThatThrownBy(() -> new WindowHours(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
