package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, per kind of claim, how the claims about each member compare with its truth, into the
 * four cells of a confusion table. A member's claims of one kind are a positive; they are a true
 * positive when every one of them is right within the kind's tolerance ({@link Inference#right}),
 * else a false positive. Without a claim, the member is a false negative when the truth has the
 * property ({@link Inference#truth}), else a true negative. Kinds the truth cannot score ({@link
 * Inference#scorable}) are left out. One builder per thread; {@link #merge} adds another's counts.
 */
public final class ScorecardBuilder {
  private static final int TP = 0;
  private static final int FP = 1;
  private static final int FN = 2;
  private static final int TN = 3;

  private final Inferences inferences;
  private final GroundTruth truth;
  private final boolean[] scored = new boolean[ClaimKind.values().length];
  private final long[][] counts = new long[ClaimKind.values().length][4];
  private final byte[] state = new byte[ClaimKind.values().length];

  /** Creates a builder that judges with the given inferences' tolerances against the truth. */
  public ScorecardBuilder(Inferences inferences, GroundTruth truth) {
    this.inferences = inferences;
    this.truth = truth;
    for (Inference i : inferences.all()) {
      scored[i.kind().ordinal()] = i.scorable(truth);
    }
  }

  /** Returns whether claims of the kind are scored. */
  public boolean scores(ClaimKind kind) {
    return scored[kind.ordinal()];
  }

  /** Adds one member: its truth and every claim made about it (any order, any kinds). */
  public void add(MemberTraits traits, List<Claim> claims) {
    // 0 = no claim, 1 = every claim right so far, 2 = a wrong claim.
    java.util.Arrays.fill(state, (byte) 0);
    for (Claim c : claims) {
      int k = c.kind().ordinal();
      if (!scored[k] || state[k] == 2) {
        continue;
      }
      state[k] = inferences.of(c.kind()).right(c, traits, truth) ? (byte) 1 : (byte) 2;
    }
    for (Inference i : inferences.all()) {
      int k = i.kind().ordinal();
      if (!scored[k]) {
        continue;
      }
      int cell =
          switch (state[k]) {
            case 1 -> TP;
            case 2 -> FP;
            default -> i.truth(traits, truth) ? FN : TN;
          };
      counts[k][cell]++;
    }
  }

  /**
   * Adds one member: its truth and the claims {@code decided} last decided about it ({@link
   * Inferences#decide}), judged without their words; the counts are those {@link #add(MemberTraits,
   * List)} gives for the same claims worded. {@code decided} must use this builder's inferences'
   * tolerances (the same rule).
   */
  public void add(MemberTraits traits, Inferences decided) {
    List<Inference> all = decided.all();
    for (int k = 0; k < all.size(); k++) {
      if (!scored[k]) {
        continue;
      }
      Inference i = all.get(k);
      int n = decided.decided(i.kind());
      int cell;
      if (n == 0) {
        cell = i.truth(traits, truth) ? FN : TN;
      } else {
        cell = TP;
        for (int c = 0; c < n; c++) {
          if (!i.decidedRight(c, traits, truth)) {
            cell = FP;
            break;
          }
        }
      }
      counts[k][cell]++;
    }
  }

  /** Adds another builder's counts to this one's. */
  public void merge(ScorecardBuilder other) {
    for (int k = 0; k < counts.length; k++) {
      for (int c = 0; c < 4; c++) {
        counts[k][c] += other.counts[k][c];
      }
    }
  }

  /** Returns the scorecard of the members added so far, one score per scored kind. */
  public Scorecard build() {
    List<Score> scores = new ArrayList<>();
    for (ClaimKind kind : ClaimKind.values()) {
      int k = kind.ordinal();
      if (!scored[k]) {
        continue;
      }
      long[] c = counts[k];
      scores.add(new Score(kind, c[TP] + c[FP] + c[FN] + c[TN], c[TP], c[FP], c[FN], c[TN]));
    }
    return new Scorecard(scores);
  }
}
