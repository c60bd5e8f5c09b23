package io.bingescope.reid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the merged tally of a matching pass into one {@link UnicityRow} per p and setting. */
public final class UnicityResults {
  private UnicityResults() {}

  /**
   * Returns the rows, p by p and setting by setting.
   *
   * @throws IllegalStateException if a target did not match its own points (a bug: the pass did not see it)
   */
  public static List<UnicityRow> of(UnicityQueries q, UnicityTally tally) {
    List<UnicityRow> rows = new ArrayList<>();
    for (int pi = 0; pi < q.points.length; pi++) {
      List<Target> ts = q.targets(pi);
      for (int si = 0; si < q.settings.size(); si++) {
        long[] sizes = setSizes(q, tally, pi, si);
        int unique = 0;
        double sum = 0;
        for (long s : sizes) {
          unique += s == 1 ? 1 : 0;
          sum += s;
        }
        Arrays.sort(sizes);
        double[] ci = Wilson.interval(unique, ts.size(), Wilson.Z95);
        rows.add(new UnicityRow(q.points[pi], q.settings.get(si), tally.members, q.sampledFrom, q.eligible[pi],
            ts.size(), unique, ci[0], ci[1], ts.isEmpty() ? Double.NaN : sum / ts.size(),
            ts.isEmpty() ? 0 : sizes[(sizes.length - 1) / 2]));
      }
    }
    return rows;
  }

  /** Returns the anonymity set size of each target of {@code points[pi]} in setting {@code si}, in rank order. */
  public static long[] setSizes(UnicityQueries q, UnicityTally tally, int pi, int si) {
    List<Target> ts = q.targets(pi);
    long[] sizes = new long[ts.size()];
    for (int ti = 0; ti < ts.size(); ti++) {
      sizes[ti] = tally.counts[q.classOf(pi, si, ti)];
      if (sizes[ti] < 1) {
        throw new IllegalStateException("target " + ts.get(ti).memberId() + " did not match its own points");
      }
    }
    return sizes;
  }
}
