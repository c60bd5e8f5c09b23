package io.bingescope.publish;

/**
 * A table as published under a policy: each entry of its extended grid, published or suppressed.
 *
 * @param table the table's shape
 * @param policy the policy applied
 * @param values the published values of the extended grid (meaningless where suppressed)
 * @param suppressed which entries are withheld
 * @param halfWidth95 for noisy releases, the half-width of each cell's 95% noise interval; -1 otherwise
 * @param noise how the noise was drawn, or null for a release without noise
 */
public record Release(Table table, Policy policy, long[] values, boolean[] suppressed, long halfWidth95, Noise noise) {

  /** Applies {@code policy} to a table: {@code truth} and {@code bounded} are interior counts (bounded for DP). */
  public static Release of(Table table, Policy policy, long[] truth, long[] bounded, Noise noise) {
    long[] extended = table.extend(truth);
    if (policy instanceof Policy.Raw) {
      return new Release(table, policy, extended, new boolean[extended.length], -1, null);
    }
    if (policy instanceof Policy.Threshold t) {
      return new Release(table, policy, extended, Suppression.suppress(table, extended, t.k()), -1, null);
    }
    Policy.Dp dp = (Policy.Dp) policy;
    DiscreteLaplace lap = dp.noise();
    long[] noisy = new long[bounded.length];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = bounded[i] + lap.sample(noise.rng());
      if (dp.clamp() && noisy[i] < 0) {
        noisy[i] = 0;
      }
    }
    // Totals are sums of the noisy cells: post-processing, consistent, and no further privacy cost.
    long[] values = table.extend(noisy);
    return new Release(table, policy, values, new boolean[values.length], lap.halfWidth(0.95), noise);
  }

  /** Returns whether any entry differs from {@code other}'s (value or suppression): a release tells them apart. */
  public boolean differsFrom(Release other) {
    for (int e = 0; e < values.length; e++) {
      if (suppressed[e] != other.suppressed[e] || (!suppressed[e] && values[e] != other.values[e])) {
        return true;
      }
    }
    return false;
  }

  /** Returns the number of suppressed entries. */
  public int suppressedCount() {
    int n = 0;
    for (boolean s : suppressed) {
      n += s ? 1 : 0;
    }
    return n;
  }
}
