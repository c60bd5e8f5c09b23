package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Holiday observance: seeking out titles tagged {@code holiday} (Christmas films in December),
 * by the test of {@link TagAffinity}. The truth is a persona with an affinity for the tag above 1
 * or a comfort habit on it (the "53 viewers" rewatchers).
 */
public final class HolidayInference implements Inference.YesNo {
  @Override
  public ClaimKind kind() {
    return ClaimKind.HOLIDAY_OBSERVANCE;
  }

  // The decision: the chance of as many holiday titles by chance alone.
  private double chance;

  @Override
  public int decide(Observations o) {
    chance = TagAffinity.decide(o, Observations.HOLIDAY_TAG);
    return chance >= 0 ? 1 : 0;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    TagAffinity.word(o, kind(), Observations.HOLIDAY_TAG, chance, "holiday titles", out);
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
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "persona " + traits.persona()
        + (truth(traits, truth) ? " seeks holiday titles" : " does not seek holiday titles");
  }
}
