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

  @Override
  public void infer(Observations o, List<Claim> out) {
    if (!o.raceCandidate()) {
      return;
    }
    int races = o.metrics().bingeRaces();
    if (races == 0) {
      return;
    }
    out.add(
        new Claim(
            o.memberId(),
            o.scope(),
            kind(),
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
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "a fact of the log: there is no hidden truth to compare";
  }
}
