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
  void packedDrawEqualsTheDoubleCoinReference_onManySeededTables() {
    var rng = Seeds.generator(7, 3, 11);
    for (int t = 0; t < 300; t++) {
      int n = 1 + rng.nextInt(t < 100 ? 8 : 500);
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        // Zeros, equal weights (full columns) and wide ranges: the cases where thresholds sit at 0 or 2^32.
        int kind = rng.nextInt(4);
        weights[i] = kind == 0 ? 0 : kind == 1 ? 1 : Math.pow(10, 6 * rng.nextDouble() - 3);
      }
      weights[rng.nextInt(n)] += 1;
      AliasTable table = AliasTable.of(weights);
      for (int k = 0; k < 2_000; k++) {
        long bits = rng.nextLong();
        assertThat(table.sample(bits)).as("table %d, bits %x", t, bits).isEqualTo(table.referenceSample(bits));
        // Coins at and next to each column's threshold, where a rounding slip would show.
        int column = (int) (((bits >>> 32) * n) >>> 32);
        long edge = (long) Math.ceil(table.probability(column) * 0x1.0p32);
        for (long c = Math.max(0, edge - 1); c <= Math.min(0xFFFFFFFFL, edge); c++) {
          long b = (bits & 0xFFFFFFFF00000000L) | c;
          assertThat(table.sample(b)).isEqualTo(table.referenceSample(b));
        }
      }
    }
  }

  @Test
  void rejectsNegativeOrAllZeroWeights() {
    assertThatThrownBy(() -> AliasTable.of(new double[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AliasTable.of(new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
  }
}
