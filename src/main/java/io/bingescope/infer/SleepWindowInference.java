package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.List;

/**
 * The sleep window: the usual last viewing time of the evening and the usual first viewing time
 * of the morning, local. The night is anchored at the middle of the member's quietest 6 hours
 * starting between 20:00 and 06:00 ({@link Observations#quietStart()}); each night's last view end
 * before that centre and each morning's first view start after it are collected, and the claim is
 * their upper and lower quartile ({@link Observations#usualLastEnd()}): "done by 00:45 on 3
 * evenings in 4, not before 07:30 on 3 mornings in 4".
 *
 * <p>The evening end is a bedtime; the morning start only bounds the wake time from above (most
 * members do not watch on waking). So a claim is scored right when the bedtime is within 60
 * minutes of the true one and the member truly wakes no later than 60 minutes after the claimed
 * first viewing time.
 */
public final class SleepWindowInference implements Inference {
  /** Evenings with viewing needed before a claim. */
  static final int MIN_EVENINGS = 5;
  /** Mornings with viewing needed before a claim. */
  static final int MIN_MORNINGS = 3;
  /** The quantile of morning first starts taken as the first viewing time. */
  static final double FIRST_QUANTILE = 0.25;
  /**
   * The shortest window claimed, in minutes: a few minutes between the evening's last view and the
   * morning's first say nothing about sleep.
   */
  static final int MIN_WINDOW_MIN = 180;
  /** The lowest confidence a window is claimed at; below it the evenings' ends are too scattered. */
  static final double MIN_CONFIDENCE = 0.2;
  /** The scoring tolerance in minutes. */
  static final int TOLERANCE_MIN = 60;
  private static final int QUIET = Observations.QUIET_SLOTS;

  private int[] values = new int[0];
  // The decision: bedtime and first viewing in minutes of the day (may pass midnight).
  private int bed;
  private int wake;
  private int evenings;
  private int mornings;
  private double confidence;

  @Override
  public ClaimKind kind() {
    return ClaimKind.SLEEP_WINDOW;
  }

  @Override
  public int decide(Observations o) {
    if (o.views() < MIN_EVENINGS) {
      return 0;
    }
    int nights = o.nights();
    if (values.length < nights) {
      values = new int[nights];
    }
    int evenings = o.evenings();
    if (evenings < MIN_EVENINGS) {
      return 0;
    }
    int last = o.usualLastEnd();
    int spread = o.lastEndSpread();
    int mornings = 0;
    for (int k = 0; k < nights; k++) {
      // Each night is written at the next free place and kept there only with a morning view.
      int first = o.firstStart(k);
      values[mornings] = first;
      mornings += (int) (((long) first - Integer.MAX_VALUE) >>> 63);
    }
    if (mornings < MIN_MORNINGS) {
      return 0;
    }
    int firstS = Observations.quantile(values, mornings, FIRST_QUANTILE);
    int centre = o.nightCentreS();
    this.bed = Math.floorDiv(centre + last, 60);
    this.wake = Math.floorDiv(centre + firstS, 60);
    this.evenings = evenings;
    this.mornings = mornings;
    this.confidence =
        (double) evenings / (evenings + 5)
            * Math.max(0.05, 1 - spread / 60.0 / 240);
    return Math.floorMod(wake - bed, 1440) >= MIN_WINDOW_MIN && confidence >= MIN_CONFIDENCE ? 1 : 0;
  }

  @Override
  public void word(Observations o, List<Claim> out) {
    String bedText = Text.clock(bed);
    String wakeText = Text.clock(wake);
    int quiet = o.quietStart();
    int quietViews = 0;
    for (int s = quiet; s < quiet + QUIET; s++) {
      quietViews += o.localSlot(s);
    }
    out.add(
        claim(
            o,
            bedText + "-" + wakeText,
            "Usually stops watching by " + bedText + " and does not start again before "
                + wakeText + " (local time): likely asleep in between.",
            confidence,
            List.of(
                new Evidence(
                    "viewing ended by " + bedText + " on 3 of 4 of the " + evenings
                        + " evenings with viewing", evenings),
                new Evidence(
                    "the first view started at " + wakeText + " or later on 3 of 4 of the "
                        + mornings + " mornings with viewing", mornings),
                new Evidence(
                    "its quietest 6 hours of the day are " + Text.clock(quiet * 15) + "-"
                        + Text.clock((quiet + QUIET) * 15) + ": over the whole period only "
                        + quietViews + " quarter-hours of viewing (about "
                        + Math.round(quietViews / 4.0) + " hours) fell in them, of " + o.views()
                        + " views in all",
                    quietViews))));
  }

  @Override
  public boolean truth(MemberTraits traits, GroundTruth truth) {
    return true;
  }

  @Override
  public boolean right(Claim claim, MemberTraits traits, GroundTruth truth) {
    String v = claim.value();
    int dash = v.indexOf('-');
    if (dash < 0) {
      return false;
    }
    int bed = Text.parseClock(v.substring(0, dash));
    int first = Text.parseClock(v.substring(dash + 1));
    return bed >= 0 && first >= 0 && right(bed, first, traits);
  }

  @Override
  public boolean decidedRight(int i, MemberTraits traits, GroundTruth truth) {
    return right(Math.floorMod(bed, 1440), Math.floorMod(wake, 1440), traits);
  }

  private static boolean right(int bed, int first, MemberTraits traits) {
    int trueBed = traits.sleep().bedtimeMinute();
    int trueWake = traits.sleep().wakeMinute();
    // Minutes from bedtime: the true wake must come no later than the first viewing + tolerance.
    int toWake = Math.floorMod(trueWake - trueBed, 1440);
    int toFirst = Math.floorMod(first - trueBed, 1440);
    return Text.clockDistance(bed, trueBed) <= TOLERANCE_MIN
        && toWake <= toFirst + TOLERANCE_MIN;
  }

  @Override
  public String truthText(MemberTraits traits, GroundTruth truth) {
    return "sleeps " + Text.clock(traits.sleep().bedtimeMinute()) + "-"
        + Text.clock(traits.sleep().wakeMinute());
  }
}
