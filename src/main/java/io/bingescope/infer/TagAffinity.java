package io.bingescope.infer;

import java.util.List;

/**
 * The test behind affinity claims: does a member watch titles with a tag more than chance would
 * give? Of the {@code n} distinct items (films, series) the member watched, {@code k} carry the
 * tag, where a share {@code p} of the catalog's items do. Tags are drawn independently of
 * popularity, so by chance k is binomial(n, p); the claim needs at least {@link #MIN_ITEMS} such
 * items and a chance of at most {@link #ALPHA} of seeing k or more. Its confidence is one minus
 * that chance.
 */
final class TagAffinity {
  /** Distinct tagged items needed: one title is a taste, not an affinity. */
  static final int MIN_ITEMS = 2;
  /** The largest chance of k or more tagged items by chance alone that still makes a claim. */
  static final double ALPHA = 0.01;

  private TagAffinity() {}

  /** Returns the chance of {@code k} or more successes in {@code n} trials of chance {@code p}. */
  static double upperTail(int n, int k, double p) {
    if (k <= 0) {
      return 1;
    }
    if (k > n || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    double pmf = Math.pow(1 - p, n);
    double below = 0;
    for (int j = 0; j < k; j++) {
      below += pmf;
      pmf *= (double) (n - j) / (j + 1) * p / (1 - p);
    }
    return Math.max(0, 1 - below);
  }

  /**
   * Returns the chance of the member's items with tag {@code k} of {@link Observations#TAGS} by
   * chance alone when they pass the test, else -1.
   */
  static double decide(Observations o, int k) {
    int tagged = o.tagItems(k);
    if (tagged < MIN_ITEMS) {
      return -1;
    }
    double chance = upperTail(o.distinctItems(), tagged, o.catalogTagShare(k));
    return chance > ALPHA ? -1 : chance;
  }

  /**
   * Appends the claim of {@code kind} with value {@code tag} that {@link #decide} found for tag
   * {@code k}, with its {@code chance}.
   */
  static void word(Observations o, ClaimKind kind, int k, double chance, String what,
      List<Claim> out) {
    int tagged = o.tagItems(k);
    int n = o.distinctItems();
    double p = o.catalogTagShare(k);
    String tag = Observations.TAGS.get(k);
    StringBuilder examples = new StringBuilder();
    for (int e = 0; e < o.tagExamples(k); e++) {
      var t = o.catalog().title(o.tagExample(k, e));
      examples.append(e == 0 ? "" : "; ").append(t.seriesIndex() >= 0 ? t.series() : t.name());
    }
    out.add(
        new Claim(
            o.memberId(),
            o.scope(),
            kind,
            tag,
            "Seeks out " + what + " (titles tagged " + tag + "): " + tagged + " of the " + n
                + " titles and series it watched.",
            1 - chance,
            List.of(
                new Evidence(
                    tagged + " of " + n + " titles and series watched are tagged " + tag
                        + ", where " + Text.percent(p) + " of the catalog is", tagged),
                new Evidence(
                    "by chance alone " + tagged + " or more would happen "
                        + (chance < 0.0001
                            ? "less than once in 10,000"
                            : "with probability " + Text.oneDecimal(100 * chance) + "%"),
                    chance),
                new Evidence(
                    Text.hours(o.tagSeconds(k)) + " of such titles, e.g. " + examples,
                    o.tagSeconds(k) / 3600.0))));
  }
}
