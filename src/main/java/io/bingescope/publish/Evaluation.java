package io.bingescope.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** What a release costs in accuracy and what it protects, measured against the true counts. */
public final class Evaluation {
  private Evaluation() {}

  /**
   * The release's accuracy over its extended grid.
   *
   * @param entries the entries (cells and totals)
   * @param suppressed the entries withheld
   * @param meanError the mean absolute error of the published entries
   * @param maxError the largest absolute error of a published entry
   * @param top the number of largest true cells compared by rank
   * @param topChanged how many of them are not at their true rank in the release (a withheld cell counts as moved)
   */
  public record Accuracy(int entries, int suppressed, double meanError, long maxError, int top, int topChanged) {
    /** Returns the share of entries withheld. */
    public double suppressedShare() {
      return entries == 0 ? 0 : (double) suppressed / entries;
    }
  }

  /**
   * The differencing attack on one member: two releases of the population, with and without the target.
   *
   * @param memberId the target
   * @param cells the interior cells the target counts in (after bounding, for DP)
   * @param repetitions the pairs of releases drawn (0: the releases are deterministic)
   * @param truePositive how often the attacker says "with" when the target is in
   * @param falsePositive how often the attacker says "with" when the target is out
   * @param bound the largest advantage the policy allows: 1 for raw and threshold, (e^eps - 1) / (e^eps + 1) for DP
   */
  public record Attack(int memberId, int cells, int repetitions, double truePositive, double falsePositive,
      double bound) {
    /** Returns the attacker's advantage: the true minus the false positive rate. */
    public double advantage() {
      return truePositive - falsePositive;
    }

    /**
     * Returns the half-width of the estimated advantage's 95% interval (normal approximation over the repetitions;
     * 0 for a deterministic attack, which is not estimated).
     */
    public double halfWidth95() {
      if (repetitions == 0) {
        return 0;
      }
      return 1.96 * Math.sqrt((truePositive * (1 - truePositive) + falsePositive * (1 - falsePositive))
          / repetitions);
    }
  }

  /** Compares a release with the true interior counts; {@code top} largest cells are checked for rank. */
  public static Accuracy accuracy(Release release, long[] truth, int top) {
    Table t = release.table();
    long[] exact = t.extend(truth);
    double sum = 0;
    long max = 0;
    int published = 0;
    for (int e = 0; e < exact.length; e++) {
      if (!release.suppressed()[e]) {
        long err = Math.abs(release.values()[e] - exact[e]);
        sum += err;
        max = Math.max(max, err);
        published++;
      }
    }
    List<Integer> byTruth = new ArrayList<>();
    for (int c = 0; c < truth.length; c++) {
      byTruth.add(c);
    }
    byTruth.sort(Comparator.<Integer>comparingLong(c -> -truth[c]).thenComparingInt(c -> c));
    int n = Math.min(top, truth.length);
    List<Integer> byRelease = new ArrayList<>();
    for (int c = 0; c < truth.length; c++) {
      if (!release.suppressed()[t.entry(c)]) {
        byRelease.add(c);
      }
    }
    byRelease.sort(Comparator.<Integer>comparingLong(c -> -release.values()[t.entry(c)]).thenComparingInt(c -> c));
    int changed = 0;
    for (int i = 0; i < n; i++) {
      if (i >= byRelease.size() || !byRelease.get(i).equals(byTruth.get(i))) {
        changed++;
      }
    }
    return new Accuracy(exact.length, release.suppressedCount(), published == 0 ? 0 : sum / published, max, n,
        changed);
  }

  /**
   * Attacks a deterministic policy (raw, threshold): the releases with and without the target are compared; when they
   * differ the attacker is always right, else has no better than a coin.
   */
  public static Attack attackDeterministic(Table table, Policy policy, long[] truth, Tally.Contribution target) {
    long[] without = truth.clone();
    for (int c : target.cells()) {
      without[c]--;
    }
    Release in = Release.of(table, policy, truth, truth, null);
    Release out = Release.of(table, policy, without, without, null);
    boolean differ = in.differsFrom(out);
    return new Attack(target.memberId(), target.cells().length, 0, differ ? 1 : 0.5, differ ? 0 : 0.5, 1);
  }

  /**
   * Attacks a DP release by simulation: {@code repetitions} releases with and as many without the target; the
   * attacker knows every other member's counts and takes the likelier world (Neyman-Pearson at odds 1, a fair coin on
   * a tie). Only the target's cells differ between the worlds, so only their noise is drawn.
   */
  public static Attack attackDp(Policy.Dp dp, long[] bounded, Tally.Contribution target, int repetitions,
      UniformRandomProvider rng) {
    DiscreteLaplace lap = dp.noise();
    int[] cells = target.bounded();
    long yesWith = 0;
    long yesWithout = 0;
    for (int rep = 0; rep < repetitions; rep++) {
      yesWith += guessesWith(lap, bounded, cells, 0, rng) ? 1 : 0;
      yesWithout += guessesWith(lap, bounded, cells, 1, rng) ? 1 : 0;
    }
    double e = dp.oddsBound();
    return new Attack(target.memberId(), cells.length, repetitions, (double) yesWith / repetitions,
        (double) yesWithout / repetitions, (e - 1) / (e + 1));
  }

  private static boolean guessesWith(DiscreteLaplace lap, long[] bounded, int[] cells, int removed,
      UniformRandomProvider rng) {
    long score = 0;
    for (int c : cells) {
      long r = bounded[c] - removed + lap.sample(rng);
      // log-likelihood ratio of "with" (mean bounded[c]) over "without" (mean bounded[c] - 1), in units of the rate
      score += Math.abs(r - (bounded[c] - 1)) - Math.abs(r - bounded[c]);
    }
    return score > 0 || (score == 0 && rng.nextBoolean());
  }
}
