package io.bingescope.infer;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.MemberTraits;
import java.util.List;
import java.util.Objects;

/**
 * Whether a wellness-check rule ({@link WellnessRule}) would flag the member: the platform's "are
 * you okay?" e-mail of the "188 episodes" story. The claim is the rule's verdict, so its
 * confidence is 1; the truth is a {@code depressive-episode} in the period, and the scorecard
 * measures how often the rule's e-mail would reach someone who needed it.
 */
public final class WellnessRuleInference implements Inference.YesNo {
  private final WellnessRule rule;

  /** Creates the inference for a rule. */
  public WellnessRuleInference(WellnessRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.WELLNESS_FLAG;
  }

  // The decision: the most seconds viewed in 7 x 24 h (the metrics hold the rest).
  private long week;

  @Override
  public int decide(Observations o) {
    // Cheap bounds first: most members cannot reach the threshold at all. Each rule reads only
    // its own figure; the other is found for the words once the rule contacts the member.
    int threshold = rule.threshold();
    if (rule.hours()) {
      if (o.seconds() < threshold * 3_600L) {
        return 0;
      }
      week = o.weekSeconds();
      return rule.contacts(0, week) ? 1 : 0;
    }
    if (o.qualifyingEpisodes() < threshold
        || o.episodeWindowViews(WellnessRule.DAYS) < threshold
        || !rule.contacts(o.metrics().windowEpisodes(), 0)) {
      return 0;
    }
    week = o.weekSeconds();
    return 1;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    MemberMetrics m = o.metrics();
    String series =
        m.windowSeries() >= 0 ? o.catalog().series().get(m.windowSeries()).name() : "";
    out.add(
        claim(
            o,
            "true",
            "The rule \"" + rule.label() + "\" would e-mail this member \"are you okay?\".",
            1,
            List.of(
                new Evidence(
                    m.windowEpisodes() + " episodes"
                        + (series.isEmpty() ? "" : " of " + series) + " in 7 days",
                    m.windowEpisodes()),
                new Evidence(Text.hours(week) + " of viewing in its heaviest 7 days",
                    week / 3600.0),
                new Evidence(
                    "longest sitting " + Text.hours(m.longestSittingS()),
                    m.longestSittingS() / 3600.0))));
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    for (MemberTraits.LifeEvent e : Truths.during(traits, truth)) {
      if (e.kind().equals(WellnessRule.DEPRESSIVE)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return truth(traits, truth) ? "had a depressive episode" : "no depressive episode";
  }
}
