package io.bingescope.publish;

import java.util.List;
import java.util.Locale;

/**
 * One count as a policy would let it be published, such as the "53 people" of Netflix's tweet: the table of one cell
 * without totals, in which each member counts at most once (so dp's sensitivity is 1), and the advantage of a
 * differencing attack on one counted member.
 *
 * @param release the release of the one cell
 * @param advantage the attacker's exact advantage in telling the count with the member from the count without
 */
public record PublishedCount(Release release, double advantage) {

  /** Publishes {@code count} members under {@code policy} (a dp policy's max cells is taken as 1). */
  public static PublishedCount of(String what, long count, Policy policy, Noise noise) {
    Policy p = policy instanceof Policy.Dp dp ? new Policy.Dp(dp.epsilon(), 1, dp.clamp()) : policy;
    Table table = new Table("query", "members selected by the query: " + what, List.of(what), List.of("members"),
        false);
    long[] truth = {count};
    Release release = Release.of(table, p, truth, truth, noise);
    double advantage;
    if (p instanceof Policy.Dp dp) {
      double a = dp.noise().ratio();
      advantage = (1 - a) / (1 + a); // the likelier-world test on one cell, exactly
    } else if (count == 0) {
      advantage = 0;
    } else {
      Tally.Contribution one = new Tally.Contribution(-1, new int[] {0}, new int[] {0});
      advantage = Evaluation.attackDeterministic(table, p, truth, one).advantage();
    }
    return new PublishedCount(release, advantage);
  }

  /** Returns whether the count is withheld. */
  public boolean suppressed() {
    return release.suppressed()[0];
  }

  /** Returns the published count (meaningless when suppressed). */
  public long value() {
    return release.values()[0];
  }

  /** Returns the 95% interval of the true count given a noisy one, as "lo..hi", or null without noise. */
  public String interval() {
    long q = release.halfWidth95();
    return q < 0 ? null : String.format(Locale.ROOT, "%d..%d", value() - q, value() + q);
  }
}
