package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  @Test
  void drawsInProportionToWeights() {
    double[] weights = {0.5, 0, 3, 1, 10, 0.01, 2.5};
    AliasTable table = AliasTable.of(weights);
    var rng = Seeds.generator(42, 1, 2);
    long[] counts = new long[weights.length];
    int n = 2_000_000;
    for (int i = 0; i < n; i++) {
      counts[table.sample(rng)]++;
    }
    assertThat(counts[1]).isZero();
    double[] expected = new double[weights.length - 1];
    long[] observed = new long[weights.length - 1];
    double sum = 17.01;
    for (int i = 0, k = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        expected[k] = n * weights[i] / sum;
        observed[k++] = counts[i];
      }
    }
    // A chi-square goodness-of-fit test at 0.1%: fails when the table is biased.
    assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).isGreaterThan(0.001);
  }

  @Test
  void rejectsNegativeOrAllZeroWeights() {
    assertThatThrownBy(() -> AliasTable.of(new double[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AliasTable.of(new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
  }
}
