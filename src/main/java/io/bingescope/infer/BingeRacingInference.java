package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Binge racing (Netflix's term, October 2017): finishing a whole season on the day it was
 * released. It is read straight from the log ({@code MemberMetrics#bingeRaces()}, every episode
 * watched on its season's local release day), not guessed, so there is no hidden truth to score it
 * against: the scorecard leaves it out.
 */
public final class BingeRacingInference implements Inference {
  @Override
  public ClaimKind kind() {
    return ClaimKind.BINGE_RACING;
  }

  // The decision: the seasons raced.
  private int races;

  @Override
  public int decide(Observations o) {
    races = o.raceCandidate() ? o.metrics().bingeRaces() : 0;
    return races == 0 ? 0 : 1;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    out.add(
        claim(
            o,
            Integer.toString(races),
            "Finished " + Text.count(races, "season", "seasons")
                + " on release day: a binge racer.",
            1,
            List.of(
                new Evidence(
                    "every episode of " + Text.count(races, "season", "seasons")
                        + " watched (70% or more of each) on the season's release day", races))));
  }

  @Override
  public boolean scorable(GroundTruth truth) {
    return false;
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return false;
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    return false;
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    return false;
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "a fact of the log: there is no hidden truth to compare";
  }
}
