package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * A life-event signal: a sudden change against the member's own baseline, the pattern of the
 * "188 episodes" story. Every stretch of 5 to 15 local days is compared with the rest of the
 * period. A change of amount alone is common (viewing is bursty, one long session makes a
 * week), so a stretch must also change <em>when</em> the member watches, day after day: at least
 * {@link #MIN_RATIO} times its usual viewing, and a share of days with viewing at night
 * (00:00-05:00: a night shift) or in weekday working hours (09:00-17:00: away from work) at
 * least {@link #MIN_SHIFT} times the usual share, on at least {@link #MIN_SHIFT_DAYS} days. The
 * claim is the qualifying stretch with the most extra viewing; the truth is any life event in the
 * period that changes viewing.
 */
public final class LifeEventInference implements Inference {
  /** The shortest stretch: a long week-end is not an event. */
  static final int MIN_DAYS = 5;
  /** The longest stretch looked for. */
  static final int MAX_DAYS = 15;
  /** Days outside the stretch needed for a baseline. */
  static final int MIN_BASELINE_DAYS = 9;
  /** The least ratio of the stretch's daily viewing to the baseline's. */
  static final double MIN_RATIO = 2;
  /** The least ratio of the stretch's share of night (or working-hours) days to the baseline's. */
  static final double MIN_SHIFT = 3;
  /** The fewest night (or working-hours) days in the stretch: 15 minutes or more on each. */
  static final int MIN_SHIFT_DAYS = 4;
  /** The daily viewing floor of the baseline, so a member who hardly watched has no huge ratio. */
  static final double FLOOR_S = 600;
  private static final long FLOOR = (long) FLOOR_S;
  /** Just under {@link #MIN_RATIO} in thousandths: a bound safe from rounding. */
  private static final long RATIO_MILLI = (long) Math.floor(MIN_RATIO * 1000) - 1;
  /** The floor of the baseline's share of night (or working-hours) days: one day in 20. */
  static final double FLOOR_SHARE = 0.05;

  private long[] total = new long[1];
  private long[] night = new long[1];
  private long[] work = new long[1];
  private final boolean[] heavy = new boolean[MAX_DAYS + 1];
  private int[] starts = new int[1];
  private int[] shortest = new int[1];
  // The days (indices) with night viewing, then those with working-hours viewing, in order.
  private int[] nightDays = new int[1];
  private int[] workDays = new int[1];

  @Override
  public ClaimKind kind() {
    return ClaimKind.LIFE_EVENT;
  }

  // The decision: the stretch (its first day in the period, its length), the period's days and
  // first epoch day.
  private long firstDay;
  private int start;
  private int length;
  private int days;

  @Override
  public int decide(Observations o) {
    int days = o.days();
    if (days < MIN_DAYS + MIN_BASELINE_DAYS || o.seconds() < MIN_DAYS * FLOOR_S) {
      return 0;
    }
    // A shift needs MIN_SHIFT_DAYS night (or working-hours) days inside the stretch: most members
    // have too few in the whole period, and a stretch without them needs no ratio.
    int nights = 0;
    int works = 0;
    for (int k = 0; k < days; k++) {
      nights += shiftDay(o.dayNightSeconds(k));
      works += shiftDay(o.dayWorkSeconds(k));
    }
    if (nights < MIN_SHIFT_DAYS && works < MIN_SHIFT_DAYS) {
      return 0;
    }
    if (total.length < days + 1) {
      total = new long[days + 1];
      night = new long[days + 1];
      work = new long[days + 1];
      starts = new int[days];
      shortest = new int[days];
      nightDays = new int[days + 1];
      workDays = new int[days + 1];
    }
    // The running sums kept in locals: each store is then read by no load of the next day.
    long t = 0;
    int n = 0;
    int w = 0;
    for (int k = 0; k < days; k++) {
      // Each day is written at the next free place and kept there only when it counts.
      nightDays[n] = k;
      workDays[w] = k;
      t += o.daySeconds(k);
      n += shiftDay(o.dayNightSeconds(k));
      w += shiftDay(o.dayWorkSeconds(k));
      total[k + 1] = t;
      night[k + 1] = n;
      work[k + 1] = w;
    }
    int maxLen = Math.min(MAX_DAYS, days - MIN_BASELINE_DAYS);
    // The whole-number ratio test only gets easier with more viewing in the stretch, so the
    // heaviest stretch of each length tells whether any of that length can pass.
    boolean any = false;
    for (int len = MIN_DAYS; len <= maxLen; len++) {
      long most = 0;
      for (int a = 0; a + len <= days; a++) {
        most = Math.max(most, total[a + len] - total[a]);
      }
      heavy[len] = !light(most, len, days, total[days]);
      any |= heavy[len];
    }
    if (!any) {
      return 0;
    }
    int candidates = candidates(days, maxLen);
    double bestExcess = 0;
    int bestStart = -1;
    int bestLength = 0;
    for (int len = MIN_DAYS; len <= maxLen; len++) {
      if (!heavy[len]) {
        continue;
      }
      for (int c = 0; c < candidates; c++) {
        int a = starts[c];
        if (a + len > days) {
          break;
        }
        // The same conditions as ratio, shift and excess in that order, cheapest first.
        if (len < shortest[c]) {
          continue;
        }
        if (light(total[a + len] - total[a], len, days, total[days])) {
          continue;
        }
        double ratio = ratio(total, a, len, days);
        if (ratio < MIN_RATIO) {
          continue;
        }
        boolean shifted = shifted(night, a, len, days) || shifted(work, a, len, days);
        double excess = (total[a + len] - total[a]) - outMean(total, a, len, days) * len;
        if (shifted && excess > bestExcess) {
          bestExcess = excess;
          bestStart = a;
          bestLength = len;
        }
      }
    }
    if (bestStart < 0) {
      return 0;
    }
    this.start = bestStart;
    this.length = bestLength;
    this.days = days;
    this.firstDay = o.firstDay();
    return 1;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    int a = start;
    int len = length;
    double ratio = ratio(total, a, len, days);
    double nightRatio = shareRatio(night, a, len, days);
    double workRatio = shareRatio(work, a, len, days);
    String start = Text.date(o.firstDay() + a);
    String end = Text.date(o.firstDay() + a + len - 1);
    double confidence =
        Math.min(0.95, (1 - 1 / ratio) * (1 - 1 / Math.max(nightRatio, workRatio)) * 1.5);
    String how =
        nightRatio >= workRatio
            ? "much more of it at night"
            : "much more of it in weekday working hours";
    out.add(
        claim(
            o,
            start + ".." + end,
            "Something changed from " + start + " to " + end + ": the account watched "
                + Text.oneDecimal(ratio) + " times its usual amount, " + how + ".",
            confidence,
            List.of(
                new Evidence(
                    Text.hours(Math.round(mean(total, a, len))) + " a day over those " + len
                        + " days against " + Text.hours(Math.round(outMean(total, a, len, days)))
                        + " on the other " + (days - len), ratio),
                new Evidence(
                    "viewing between 00:00 and 05:00 on " + (night[a + len] - night[a]) + " of the "
                        + len + " days, against " + (night[days] - night[a + len] + night[a])
                        + " of the other " + (days - len), nightRatio),
                new Evidence(
                    "viewing in weekday working hours on " + (work[a + len] - work[a]) + " of the "
                        + len + " days, against " + (work[days] - work[a + len] + work[a])
                        + " of the other " + (days - len), workRatio))));
  }

  /**
   * Lists the first days of stretches of at most {@code maxLen} days that can hold {@link
   * #MIN_SHIFT_DAYS} night or working-hours days, in order, each with the shortest such stretch
   * from it ({@code shortest}); returns how many. A stretch from day a of length len holds them
   * exactly when len is at least that shortest length, as the night and work counts only grow
   * with len.
   */
  private int candidates(int days, int maxLen) {
    int count = 0;
    int nights = (int) night[days];
    int works = (int) work[days];
    for (int a = 0; a < days; a++) {
      // The MIN_SHIFT_DAYS-th such day from a: there are night[a] before a.
      int n = (int) night[a] + MIN_SHIFT_DAYS - 1;
      int w = (int) work[a] + MIN_SHIFT_DAYS - 1;
      int len = Math.min(
          n < nights ? nightDays[n] + 1 - a : Integer.MAX_VALUE,
          w < works ? workDays[w] + 1 - a : Integer.MAX_VALUE);
      starts[count] = a;
      shortest[count] = len;
      count += len <= maxLen ? 1 : 0;
    }
    return count;
  }

  /**
   * Returns whether a stretch of {@code len} of {@code days} days with {@code in} of the {@code
   * all} seconds viewed fails a necessary condition of ratio >= MIN_RATIO in whole numbers, with
   * a margin for rounding: its daily viewing that many times the floor and the others' mean.
   */
  private static boolean light(long in, int len, int days, long all) {
    return in * 1000 < RATIO_MILLI * FLOOR * len
        || in * (days - len) * 1000 < RATIO_MILLI * (all - in) * len;
  }

  /**
   * Returns 1 when a day's seconds at night (or in working hours) make it count, else 0: by the
   * sign of a difference, not a branch (the seconds are never negative).
   */
  private static int shiftDay(long seconds) {
    return (int) ((Observations.DAY_MIN_S - 1 - seconds) >>> 63);
  }

  private static boolean shifted(long[] days, int a, int len, int all) {
    return days[a + len] - days[a] >= MIN_SHIFT_DAYS && shareRatio(days, a, len, all) >= MIN_SHIFT;
  }

  /** Returns the stretch's share of days counted in {@code prefix} over the baseline's. */
  private static double shareRatio(long[] prefix, int a, int len, int days) {
    return mean(prefix, a, len) / Math.max(outMean(prefix, a, len, days), FLOOR_SHARE);
  }

  private static double mean(long[] prefix, int a, int len) {
    return (double) (prefix[a + len] - prefix[a]) / len;
  }

  private static double outMean(long[] prefix, int a, int len, int days) {
    return (double) (prefix[days] - (prefix[a + len] - prefix[a])) / (days - len);
  }

  private static double ratio(long[] prefix, int a, int len, int days) {
    return mean(prefix, a, len) / Math.max(outMean(prefix, a, len, days), FLOOR_S);
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    for (MemberTraits.LifeEvent e : Truths.during(traits, truth)) {
      if (changes(e, truth)) {
        return true;
      }
    }
    return false;
  }

  private static boolean changes(MemberTraits.LifeEvent e, GroundTruth truth) {
    if (!truth.knowsScenario()) {
      return true;
    }
    GroundTruth.Effects fx = truth.scenario().events().get(e.kind());
    return fx == null || fx.changesViewing();
  }

  /** A claim is right when its stretch overlaps a life event that changes viewing. */
  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    String v = claim.value();
    int dots = v.indexOf("..");
    if (dots < 0) {
      return false;
    }
    try {
      return overlaps(java.time.LocalDate.parse(v.substring(0, dots)).toEpochDay(),
          java.time.LocalDate.parse(v.substring(dots + 2)).toEpochDay(), traits, truth);
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    return overlaps(firstDay + start, firstDay + start + length - 1, traits, truth);
  }

  /** Returns whether epoch days {@code from..to} overlap a life event that changes viewing. */
  private static boolean overlaps(long from, long to, MemberTraits traits, GroundTruth truth) {
    for (MemberTraits.LifeEvent e : Truths.during(traits, truth)) {
      if (changes(e, truth) && e.start().toEpochDay() <= to && e.end().toEpochDay() >= from) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return Truths.events(traits, truth, "no life event");
  }
}
