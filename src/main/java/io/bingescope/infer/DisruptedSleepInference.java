package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Disrupted sleep: viewing on many nights in the hours the member itself usually sleeps (its
 * quietest 6 hours, {@link Observations#quietStart()}). Measured against the member's own rhythm,
 * a night owl who always watches at 2 and sleeps at 3 is not flagged; a member who usually sleeps
 * at midnight and now watches at 3 on night after night is. The truth is a life event that costs
 * sleep (sessions moved into the night, or bedtime ignored), as in the "188 episodes" story.
 */
public final class DisruptedSleepInference implements Inference {
  /** Nights with at least 15 minutes of viewing in the usual sleeping hours needed. */
  static final int MIN_NIGHTS = 4;

  @Override
  public ClaimKind kind() {
    return ClaimKind.DISRUPTED_SLEEP;
  }

  @Override
  public void infer(Observations o, List<Claim> out) {
    int nights = o.nights();
    int late = 0;
    int firstLate = -1;
    int lastLate = -1;
    long most = 0;
    long total = 0;
    for (int k = 0; k < nights; k++) {
      long s = o.quietSeconds(k);
      total += s;
      if (s >= Observations.DAY_MIN_S) {
        late++;
        if (firstLate < 0) {
          firstLate = k;
        }
        lastLate = k;
        most = Math.max(most, s);
      }
    }
    if (late < MIN_NIGHTS) {
      return;
    }
    int quiet = o.quietStart();
    String hours =
        Text.clock(quiet * 15) + "-" + Text.clock((quiet + Observations.QUIET_SLOTS) * 15);
    double confidence = Math.min(0.95, (double) late / (late + MIN_NIGHTS));
    out.add(
        new Claim(
            o.memberId(),
            o.scope(),
            kind(),
            "true",
            "Watches on " + late + " nights in the hours it usually sleeps (" + hours
                + " local): its sleep is disrupted.",
            confidence,
            List.of(
                new Evidence(
                    "at least 15 minutes of viewing during " + hours + ", its quietest 6 hours,"
                        + " on " + late + " nights", late),
                new Evidence(
                    Text.hours(total) + " of viewing in those hours in all, at most "
                        + Text.hours(most) + " in one night", total / 3600.0),
                Evidence.of(
                    "such nights from " + Text.date(o.nightDay(firstLate)) + " to "
                        + Text.date(o.nightDay(lastLate))))));
  }

  @Override
  public boolean scorable(GroundTruth truth) {
    return truth.knowsScenario();
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    for (MemberTraits.LifeEvent e : Truths.during(traits, truth)) {
      GroundTruth.Effects fx = truth.scenario().events().get(e.kind());
      if (fx != null && fx.disruptsSleep()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    return truth(traits, truth);
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return Truths.events(traits, truth, "no life event that costs sleep");
  }
}
