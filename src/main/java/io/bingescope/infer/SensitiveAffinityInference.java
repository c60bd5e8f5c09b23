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

  @Override
  public void infer(Observations o, List<Claim> out) {
    TagAffinity.claim(o, kind(), 0, "LGBTQ+ stories", out);
    TagAffinity.claim(o, kind(), 1, "religious titles", out);
    TagAffinity.claim(o, kind(), 2, "titles about health", out);
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
  public String truthText(MemberTraits traits, GroundTruth truth) {
    var sought = truth.scenario().sought(traits.persona(), TAGS);
    return "persona " + traits.persona()
        + (sought.isEmpty() ? " seeks no sensitive tag" : " seeks " + String.join(", ", sought));
  }
}
