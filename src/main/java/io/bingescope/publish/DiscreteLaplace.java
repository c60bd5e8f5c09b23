package io.bingescope.publish;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The two-sided geometric (discrete Laplace) distribution P(y) = (1 - a) / (1 + a) * a^|y| with a = exp(-s / t),
 * sampled exactly with integer arithmetic by Canonne, Kamath and Steinke's algorithm (NeurIPS 2020, "The Discrete
 * Gaussian for Differential Privacy", Algorithm 2): no floating-point number is ever drawn or rounded, so the noise
 * has exactly this distribution and none of the gaps a floating-point Laplace sample leaves (Mironov 2012).
 *
 * @param s the numerator of the rate s / t (for epsilon-DP with sensitivity D: epsilon's numerator)
 * @param t the denominator of the rate (epsilon's denominator times D)
 */
public record DiscreteLaplace(long s, long t) {

  public DiscreteLaplace {
    if (s < 1 || t < 1) {
      throw new IllegalArgumentException("the rate s/t needs whole s, t >= 1, got " + s + "/" + t);
    }
  }

  /** Returns the ratio a = exp(-s/t) of consecutive probabilities. */
  public double ratio() {
    return Math.exp(-(double) s / t);
  }

  /** Returns the exact probability of {@code y}, in double precision. */
  public double probability(long y) {
    double a = ratio();
    return (1 - a) / (1 + a) * Math.pow(a, Math.abs(y));
  }

  /** Returns P(|Y| > q) = 2 a^(q+1) / (1 + a). */
  public double tail(long q) {
    double a = ratio();
    return 2 * Math.pow(a, q + 1) / (1 + a);
  }

  /** Returns the smallest q with P(|Y| <= q) >= level: the half-width of the noise's central interval. */
  public long halfWidth(double level) {
    long q = 0;
    while (tail(q) > 1 - level) {
      q++;
    }
    return q;
  }

  /** Draws one value; every random decision is a uniform integer from {@code rng}'s exact bounded draws. */
  public long sample(UniformRandomProvider rng) {
    while (true) {
      long u = rng.nextLong(t);
      if (!bernoulliExp(rng, u, t)) {
        continue;
      }
      long v = 0;
      while (bernoulliExp(rng, 1, 1)) {
        v++;
      }
      // x = u + t * v is geometric with ratio exp(-1/t); dividing by s gives ratio exp(-s/t).
      long y = Math.floorDiv(Math.addExact(u, Math.multiplyExact(t, v)), s);
      boolean negative = rng.nextBoolean();
      if (negative && y == 0) {
        continue; // zero would otherwise be counted twice
      }
      return negative ? -y : y;
    }
  }

  /** Returns true with probability n / d (0 <= n <= d), exactly. */
  static boolean bernoulli(UniformRandomProvider rng, long n, long d) {
    return rng.nextLong(d) < n;
  }

  /**
   * Returns true with probability exp(-n/d), exactly (Canonne, Kamath, Steinke, Algorithm 1): for a rate up to 1,
   * the parity of the first failure in Bernoulli(gamma/k) trials; above 1, one exp(-1) trial per whole unit first.
   */
  static boolean bernoulliExp(UniformRandomProvider rng, long n, long d) {
    if (n < 0 || d < 1) {
      throw new IllegalArgumentException("exp(-n/d) needs n >= 0 and d >= 1, got " + n + "/" + d);
    }
    long whole = n / d;
    for (long i = 0; i < whole; i++) {
      if (!bernoulliExpUpToOne(rng, 1, 1)) {
        return false;
      }
    }
    return bernoulliExpUpToOne(rng, n % d, d);
  }

  private static boolean bernoulliExpUpToOne(UniformRandomProvider rng, long n, long d) {
    long k = 1;
    // P(first failure at trial k) telescopes to the series of exp(-gamma); k odd <=> true.
    while (bernoulli(rng, n, Math.multiplyExact(d, k))) {
      k++;
    }
    return (k & 1) == 1;
  }
}
