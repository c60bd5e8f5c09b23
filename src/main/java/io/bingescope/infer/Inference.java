package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * One kind of conclusion a platform could draw from views alone, and how it is judged against the
 * truth. Implementations read only {@link Observations} (and through it the history and catalog)
 * to make claims; the truth ({@link MemberTraits}, {@link GroundTruth}) is used only to score.
 * An instance may keep scratch arrays between members, so each thread has its own ({@link
 * Inferences}); the thresholds and tolerances are in docs/inference.md.
 *
 * <p>Deciding and wording are apart: {@link #decide} keeps what it concluded in primitive fields
 * of the instance (no object per member), {@link #word} turns that into {@link Claim}s with their
 * statement and evidence only when someone reads them, and {@link #decidedRight} scores the
 * decision without words.
 */
public interface Inference {

  /** Returns the kind of claim this inference makes. */
  ClaimKind kind();

  /**
   * Decides the claims about the observed member into this instance and returns how many it makes
   * (usually none or one); they stay until the next call.
   */
  int decide(Observations o);

  /**
   * Appends the claims last {@linkplain #decide decided} to {@code out}, in words; {@code o} must
   * still hold the member they were decided on.
   */
  void word(Observations o, List<Claim> out);

  /** Returns a claim of this inference's kind about the observed member (in its scope). */
  default Claim claim(
      Observations o, String value, String statement, double confidence, List<Evidence> evidence) {
    return new Claim(o.memberId(), o.scope(), kind(), value, statement, confidence, evidence);
  }

  /** Appends the claims (usually none or one) about the observed member to {@code out}. */
  default void infer(Observations o, List<Claim> out) {
    if (decide(o) > 0) {
      word(o, out);
    }
  }

  /**
   * Returns whether claim {@code i} of those last decided is right about the member, as {@link
   * #right} would judge it once worded.
   */
  boolean decidedRight(int i, MemberTraits traits, GroundTruth truth);

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

  /**
   * A yes/no kind (disrupted sleep, weekday availability, holiday observance, a wellness flag): a
   * claim says yes, and it is right exactly when the truth has the property.
   */
  interface YesNo extends Inference {
    @Override
    default boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
      return truth(traits, truth);
    }

    @Override
    default boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
      return truth(traits, truth);
    }
  }
}
