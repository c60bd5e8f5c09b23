package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * Weekday availability: viewing during working hours (09:00-17:00 local, Monday to Friday) on
 * several weekdays and as a noticeable share of all viewing. Such a member is probably not at a
 * day job then: not working, at school on holiday, on sick leave or on vacation. The truth is a
 * member who does not work, or one with a life event that keeps it from work in the period.
 */
public final class WeekdayAvailabilityInference implements Inference.YesNo {
  /** Weekdays with at least 15 minutes of viewing in working hours needed. */
  static final int MIN_DAYS = 3;
  /**
   * The least share of viewing in weekday working hours. A full-time worker's is near 0 (away for
   * 40 of its 112 waking weekday hours), someone at home all day watches a fair part then.
   */
  static final double MIN_SHARE = 0.08;

  @Override
  public ClaimKind kind() {
    return ClaimKind.WEEKDAY_AVAILABILITY;
  }

  // The decision: the days with daytime viewing, its seconds and share.
  private int daytime;
  private long seconds;
  private double share;

  @Override
  public int decide(Observations o) {
    // A day of the week-end has no working-hours seconds: summed over all days without a test,
    // each day counted by the sign of a difference, not a branch.
    int daytime = 0;
    long seconds = 0;
    for (int k = 0; k < o.days(); k++) {
      long s = o.dayWorkSeconds(k);
      seconds += s;
      daytime += (int) ((Observations.DAY_MIN_S - 1 - s) >>> 63);
    }
    double share = o.seconds() == 0 ? 0 : (double) seconds / o.seconds();
    if (daytime < MIN_DAYS || share < MIN_SHARE) {
      return 0;
    }
    this.daytime = daytime;
    this.seconds = seconds;
    this.share = share;
    return 1;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    // The weekdays and the first and last with daytime viewing: only the words need them.
    int weekdays = 0;
    int firstDay = -1;
    int lastDay = -1;
    for (int k = 0; k < o.days(); k++) {
      if (o.weekday(k)) {
        weekdays++;
        if (o.dayWorkSeconds(k) >= Observations.DAY_MIN_S) {
          firstDay = firstDay < 0 ? k : firstDay;
          lastDay = k;
        }
      }
    }
    double confidence =
        (double) daytime / (daytime + MIN_DAYS) * Math.min(1, share / (2 * MIN_SHARE));
    out.add(
        claim(
            o,
            "true",
            "Watches during weekday working hours on " + daytime + " of " + weekdays
                + " weekdays: probably not at work then (not working, on leave, on holiday or"
                + " ill).",
            confidence,
            List.of(
                new Evidence(
                    "at least 15 minutes of viewing between 09:00 and 17:00 local on " + daytime
                        + " of " + weekdays + " weekdays", daytime),
                new Evidence(
                    Text.percent(share) + " of all viewing (" + Text.hours(seconds)
                        + ") falls in weekday working hours", share),
                Evidence.of(
                    "from " + Text.date(o.firstDay() + firstDay) + " to "
                        + Text.date(o.firstDay() + lastDay)))));
  }

  @Override
  public boolean scorable(GroundTruth truth) {
    return truth.knowsScenario();
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    if (traits.work().equals(MemberTraits.WorkPattern.NONE)) {
      return true;
    }
    return Truths.anyEvent(traits, truth, GroundTruth.Effects::freesWorkdays);
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    MemberTraits.WorkPattern w = traits.work();
    String work = w.equals(MemberTraits.WorkPattern.NONE)
        ? "does not work"
        : "works " + Text.clock(w.startMinute()) + "-" + Text.clock(w.endMinute());
    return work + "; " + Truths.events(traits, truth, "no life event");
  }
}
