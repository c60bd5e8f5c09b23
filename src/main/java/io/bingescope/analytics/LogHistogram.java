package io.bingescope.analytics;

import java.util.Arrays;

/**
 * A bounded histogram of non-negative values with a fixed relative resolution: each power of two
 * is cut into 128 equal buckets, from 2^-20 to 2^44, plus one bucket for exact zeros. A quantile
 * is the lower edge of the bucket holding the value of that rank (clamped to the exact min and
 * max), so it is never above the true value and at most 1/128 (0.78%) below it; integers up to
 * 256 and zero are exact. Values below 2^-20 count as 2^-20 (absolute error under 1e-6). Memory is
 * 64 KiB whatever the number of values; count, sum, min and max are exact.
 */
final class LogHistogram {
  static final int SUB_BITS = 7;
  private static final int SUBS = 1 << SUB_BITS;
  private static final int MIN_EXP = -20;
  private static final int MAX_EXP = 43;
  private static final int BUCKETS = (MAX_EXP - MIN_EXP + 1) * SUBS;

  private final long[] buckets = new long[BUCKETS];
  private long zeros;
  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Records a value; it must be finite and not negative. */
  void add(double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("histogram values must be finite and >= 0: " + v);
    }
    count++;
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
    if (v == 0) {
      zeros++;
      return;
    }
    buckets[bucket(v)]++;
  }

  private static int bucket(double v) {
    int e = Math.getExponent(v);
    if (e < MIN_EXP) {
      return 0;
    }
    if (e > MAX_EXP) {
      return BUCKETS - 1;
    }
    int sub = (int) ((Double.doubleToRawLongBits(v) >>> (52 - SUB_BITS)) & (SUBS - 1));
    return (e - MIN_EXP) * SUBS + sub;
  }

  private static double lowerEdge(int bucket) {
    int e = bucket / SUBS + MIN_EXP;
    int sub = bucket % SUBS;
    return Math.scalb(1.0 + (double) sub / SUBS, e);
  }

  /** Adds another histogram's values to this one. */
  void merge(LogHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      buckets[i] += other.buckets[i];
    }
    zeros += other.zeros;
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  long count() {
    return count;
  }

  /** Returns the exact mean, 0 without values. */
  double mean() {
    return count == 0 ? 0 : sum / count;
  }

  /** Returns the exact minimum, 0 without values. */
  double min() {
    return count == 0 ? 0 : min;
  }

  /** Returns the exact maximum, 0 without values. */
  double max() {
    return count == 0 ? 0 : max;
  }

  /**
   * Returns the nearest-rank quantile q (0 < q <= 1): the value of rank ceil(q x count), to the
   * histogram's resolution; 0 without values.
   */
  double quantile(double q) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(q * count));
    long seen = zeros;
    if (rank <= seen) {
      return 0;
    }
    for (int i = 0; i < BUCKETS; i++) {
      seen += buckets[i];
      if (seen >= rank) {
        return Math.min(max, Math.max(min, lowerEdge(i)));
      }
    }
    return max;
  }

  @Override
  public String toString() {
    return "LogHistogram[count=" + count + ", nonEmpty="
        + Arrays.stream(buckets).filter(b -> b > 0).count() + "]";
  }
}
