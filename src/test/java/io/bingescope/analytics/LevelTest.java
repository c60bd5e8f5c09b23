package io.bingescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import org.junit.jupiter.api.Test;

class LevelTest {
  private static final Thresholds T = Thresholds.DEFAULTS;

  @Test
  void watcherQualifies_atExactly70PercentOfRuntime() {
    assertThat(Level.WATCHER.qualifies(3_864, 5_520, T)).isTrue();
    assertThat(Level.WATCHER.qualifies(3_863, 5_520, T)).isFalse();
  }

  @Test
  void shareQualifies_exactlyAsADecimal_whereTheDoubleProductOvershoots() {
    // 0.55 * 100 is 55.00000000000001 in doubles; 55 s of a 100 s title must still count.
    Thresholds t = new Thresholds(120, 0.55, 0.56);
    assertThat(Level.WATCHER.qualifies(55, 100, t)).isTrue();
    assertThat(Level.COMPLETER.qualifies(56, 100, t)).isTrue();
    assertThat(Level.WATCHER.qualifies(54, 100, t)).isFalse();
  }

  @Test
  void completerQualifies_atExactly90PercentOfRuntime() {
    assertThat(Level.COMPLETER.qualifies(4_968, 5_520, T)).isTrue();
    assertThat(Level.COMPLETER.qualifies(4_967, 5_520, T)).isFalse();
  }

  @Test
  void starterQualifies_atExactly120SecondsWhateverTheRuntime() {
    assertThat(Level.STARTER.qualifies(120, 5_520, T)).isTrue();
    assertThat(Level.STARTER.qualifies(119, 5_520, T)).isFalse();
    assertThat(Level.STARTER.qualifies(100, 100, T)).isFalse();
  }

  @Test
  void minSeconds_roundsAFractionalShareUp() {
    // 0.7 * 1,001 = 700.7 s: a whole-second view needs 701.
    assertThat(Level.WATCHER.minSeconds(1_001, T)).isEqualTo(701);
  }

  @Test
  void thresholds_areOptions() {
    Thresholds half = new Thresholds(60, 0.5, 0.8);
    assertThat(Level.WATCHER.qualifies(2_760, 5_520, half)).isTrue();
    assertThat(Level.STARTER.qualifies(60, 5_520, half)).isTrue();
    assertThat(Level.COMPLETER.minSeconds(5_520, half)).isEqualTo(4_416);
  }

  @Test
  void thresholds_refuseSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> new Thresholds(120, 1.2, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watcher");
    assertThatThrownBy(() -> new Thresholds(-1, 0.7, 0.9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void supplementalRow_neverQualifies() {
    History h = new History();
    h.reset(0);
    h.add(0, Fixture.PRINCE, 0, 0, 5_520, 0, 0, 0, false, Supplemental.TRAILER);
    h.add(0, Fixture.PRINCE, 0, 0, 5_520, 0, 0, 0, false, Supplemental.NONE);
    assertThat(Level.STARTER.qualifies(h, 0, Fixture.CATALOG, T)).isFalse();
    assertThat(Level.STARTER.qualifies(h, 1, Fixture.CATALOG, T)).isTrue();
  }
}
