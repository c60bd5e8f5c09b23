package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * One kind of conclusion a platform could draw from views alone, and how it is judged against the
 * truth. Implementations read only {@link Observations} (and through it the history and catalog)
 * to make claims; the truth ({@link MemberTraits}, {@link GroundTruth}) is used only to score.
 * An instance may keep scratch arrays between members, so each thread has its own ({@link
 * Inferences}); the thresholds and tolerances are in docs/inference.md.
 */
public interface Inference {

  /** Returns the kind of claim this inference makes. */
  ClaimKind kind();

  /** Appends the claims (usually none or one) about the observed member to {@code out}. */
  void infer(Observations o, List<Claim> out);

  /**
   * Returns whether the claims of this kind can be scored with the given truth: some need the
   * scenario's facts, and a fact of the log itself (a binge race) has no hidden truth at all.
   */
  default boolean scorable(GroundTruth truth) {
    return true;
  }

  /** Returns whether the member's truth has the property this kind claims. */
  boolean truth(MemberTraits traits, GroundTruth truth);

  /** Returns whether a claim of this kind is right about the member, within the kind's tolerance. */
  boolean right(Claim claim, MemberTraits traits, GroundTruth truth);

  /** Returns the truth about the member in plain words, for the profile report. */
  String truthText(MemberTraits traits, GroundTruth truth);
}
