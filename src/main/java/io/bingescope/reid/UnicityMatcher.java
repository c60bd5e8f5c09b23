package io.bingescope.reid;

import io.bingescope.model.History;

/**
 * Counts, for every class of {@link UnicityQueries}, the members whose trace matches all its points: one per
 * thread, fed one member at a time, its counts merged into a {@link UnicityTally}. A member's point (t, e) is looked
 * up among the anchors of title t within the tolerance; only those classes are then checked point by point against
 * the member's points (a small hash set for exact dates, a binary search in the sorted trace otherwise). Makes no
 * object per member.
 */
public final class UnicityMatcher {
  private final UnicityQueries q;
  private final Trace trace;
  private final UnicityTally tally;
  // The member (a running count) each class was last counted for under a tolerance of days, so that it counts once.
  private final int[] countedFor;
  private int member;
  // The member's points as an open-addressing set (key + 1; 0 is empty), built on the first exact-date check.
  private long[] set = new long[128];
  private int setMask = 127;
  private boolean setBuilt;

  /** Creates a matcher that reads traces with {@code trace} and counts into {@code tally}. */
  public UnicityMatcher(UnicityQueries q, Trace trace, UnicityTally tally) {
    this.q = q;
    this.trace = trace;
    this.tally = tally;
    if (tally.counts.length != q.classes()) {
      throw new IllegalArgumentException("tally of other queries");
    }
    countedFor = new int[q.classes()];
  }

  /** Returns the tally counted into. */
  public UnicityTally tally() {
    return tally;
  }

  /** Reads one member's history and counts it. */
  public void accept(History h) {
    match(trace.read(h));
  }

  /** Counts one member whose trace has been read. */
  public void match(Trace t) {
    tally.members++;
    if (t.size() == 0) {
      return;
    }
    setBuilt = false;
    if (++member == 0) {
      java.util.Arrays.fill(countedFor, 0);
      member = 1;
    }
    for (int g = 0; g < q.groupTolerance.length; g++) {
      int tol = q.groupTolerance[g];
      int[] start = q.titleStart[g];
      int[] days = q.entryDay[g];
      int[] at = q.entryClass[g];
      long[] data = q.entryData[g];
      int lastTitle = -1;
      for (int i = 0; i < t.size(); i++) {
        long k = t.key(i);
        int title = Trace.title(k);
        int from = start[title];
        int to = start[title + 1];
        if (from == to) {
          continue;
        }
        int hi;
        if (tol == Setting.UNKNOWN) {
          // Every anchor of the title, once per member.
          if (title == lastTitle) {
            continue;
          }
          lastTitle = title;
          hi = 0;
        } else {
          // The anchors of the title whose day lies within the tolerance of the member's day.
          int day = (int) (k & Trace.MAX_DAY_OFFSET);
          int lo = day - tol;
          int lower = from;
          int upper = to;
          while (lower < upper) {
            int mid = (lower + upper) >>> 1;
            if (days[mid] < lo) {
              lower = mid + 1;
            } else {
              upper = mid;
            }
          }
          from = lower;
          hi = day + tol;
        }
        for (int x = from; x < to && days[x] <= hi; x++) {
          int e = at[x];
          long head = data[e];
          int others = (int) (head >>> 32);
          if (others == 0 || holdsAll(t, data, e + 1, others, tol)) {
            count((int) head, tol);
          }
        }
      }
    }
  }

  /**
   * Counts a matched class once per member: with an exact date each anchor cell is met by at most one point of the
   * member, and with an unknown date each title is looked up once; only a tolerance of days can meet an anchor
   * through several of the member's points.
   */
  private void count(int c, int tol) {
    if (tol > 0) {
      if (countedFor[c] == member) {
        return;
      }
      countedFor[c] = member;
    }
    tally.counts[c]++;
  }

  private boolean holdsAll(Trace t, long[] data, int from, int n, int tol) {
    if (tol == 0) {
      if (!setBuilt) {
        buildSet(t);
      }
      for (int i = from; i < from + n; i++) {
        if (!inSet(data[i])) {
          return false;
        }
      }
      return true;
    }
    for (int i = from; i < from + n; i++) {
      long k = data[i];
      long titleBase = k & ~(long) Trace.MAX_DAY_OFFSET;
      long lo;
      long hi;
      if (tol == Setting.UNKNOWN) {
        lo = titleBase;
        hi = titleBase | Trace.MAX_DAY_OFFSET;
      } else {
        int day = (int) (k & Trace.MAX_DAY_OFFSET);
        lo = titleBase | Math.max(0, day - tol);
        hi = titleBase | Math.min(Trace.MAX_DAY_OFFSET, day + tol);
      }
      if (!t.containsBetween(lo, hi)) {
        return false;
      }
    }
    return true;
  }

  private void buildSet(Trace t) {
    int capacity = Integer.highestOneBit(Math.max(64, t.size() * 4 - 1)) << 1;
    if (capacity > set.length) {
      set = new long[capacity];
    } else {
      java.util.Arrays.fill(set, 0, capacity, 0L);
    }
    setMask = capacity - 1;
    for (int i = 0; i < t.size(); i++) {
      long k = t.key(i) + 1;
      int at = slot(k);
      while (set[at] != 0) {
        at = (at + 1) & setMask;
      }
      set[at] = k;
    }
    setBuilt = true;
  }

  private boolean inSet(long key) {
    long k = key + 1;
    for (int at = slot(k); ; at = (at + 1) & setMask) {
      long v = set[at];
      if (v == k) {
        return true;
      }
      if (v == 0) {
        return false;
      }
    }
  }

  private int slot(long k) {
    return (int) ((k * 0x9E37_79B9_7F4A_7C15L) >>> 40) & setMask;
  }
}
