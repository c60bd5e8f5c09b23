package io.bingescope.reid;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.Thresholds;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.util.Arrays;

/**
 * One member's trace: the distinct (title, local day) points of its qualifying views, as sorted keys. A key is the
 * title shifted left by {@link #DAY_BITS} with the local day's offset from {@link History#MIN_LOCAL_DAY} below, so
 * that the points of one title are adjacent and in day order. One per thread, reused from member to member: reading
 * a history makes no object unless it holds more points than ever before.
 */
public final class Trace {
  /** Bits of a key that hold the day. */
  public static final int DAY_BITS = 17;
  /** The largest day offset a key holds. */
  public static final int MAX_DAY_OFFSET = (1 << DAY_BITS) - 1;

  private final int[] minSeconds;
  private long[] keys = new long[256];
  private int size;
  private int memberId;

  /** Creates a reader of traces for the catalog, whose views qualify at the level with the thresholds. */
  public Trace(Catalog catalog, Level level, Thresholds thresholds) {
    minSeconds = new int[catalog.size()];
    for (int t = 0; t < minSeconds.length; t++) {
      minSeconds[t] = level.minSeconds(catalog.title(t).runtimeS(), thresholds);
    }
  }

  /** Returns the key of a point. */
  public static long key(int title, long localDay) {
    return (long) title << DAY_BITS | (localDay - History.MIN_LOCAL_DAY);
  }

  /** Returns the title of a key. */
  public static int title(long key) {
    return (int) (key >>> DAY_BITS);
  }

  /** Returns the local day (epoch day) of a key. */
  public static long day(long key) {
    return (key & MAX_DAY_OFFSET) + History.MIN_LOCAL_DAY;
  }

  /** Returns whether view {@code i} of the history qualifies. */
  public boolean qualifies(History h, int i) {
    long play = h.play(i);
    return !History.isSupplementalOf(play)
        && History.durationOf(play) >= minSeconds[History.titleOf(h.what(i))];
  }

  /** Reads the history's points, replacing the previous member's; returns this. */
  public Trace read(History h) {
    memberId = h.memberId();
    int n = 0;
    for (int i = 0; i < h.size(); i++) {
      long play = h.play(i);
      long what = h.what(i);
      int title = History.titleOf(what);
      if (History.isSupplementalOf(play) || History.durationOf(play) < minSeconds[title]) {
        continue;
      }
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
      }
      keys[n++] = key(title, History.localDayOf(what));
    }
    Arrays.sort(keys, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || keys[i] != keys[d - 1]) {
        keys[d++] = keys[i];
      }
    }
    size = d;
    return this;
  }

  /**
   * Removes the points a release misses: each point independently with probability {@code share}, by a hash of
   * (seed, member, point), so that every pass drops the same ones; returns this.
   */
  public Trace drop(long seed, double share) {
    if (share <= 0) {
      return this;
    }
    long salt = Ranks.mix(seed ^ 0xD20F_5EEDL) + memberId;
    int d = 0;
    for (int i = 0; i < size; i++) {
      long u = Ranks.mix(Ranks.mix(salt) ^ keys[i]) >>> 11;
      if (u * 0x1.0p-53 >= share) {
        keys[d++] = keys[i];
      }
    }
    size = d;
    return this;
  }

  /** Returns the member whose trace this is. */
  public int memberId() {
    return memberId;
  }

  /** Returns the number of distinct points. */
  public int size() {
    return size;
  }

  /** Returns point {@code i} in key order. */
  public long key(int i) {
    return keys[i];
  }

  /** Returns a copy of the points in key order. */
  public long[] toArray() {
    return Arrays.copyOf(keys, size);
  }

  /** Returns whether the trace has a point of the title within {@code [fromKey, toKey]} (keys of one title). */
  public boolean containsBetween(long fromKey, long toKey) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < fromKey) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < size && keys[lo] <= toKey;
  }

  /**
   * Returns the points in order of their last view (the last point is the one viewed last), for choosing the
   * recent ones.
   */
  public static long[] byLastView(History h, Trace trace) {
    long[] out = new long[trace.size];
    boolean[] taken = new boolean[trace.size];
    int n = trace.size;
    for (int i = h.size() - 1; i >= 0 && n > 0; i--) {
      if (!trace.qualifies(h, i)) {
        continue;
      }
      long what = h.what(i);
      int at = Arrays.binarySearch(trace.keys, 0, trace.size,
          key(History.titleOf(what), History.localDayOf(what)));
      if (!taken[at]) {
        taken[at] = true;
        out[--n] = trace.keys[at];
      }
    }
    return out;
  }
}
