package io.bingescope.reid;

import java.util.Arrays;

/**
 * Makes auxiliary records from targets' true histories with the noise a researcher sets, and decoys drawn from no
 * member. Deterministic given the seed, the member and the setting.
 */
public final class AuxMaker {
  private final long seed;
  private final Supports supports;
  private final double wrongShare;
  // Titles by support, for drawing plausible wrong items and decoys: cumulative supports over titles.
  private final long[] cumulative;

  /** Creates a maker; {@code supports} weights the titles drawn for wrong items and decoys. */
  public AuxMaker(long seed, Supports supports, double wrongShare) {
    if (!(wrongShare >= 0 && wrongShare <= 1)) {
      throw new IllegalArgumentException("wrong share out of [0, 1]: " + wrongShare);
    }
    this.seed = seed;
    this.supports = supports;
    this.wrongShare = wrongShare;
    cumulative = new long[supports.titles()];
    long sum = 0;
    for (int t = 0; t < cumulative.length; t++) {
      sum += supports.of(t);
      cumulative[t] = sum;
    }
  }

  /**
   * Returns the record of a target: {@code size} distinct titles it watched (all, if fewer), drawn at random, each
   * on one of its days for that title, moved by a uniform whole number of days in [-noise, +noise]; then
   * round(size x wrong share) of the items replaced by titles it never watched (drawn by support), on a day of
   * the period.
   */
  public AuxRecord fromTarget(Target t, int size, int noiseDays) {
    long state = Ranks.mix(Ranks.mix(seed ^ 0xA0C5_1DL) + t.memberId()) ^ ((long) size << 32) ^ noiseDays;
    long[] keys = t.keys();
    // The target's distinct titles, each with the index range of its points.
    int[] titleStart = new int[keys.length + 1];
    int titles = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || Trace.title(keys[i]) != Trace.title(keys[i - 1])) {
        titleStart[titles++] = i;
      }
    }
    titleStart[titles] = keys.length;
    int n = Math.min(size, titles);
    int[] order = new int[titles];
    for (int i = 0; i < titles; i++) {
      order[i] = i;
    }
    int[] outTitles = new int[n];
    long[] outDays = new long[n];
    for (int i = 0; i < n; i++) {
      state += 0x9E37_79B9_7F4A_7C15L;
      int j = i + (int) Long.remainderUnsigned(Ranks.mix(state), titles - i);
      int x = order[i];
      order[i] = order[j];
      order[j] = x;
      int ti = order[i];
      int from = titleStart[ti];
      int count = titleStart[ti + 1] - from;
      state += 0x9E37_79B9_7F4A_7C15L;
      long key = keys[from + (int) Long.remainderUnsigned(Ranks.mix(state), count)];
      state += 0x9E37_79B9_7F4A_7C15L;
      long shift = noiseDays == 0 ? 0 : Long.remainderUnsigned(Ranks.mix(state), 2L * noiseDays + 1) - noiseDays;
      outTitles[i] = Trace.title(key);
      outDays[i] = Trace.day(key) + shift;
    }
    int wrong = (int) Math.round(n * wrongShare);
    for (int i = 0; i < wrong; i++) {
      state += 0x9E37_79B9_7F4A_7C15L;
      int title = drawTitle(state, keys, outTitles);
      if (title < 0) {
        break;
      }
      outTitles[i] = title;
      state += 0x9E37_79B9_7F4A_7C15L;
      outDays[i] = dayOfPeriod(state);
    }
    return new AuxRecord(Integer.toString(t.memberId()), t.memberId(), size, noiseDays, outTitles, outDays);
  }

  /** Returns a decoy: {@code size} distinct titles drawn by support, each on a uniform day of the period. */
  public AuxRecord decoy(int index, int size) {
    long state = Ranks.mix(Ranks.mix(seed ^ 0xDEC0_1L) + index) ^ ((long) size << 32);
    int[] titles = new int[size];
    long[] days = new long[size];
    int n = 0;
    for (int tries = 0; n < size && tries < 100 * size; tries++) {
      state += 0x9E37_79B9_7F4A_7C15L;
      int title = drawTitle(state, new long[0], Arrays.copyOf(titles, n));
      if (title < 0) {
        break;
      }
      titles[n] = title;
      state += 0x9E37_79B9_7F4A_7C15L;
      days[n++] = dayOfPeriod(state);
    }
    return new AuxRecord("decoy-" + index, -1, size, 0, Arrays.copyOf(titles, n), Arrays.copyOf(days, n));
  }

  /** Draws a title by support that is neither among {@code keys}' titles nor in {@code taken}; -1 if none found. */
  private int drawTitle(long state, long[] keys, int[] taken) {
    long total = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    if (total == 0) {
      return -1;
    }
    for (int tries = 0; tries < 1_000; tries++) {
      state += 0x9E37_79B9_7F4A_7C15L;
      long u = Long.remainderUnsigned(Ranks.mix(state), total);
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] <= u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int title = lo;
      boolean watched = false;
      for (long k : keys) {
        watched |= Trace.title(k) == title;
      }
      for (int t : taken) {
        watched |= t == title;
      }
      if (!watched) {
        return title;
      }
    }
    return -1;
  }

  private long dayOfPeriod(long state) {
    long first = supports.firstDay();
    long last = supports.lastDay();
    return first + Long.remainderUnsigned(Ranks.mix(state), last - first + 1);
  }
}
