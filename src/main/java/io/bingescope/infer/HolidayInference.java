package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Holiday observance: seeking out titles tagged {@code holiday} (Christmas films in December),
 * by the test of {@link TagAffinity}. The truth is a persona with an affinity for the tag above 1
 * or a comfort habit on it (the "53 viewers" rewatchers).
 */
public final class HolidayInference implements Inference {
  @Override
  public ClaimKind kind() {
    return ClaimKind.HOLIDAY_OBSERVANCE;
  }

  @Override
  public void infer(Observations o, List<Claim> out) {
    TagAffinity.claim(o, kind(), Observations.HOLIDAY_TAG, "holiday titles", out);
  }

  @Override
  public boolean scorable(GroundTruth truth) {
    return truth.knowsScenario();
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return truth.scenario().seeks(traits.persona(), "holiday");
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    return truth(traits, truth);
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "persona " + traits.persona()
        + (truth(traits, truth) ? " seeks holiday titles" : " does not seek holiday titles");
  }
}
