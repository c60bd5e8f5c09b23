package io.bingescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleScoreTest {

  @Test
  void precisionAndRecall_ofAFixedConfusionTable() {
    // 40 contacted, 10 of them depressive, 25 depressive in all: 30 false alarms, 15 missed.
    RuleScore s = new RuleScore(40, 10, 25);
    assertThat(s.precision()).hasValue(0.25);
    assertThat(s.recall()).hasValue(0.4);
    assertThat(s.falsePositives()).isEqualTo(30);
    assertThat(s.falseNegatives()).isEqualTo(15);
  }

  @Test
  void perfectRule_scoresOneAndOne() {
    RuleScore s = new RuleScore(7, 7, 7);
    assertThat(s.precision()).hasValue(1.0);
    assertThat(s.recall()).hasValue(1.0);
  }

  @Test
  void zeroOverZero_isEmpty_notZero() {
    assertThat(new RuleScore(0, 0, 25).precision()).isEmpty();
    assertThat(new RuleScore(0, 0, 25).recall()).hasValue(0.0);
    assertThat(new RuleScore(12, 0, 0).recall()).isEmpty();
    assertThat(new RuleScore(12, 0, 0).precision()).hasValue(0.0);
  }

  @Test
  void refusesMoreTruePositivesThanSelectedOrPositives() {
    assertThatThrownBy(() -> new RuleScore(5, 6, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleScore(10, 6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleScore(10, -1, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
