package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home time zone from the daily rhythm alone, for when the device's zone is not trusted (a
 * VPN, a device clock set to UTC, a travel device). The member's viewing by UTC hour is compared
 * with an assumed typical local rhythm ({@link #RHYTHM}: quiet nights, an evening peak) shifted by
 * each whole-hour offset from UTC-11 to UTC+12; the claim is the offset under which the member's
 * hours are most likely (a multinomial likelihood), and its confidence that offset's share of the
 * likelihoods, tempered as if the member had at most {@link #EFFECTIVE_VIEWS} independent views.
 */
public final class HomeZoneInference implements Inference {
  /** Where a simulated view's local time comes from. */
  static final String DEVICE_CLOCKS = "the devices' clocks";

  /** Where an export's local times come from: it records UTC times and a country, no device clock. */
  static final String ASSUMED_ZONES =
      "the zones bingescope assumed from the views' countries (an export has no device clock)";

  /**
   * Returns a home-zone claim worded for a Netflix export, whose local times are bingescope's own guess
   * from each view's country (or --zone), not a device's clock; other claims are returned as they are.
   */
  public static Claim onAssumedZones(Claim claim) {
    if (claim.kind() != ClaimKind.HOME_ZONE) {
      return claim;
    }
    return new Claim(
        claim.memberId(),
        claim.profile(),
        claim.kind(),
        claim.value(),
        claim.statement().replace(DEVICE_CLOCKS, ASSUMED_ZONES),
        claim.confidence(),
        claim.evidence().stream()
            .map(e -> new Evidence(e.text().replace(DEVICE_CLOCKS, ASSUMED_ZONES), e.figure()))
            .toList());
  }

  /**
   * The assumed share of a typical member's viewing by local hour 0..23: asleep from about
   * midnight to 07:00, little viewing during working hours, a peak at 20:00-22:00. An assumption
   * (no published hourly curve is used), documented in docs/inference.md.
   */
  static final double[] RHYTHM = {
    0.8, 0.4, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.4, 0.4, 0.45, 0.5,
    0.6, 0.6, 0.6, 0.65, 0.75, 1.0, 1.5, 2.2, 2.8, 3.0, 2.5, 1.5
  };
  /** The quiet window shown as evidence: 6 hours. */
  private static final int QUIET_SLOTS = Observations.QUIET_SLOTS;
  /** Views needed before a claim. */
  static final int MIN_VIEWS = 10;
  /** Views treated as independent evidence: a member's views cluster in sittings. */
  static final int EFFECTIVE_VIEWS = 20;
  /** Scoring tolerance: the claimed offset within 30 minutes of the home zone's (whole hours). */
  static final int TOLERANCE_MIN = 30;
  private static final double[] LOG_RHYTHM = logShares(RHYTHM);
  /** A log-likelihood difference whose exponential is negligible next to 1. */
  private static final double NEGLIGIBLE = -40;
  /** The log shares seen from UTC: row h (UTC hour), column k (offset k - 11 h). */
  private static final double[][] SHIFTED = shifted(LOG_RHYTHM);

  private final double[] hourly = new double[24];
  private final double[] logLikelihood = new double[24];
  private final int[] hours = new int[24];
  private final Map<String, Integer> zoneOffsets = new HashMap<>();

  @Override
  public ClaimKind kind() {
    return ClaimKind.HOME_ZONE;
  }

  // The decision: the best offset (index into the candidates); the likelihoods stay for the words.
  private int best;

  @Override
  public int decide(Observations o) {
    if (o.views() < MIN_VIEWS) {
      return 0;
    }
    // Whole numbers: summed as a long, the double of the sum is the sum of doubles (exact below
    // 2^53), without a chain of 24 floating-point additions.
    long total = 0;
    double[] ll = logLikelihood;
    int[] listed = hours;
    int count = 0;
    for (int h = 0; h < 24; h++) {
      int views = o.utcHour(h);
      hourly[h] = views;
      total += views;
      // The hours with views, in order, listed without a branch: an hour without views would add
      // -0.0 to each sum, which changes nothing.
      listed[count] = h;
      count += -views >>> 31;
    }
    // Candidate offset k - 11 hours: local hour = UTC hour + offset. Each candidate's sum takes
    // the hours in order, as one candidate at a time would; four hours per pass over the 24 sums
    // (the same additions in the same order, a quarter of the loads and stores of the sums).
    int i = 0;
    if (count == 0) {
      Arrays.fill(ll, 0);
    } else {
      double xa = hourly[listed[0]];
      double[] a = SHIFTED[listed[0]];
      for (int k = 0; k < 24; k++) {
        ll[k] = xa * a[k];
      }
      i = 1;
    }
    for (; i + 3 < count; i += 4) {
      double xa = hourly[listed[i]];
      double xb = hourly[listed[i + 1]];
      double xc = hourly[listed[i + 2]];
      double xd = hourly[listed[i + 3]];
      double[] a = SHIFTED[listed[i]];
      double[] b = SHIFTED[listed[i + 1]];
      double[] c = SHIFTED[listed[i + 2]];
      double[] d = SHIFTED[listed[i + 3]];
      for (int k = 0; k < 24; k++) {
        ll[k] = (((ll[k] + xa * a[k]) + xb * b[k]) + xc * c[k]) + xd * d[k];
      }
    }
    for (; i < count; i++) {
      double xa = hourly[listed[i]];
      double[] a = SHIFTED[listed[i]];
      for (int k = 0; k < 24; k++) {
        ll[k] += xa * a[k];
      }
    }
    double temper = Math.min(EFFECTIVE_VIEWS, o.views()) / (double) total;
    int best = 0;
    double most = ll[0] *= temper;
    for (int k = 1; k < 24; k++) {
      double v = ll[k] *= temper;
      // The first most likely offset, kept without a branch on the likelihoods.
      boolean more = v > most;
      best = more ? k : best;
      most = more ? v : most;
    }
    this.best = best;
    return 1;
  }

  /**
   * Returns the confidence of the offset decided: its share of the likelihoods. Only the words
   * need it (the scorecard reads the offset alone), so it is found when they are made.
   */
  private double confidence() {
    double[] ll = logLikelihood;
    double sum = 0;
    for (int k = 0; k < 24; k++) {
      double x = ll[k] - ll[best];
      // exp(x) below 4.3e-18 cannot change a sum of 1 or more (half its ulp is 1.1e-16): the
      // same sum without the call.
      if (x < NEGLIGIBLE && sum >= 1) {
        continue;
      }
      sum += Math.exp(x);
    }
    return 1 / sum;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    int offsetS = (best - 11) * 3_600;
    String offset = Text.offset(offsetS);
    int quiet = o.quietestUtcStart(QUIET_SLOTS);
    int peak = 0;
    for (int h = 1; h < 24; h++) {
      if (hourly[h] > hourly[peak]) {
        peak = h;
      }
    }
    String device = Text.offset(o.deviceOffsetS());
    boolean agrees = Math.abs(o.deviceOffsetS() - offsetS) <= TOLERANCE_MIN * 60;
    out.add(
        claim(
            o,
            offset,
            "Lives at about " + offset + ", judged from when the account watches, not from "
                + DEVICE_CLOCKS + ".",
            confidence(),
            List.of(
                new Evidence(
                    "the quietest 6 hours are " + Text.clock(quiet * 15) + "-"
                        + Text.clock((quiet + QUIET_SLOTS) * 15)
                        + " UTC, and viewing peaks at " + Text.clock(peak * 60) + " UTC",
                    peak),
                Evidence.of(
                    "a typical member sleeps around 00:00-07:00 and watches most at 20:00-22:00"
                        + " local time; " + offset + " lines these up best of all offsets"),
                Evidence.of(
                    DEVICE_CLOCKS + " say " + device
                        + (agrees ? ", which agrees" : ", which disagrees") + " ("
                        + o.views() + " views" + (o.mixedZones() ? ", several zones" : "")
                        + ")"))));
  }

  private static double[][] shifted(double[] log) {
    double[][] rows = new double[24][24];
    for (int k = 0; k < 24; k++) {
      for (int h = 0; h < 24; h++) {
        rows[h][k] = log[Math.floorMod(h + k - 11, 24)];
      }
    }
    return rows;
  }

  private static double[] logShares(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] log = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      log[i] = Math.log(weights[i] / total);
    }
    return log;
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return true;
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    int claimed;
    try {
      claimed = ZoneOffset.of(claim.value().substring(3)).getTotalSeconds();
    } catch (RuntimeException e) {
      return false;
    }
    return right(claimed, traits, truth);
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    return right((best - 11) * 3_600, traits, truth);
  }

  private boolean right(int claimedS, MemberTraits traits, GroundTruth truth) {
    return Math.abs(claimedS - homeOffsetS(traits.homeZone(), truth)) <= TOLERANCE_MIN * 60;
  }

  /** Returns the home zone's UTC offset at noon of the period's middle day. */
  int homeOffsetS(String zone, GroundTruth truth) {
    return zoneOffsets.computeIfAbsent(
        zone,
        z -> {
          long mid = (truth.first().toEpochDay() + truth.last().toEpochDay()) / 2;
          return ZoneId.of(z)
              .getRules()
              .getOffset(java.time.LocalDate.ofEpochDay(mid).atTime(LocalTime.NOON))
              .getTotalSeconds();
        });
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "lives in " + traits.homeZone() + " ("
        + Text.offset(homeOffsetS(traits.homeZone(), truth)) + ")";
  }
}
