package io.bingescope.analytics;

import static io.bingescope.analytics.Fixture.DARK;
import static io.bingescope.analytics.Fixture.DARK_E1;
import static io.bingescope.analytics.Fixture.OFFICE;
import static io.bingescope.analytics.Fixture.OFFICE_S1E1;
import static io.bingescope.analytics.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import org.junit.jupiter.api.Test;

class WindowQueryTest {

  @Test
  void countsDistinctEpisodes_notRewatches() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2017, 12, 1, 20, 0), 3_000)
            .view(DARK_E1, at(2017, 12, 2, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2017, 12, 3, 20, 0), 3_000)
            .history();
    assertThat(new WindowQuery(DARK, 7, Level.WATCHER).maxEpisodes(h, Fixture.CATALOG))
        .isEqualTo(2);
  }

  @Test
  void windowIsHalfOpen_aViewExactlySevenDaysLaterFallsOutside() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2017, 12, 1, 20, 0), 3_000)
            .view(DARK_E1 + 1, at(2017, 12, 8, 19, 59), 3_000)
            .view(DARK_E1 + 2, at(2017, 12, 8, 20, 0), 3_000)
            .history();
    // From Dec 1 20:00: episodes 1 and 2; from Dec 8 19:59: episodes 2 and 3.
    assertThat(new WindowQuery(DARK, 7, Level.WATCHER).maxEpisodes(h, Fixture.CATALOG))
        .isEqualTo(2);
  }

  @Test
  void ignoresOtherSeries_nonQualifyingViews_andReturnsZeroWithoutViews() {
    History h =
        new Fixture.Views(1)
            .view(DARK_E1, at(2017, 12, 1, 20, 0), 2_099)
            .view(OFFICE_S1E1, at(2017, 12, 1, 21, 0), 1_320)
            .history();
    assertThat(new WindowQuery(DARK, 7, Level.WATCHER).maxEpisodes(h, Fixture.CATALOG)).isZero();
    assertThat(new WindowQuery(DARK, 7, Level.STARTER).maxEpisodes(h, Fixture.CATALOG)).isOne();
    assertThat(new WindowQuery(OFFICE, 1, Level.WATCHER).maxEpisodes(h, Fixture.CATALOG)).isOne();
  }

  @Test
  void windowIs24RealHours_acrossTheDstFallBack() {
    // 4 Nov 22:00 EDT to 5 Nov 21:00 EST is 24 h: the second view is outside a 1-day window.
    History h =
        new Fixture.Views(1)
            .view(OFFICE_S1E1, at(2017, 11, 4, 22, 0), 1_320)
            .view(OFFICE_S1E1 + 1, at(2017, 11, 5, 21, 0), 1_320)
            .view(OFFICE_S1E1 + 2, at(2017, 11, 5, 20, 59), 1_320)
            .history();
    assertThat(new WindowQuery(OFFICE, 1, Level.WATCHER).maxEpisodes(h, Fixture.CATALOG))
        .isEqualTo(2);
  }
}
