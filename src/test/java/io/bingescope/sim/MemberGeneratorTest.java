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

  @Test
  void below_drawsWhatCommonsNextIntDrawsFromTheSameBits_includingRejections() {
    var rng = Seeds.generator(4, 5, 6);
    MemberGenerator gen = new MemberGenerator(World.of(TestScenarios.dstScenario(10, 1)));
    int[] bounds = {1, 2, 3, 7, 10, 60, 70, 110, 150, 540, 600, 3600, 1 << 30, Integer.MAX_VALUE};
    for (int n : bounds) {
      long reject = (1L << 32) % n;
      for (int k = 0; k < 20_000; k++) {
        // Plain draws, and low halves inside the rejection zone (below 2^32 mod n), where a fresh draw must follow.
        long low = k % 4 == 0 && reject > 0 ? Math.floorMod(rng.nextLong(), reject) : rng.nextLong() & 0xFFFFFFFFL;
        long bits = rng.nextLong() << 32 | low;
        int[] script = {(int) low, rng.nextInt(), rng.nextInt(), rng.nextInt()};
        // Commons reads the low half through nextInt(), then further nextInt()s on rejection; below() is given the
        // draw and reads further nextInt()s from the generator only on rejection.
        int expected = new Scripted(script, 0).nextInt(n);
        gen.useGenerator(new Scripted(script, 1));
        assertThat(gen.below(bits, n)).as("n %d bits %x", n, bits).isEqualTo(expected);
      }
    }
  }

  /** A generator whose nextInt() returns the script from {@code from} on. */
  private static final class Scripted implements org.apache.commons.rng.UniformRandomProvider {
    private final int[] script;
    private int next;

    Scripted(int[] script, int from) {
      this.script = script;
      this.next = from;
    }

    @Override
    public int nextInt() {
      return script[next++];
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException();
    }
  }
}
