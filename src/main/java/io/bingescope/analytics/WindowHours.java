package io.bingescope.analytics;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;

/**
 * Finds a member's heaviest stretch of {@code days} x 24 hours: the maximum, over windows
 * {@code [t, t + days x 86,400 s)} with t the start of any of the member's non-supplemental views,
 * of the summed {@code duration_s} of the non-supplemental views starting in the window. A view
 * counts whole for the window it starts in, as a view counts whole for its local day in
 * {@link MemberMetrics#maxDailyHours()}; windows are real (UTC) seconds, so one over a DST change
 * still lasts {@code days x 24} hours. Every profile's views count.
 *
 * @param days the window's length in days of 24 hours (at least 1)
 */
public record WindowHours(int days) {

  public WindowHours {
    if (days < 1) {
      throw new IllegalArgumentException("a window lasts at least 1 day: " + days);
    }
  }

  /**
   * Returns the most seconds of viewing starting in one window, 0 without viewing. Needs the
   * history in order ({@link History#sort()}); linear time with two pointers, no allocation.
   */
  public long maxSeconds(History h) {
    long width = days * 86_400L;
    int n = h.size();
    long best = 0;
    long sum = 0;
    int right = 0;
    for (int left = 0; left < n; left++) {
      // A window starting at a supplemental row holds no more than one starting at the next view.
      if (h.supplemental(left) != Supplemental.NONE) {
        continue;
      }
      long limit = h.startUtc(left) + width;
      for (; right < n && h.startUtc(right) < limit; right++) {
        if (h.supplemental(right) == Supplemental.NONE) {
          sum += h.durationS(right);
        }
      }
      best = Math.max(best, sum);
      sum -= h.durationS(left);
    }
    return best;
  }

  /** Returns {@link #maxSeconds} in hours. */
  public double maxHours(History h) {
    return maxSeconds(h) / 3_600.0;
  }
}
