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

  private AliasTable(double[] probability, int[] alias) {
    this.probability = probability;
    this.alias = alias;
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
    long bits = rng.nextLong();
    // High 32 bits pick the column, low 32 bits toss the coin: one generator call per draw.
    int column = (int) (((bits >>> 32) * probability.length) >>> 32);
    double coin = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
    return coin < probability[column] ? column : alias[column];
  }
}
