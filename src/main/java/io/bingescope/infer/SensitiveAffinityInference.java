package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Sensitive affinities: an interest in titles tagged {@code lgbtq}, {@code religious} or {@code
 * health}, the kind of conclusion behind Doe v. Netflix (2009). One claim per tag that passes the
 * test of {@link TagAffinity}. The truth is the persona's affinity for the tag (above 1); a
 * member's claims are right when the persona seeks every tag claimed.
 */
public final class SensitiveAffinityInference implements Inference {
  /** The sensitive tags: the first three of {@link Observations#TAGS}. */
  static final List<String> TAGS = Observations.TAGS.subList(0, 3);

  @Override
  public ClaimKind kind() {
    return ClaimKind.SENSITIVE_AFFINITY;
  }

  /** What each tag's titles are, in words. */
  private static final List<String> WHAT =
      List.of("LGBTQ+ stories", "religious titles", "titles about health");

  // The decision: the tags claimed (indices into TAGS), in order, with their chances.
  private final int[] tags = new int[TAGS.size()];
  private final double[] chances = new double[TAGS.size()];
  private int claimed;

  @Override
  public int decide(Observations o) {
    claimed = 0;
    for (int k = 0; k < TAGS.size(); k++) {
      double chance = TagAffinity.decide(o, k);
      if (chance >= 0) {
        tags[claimed] = k;
        chances[claimed++] = chance;
      }
    }
    return claimed;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    for (int i = 0; i < claimed; i++) {
      TagAffinity.word(o, kind(), tags[i], chances[i], WHAT.get(tags[i]), out);
    }
  }

  @Override
  public boolean scorable(GroundTruth truth) {
    return truth.knowsScenario();
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return !truth.scenario().sought(traits.persona(), TAGS).isEmpty();
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    return truth.scenario().seeks(traits.persona(), claim.value());
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    return truth.scenario().seeks(traits.persona(), TAGS.get(tags[i]));
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    var sought = truth.scenario().sought(traits.persona(), TAGS);
    return "persona " + traits.persona()
        + (sought.isEmpty() ? " seeks no sensitive tag" : " seeks " + String.join(", ", sought));
  }
}
