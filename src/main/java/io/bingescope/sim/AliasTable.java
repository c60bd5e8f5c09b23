package io.bingescope.sim;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Walker's alias method for drawing an index with given weights in constant time. Unlike Commons RNG's
 * {@code AliasMethodDiscreteSampler}, the table is not bound to a generator: one immutable table serves every member,
 * each drawing with its own generator, with no allocation per draw.
 */
public final class AliasTable {
  private final double[] probability;
  private final int[] alias;
  // Per column, the coin threshold (high 32 bits) and the alias (low 32 bits) in one word: one load per draw.
  // A 32-bit coin c is below probability p exactly when c < ceil(p * 2^32) (a power-of-two scaling, exact).
  private final long[] packed;

  private AliasTable(double[] probability, int[] alias) {
    this.probability = probability;
    this.alias = alias;
    packed = new long[probability.length];
    for (int i = 0; i < packed.length; i++) {
      long threshold = (long) Math.ceil(probability[i] * 0x1.0p32);
      // A threshold of 2^32 keeps every coin: the column always wins, so its alias is itself.
      int a = threshold >= (1L << 32) ? i : alias[i];
      packed[i] = Math.min(threshold, (1L << 32) - 1) << 32 | (a & 0xFFFFFFFFL);
    }
  }

  /** Returns a table for the non-negative weights (at least one positive). */
  public static AliasTable of(double[] weights) {
    int n = weights.length;
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weight must be finite and >= 0: " + w);
      }
      sum += w;
    }
    if (n == 0 || !(sum > 0)) {
      throw new IllegalArgumentException("weights must have a positive sum");
    }
    double[] prob = new double[n];
    int[] alias = new int[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int ns = 0;
    int nl = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1) {
        small[ns++] = i;
      } else {
        large[nl++] = i;
      }
    }
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      prob[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) {
        small[ns++] = l;
      } else {
        large[nl++] = l;
      }
    }
    while (nl > 0) {
      int l = large[--nl];
      prob[l] = 1;
      alias[l] = l;
    }
    while (ns > 0) {
      // Only reached through rounding: the column is full.
      int s = small[--ns];
      prob[s] = 1;
      alias[s] = s;
    }
    return new AliasTable(prob, alias);
  }

  /** Returns the number of outcomes. */
  public int size() {
    return probability.length;
  }

  /** Returns an index drawn with probability proportional to its weight. */
  public int sample(UniformRandomProvider rng) {
    return sample(rng.nextLong());
  }

  /** Returns the index drawn by the 64 random bits: the high 32 pick the column, the low 32 toss its coin. */
  int sample(long bits) {
    int column = (int) (((bits >>> 32) * packed.length) >>> 32);
    long entry = packed[column];
    return (bits & 0xFFFFFFFFL) < (entry >>> 32) ? column : (int) entry;
  }

  /** Returns the probability of keeping column {@code column} rather than its alias; for tests. */
  double probability(int column) {
    return probability[column];
  }

  /** Returns the index {@link #sample(long)} draws, by the textbook comparison of a double coin; for tests. */
  int referenceSample(long bits) {
    int column = (int) (((bits >>> 32) * probability.length) >>> 32);
    double coin = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
    return coin < probability[column] ? column : alias[column];
  }
}
