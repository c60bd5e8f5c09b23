package io.bingescope.reid;

import io.bingescope.model.History;

/**
 * Counts, for every class of {@link UnicityQueries}, the members whose trace matches all its points: one per
 * thread, fed one member at a time, its counts merged into a {@link UnicityTally}. A member's point (t, e) is looked
 * up among the anchors of title t within the tolerance; only those classes are then checked point by point against
 * the member's sorted trace. Makes no object per member.
 */
public final class UnicityMatcher {
  private final UnicityQueries q;
  private final Trace trace;
  private final UnicityTally tally;
  // The member (a running count) each class was last checked for, so that each member counts once per class.
  private final int[] checkedFor;
  private int member;

  /** Creates a matcher that reads traces with {@code trace} and counts into {@code tally}. */
  public UnicityMatcher(UnicityQueries q, Trace trace, UnicityTally tally) {
    this.q = q;
    this.trace = trace;
    this.tally = tally;
    if (tally.counts.length != q.classes()) {
      throw new IllegalArgumentException("tally of other queries");
    }
    checkedFor = new int[q.classes()];
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
    if (++member == 0) {
      java.util.Arrays.fill(checkedFor, 0);
      member = 1;
    }
    for (int g = 0; g < q.groupTolerance.length; g++) {
      int tol = q.groupTolerance[g];
      int[] start = q.titleStart[g];
      int[] days = q.entryDay[g];
      int[] cls = q.entryClass[g];
      int lastTitle = -1;
      for (int i = 0; i < t.size(); i++) {
        long k = t.key(i);
        int title = Trace.title(k);
        int from = start[title];
        int to = start[title + 1];
        if (from == to) {
          continue;
        }
        int e;
        if (tol == Setting.UNKNOWN) {
          if (title == lastTitle) {
            continue;
          }
          lastTitle = title;
          e = 0;
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
          e = day;
        }
        int hi = tol == Setting.UNKNOWN ? 0 : e + tol;
        for (int x = from; x < to && days[x] <= hi; x++) {
          int c = cls[x];
          if (checkedFor[c] == member) {
            continue;
          }
          checkedFor[c] = member;
          if (holdsAll(t, c, tol)) {
            tally.counts[c]++;
          }
        }
      }
    }
  }

  private boolean holdsAll(Trace t, int c, int tol) {
    for (int i = q.pointStart[c]; i < q.pointStart[c + 1]; i++) {
      long k = q.pointKeys[i];
      long titleBase = k & ~(long) Trace.MAX_DAY_OFFSET;
      long from;
      long to;
      if (tol == Setting.UNKNOWN) {
        from = titleBase;
        to = titleBase | Trace.MAX_DAY_OFFSET;
      } else {
        int day = (int) (k & Trace.MAX_DAY_OFFSET);
        from = titleBase | Math.max(0, day - tol);
        to = titleBase | Math.min(Trace.MAX_DAY_OFFSET, day + tol);
      }
      if (!t.containsBetween(from, to)) {
        return false;
      }
    }
    return true;
  }
}
