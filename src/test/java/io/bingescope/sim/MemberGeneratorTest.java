package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberGeneratorTest {

  /** Returns the first index whose cumulative weight exceeds u x total (the last if none), by binary search. */
  private static int referenceFirstAbove(double[] cumulative, double unit) {
    double u = unit * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] <= u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Test
  void hourSearchFromTheEvening_findsWhatABinarySearchFinds_onManySeededTables() {
    var rng = Seeds.generator(1, 2, 3);
    for (int t = 0; t < 2_000; t++) {
      double[] cumulative = new double[24];
      double acc = 0;
      for (int h = 0; h < 24; h++) {
        // Zero hours (asleep, equal cumulative weights), tiny and large weights.
        int kind = rng.nextInt(4);
        acc += kind == 0 ? 0 : kind == 1 ? 1e-6 * rng.nextDouble() : 5 * rng.nextDouble();
        cumulative[h] = acc;
      }
      if (acc == 0) {
        continue;
      }
      for (int k = 0; k < 500; k++) {
        double unit = (rng.nextInt() & 0xFFFFFFFFL) * 0x1.0p-32;
        assertThat(MemberGenerator.firstAbove(cumulative, unit)).as("table %d unit %s", t, unit)
            .isEqualTo(referenceFirstAbove(cumulative, unit));
      }
      // Units exactly at each hour's boundary and at simple fractions, where an off-by-one would show.
      for (int h = 0; h < 24; h++) {
        double unit = cumulative[h] / acc;
        if (unit < 1) {
          assertThat(MemberGenerator.firstAbove(cumulative, unit))
              .isEqualTo(referenceFirstAbove(cumulative, unit));
        }
      }
      for (int b = 0; b < 64; b++) {
        double unit = b / 64.0;
        assertThat(MemberGenerator.firstAbove(cumulative, unit))
            .isEqualTo(referenceFirstAbove(cumulative, unit));
      }
    }
  }
}
