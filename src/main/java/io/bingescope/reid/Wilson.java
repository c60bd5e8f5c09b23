package io.bingescope.reid;

/** Wilson's score interval for a binomial proportion: good coverage also near 0 and 1 and for few trials. */
public final class Wilson {
  /** The normal quantile of a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  private Wilson() {}

  /** Returns {low, high} of the interval for {@code successes} of {@code trials} at quantile z. */
  public static double[] interval(long successes, long trials, double z) {
    if (trials <= 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double n = trials;
    double phat = successes / n;
    double z2 = z * z;
    double center = (phat + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(phat * (1 - phat) / n + z2 / (4 * n * n));
    return new double[] {Math.max(0, center - half), Math.min(1, center + half)};
  }
}
