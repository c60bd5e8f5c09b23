package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Disrupted sleep: on many nights, viewing that goes on well past the member's own usual end of
 * the evening ({@link Observations#usualLastEnd()}, which 3 evenings in 4 end by). Measured against
 * the member's own habit, a night owl who always watches until 3 is not flagged; a member who
 * usually stops at 23:30 and now watches until 4, night after night, is. The truth is a life event
 * that costs sleep (sessions moved into the night, or bedtime ignored), as in the "188 episodes"
 * story.
 */
public final class DisruptedSleepInference implements Inference.YesNo {
  /** Nights with viewing well past the usual end needed. */
  static final int MIN_NIGHTS = 4;
  /** How far past the usual end a night's viewing must go: two hours. */
  static final int LATE_S = 7_200;
  /** Evenings needed to know the usual end. */
  static final int MIN_EVENINGS = 7;

  @Override
  public ClaimKind kind() {
    return ClaimKind.DISRUPTED_SLEEP;
  }

  // The decision: the late nights, the first and last of them, the latest end, the usual end.
  private int late;
  private int firstLate;
  private int lastLate;
  private int latest;
  private int usual;

  @Override
  public int decide(Observations o) {
    // An evening needs a view of its own: fewer views than MIN_EVENINGS need no nights.
    if (o.views() < MIN_EVENINGS) {
      return 0;
    }
    int nights = o.nights();
    if (o.evenings() < MIN_EVENINGS) {
      return 0;
    }
    int usual = o.usualLastEnd();
    // Most members have no such night: counted from the latest ends down, before any loop.
    if (o.eveningsEndingFrom(usual + LATE_S) < MIN_NIGHTS) {
      return 0;
    }
    int late = 0;
    int firstLate = -1;
    int lastLate = -1;
    int latest = Integer.MIN_VALUE;
    for (int k = 0; k < nights; k++) {
      int end = o.lastEnd(k);
      if (end != Integer.MIN_VALUE && end >= usual + LATE_S) {
        late++;
        if (firstLate < 0) {
          firstLate = k;
        }
        lastLate = k;
        latest = Math.max(latest, end);
      }
    }
    if (late < MIN_NIGHTS) {
      return 0;
    }
    this.late = late;
    this.firstLate = firstLate;
    this.lastLate = lastLate;
    this.latest = latest;
    this.usual = usual;
    return 1;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    int centre = o.nightCentreS();
    String usualText = Text.clock(Math.floorDiv(centre + usual, 60));
    double confidence = Math.min(0.95, (double) late / (late + MIN_NIGHTS));
    out.add(
        claim(
            o,
            "true",
            "On " + late + " nights it watched more than two hours past its usual "
                + usualText + " (local): its sleep is disrupted.",
            confidence,
            List.of(
                new Evidence(
                    "viewing went on past " + Text.clock(Math.floorDiv(centre + usual + LATE_S, 60))
                        + " on " + late + " of " + o.evenings() + " evenings with viewing", late),
                new Evidence(
                    "3 evenings in 4 end by " + usualText + "; the latest ended at "
                        + Text.clock(Math.floorDiv(centre + latest, 60)), latest / 3600.0),
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
    return Truths.anyEvent(traits, truth, GroundTruth.Effects::disruptsSleep);
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return Truths.events(traits, truth, "no life event that costs sleep");
  }
}
