package io.bingescope.reid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the matching pass asks of each member, built once from the sampled targets: for every p, setting and
 * target, the attacker's points; identical point sets under one tolerance share one counter (a class). Matching
 * starts from each class's anchor, its point whose days within the tolerance the targets' traces hold least, indexed
 * by title, so that a member is checked only against the classes whose anchor it could match. Immutable, shared by every thread's
 * {@link UnicityMatcher}.
 */
public final class UnicityQueries {
  /** Above this tolerance an anchor is chosen by how many points of its title the targets hold, not by its days. */
  static final int WINDOW_BY_DAY = 31;
  final int[] points;
  final List<Setting> settings;
  final List<List<Target>> targets;
  final long[] eligible;
  final long sampledFrom;
  // classOf[pi * settings + si][target index]
  final int[][] classOf;
  // Per class: its tolerance group and its points (pointStart into pointKeys).
  final int[] classGroup;
  final int[] pointStart;
  final long[] pointKeys;
  // Per tolerance group: the tolerance and an index title -> entries (anchor day offset, class), days ascending.
  final int[] groupTolerance;
  final int[][] titleStart;
  final int[][] entryDay;
  // entryClass: where the entry's record starts in entryData: (other points << 32 | class), then the other points.
  final int[][] entryClass;
  final long[][] entryData;

  private UnicityQueries(int[] points, List<Setting> settings, List<List<Target>> targets, long[] eligible,
      long sampledFrom, int[][] classOf, int[] classGroup, int[] pointStart, long[] pointKeys, int[] groupTolerance,
      int[][] titleStart, int[][] entryDay, int[][] entryClass, long[][] entryData) {
    this.points = points;
    this.settings = settings;
    this.targets = targets;
    this.eligible = eligible;
    this.sampledFrom = sampledFrom;
    this.classOf = classOf;
    this.classGroup = classGroup;
    this.pointStart = pointStart;
    this.pointKeys = pointKeys;
    this.groupTolerance = groupTolerance;
    this.titleStart = titleStart;
    this.entryDay = entryDay;
    this.entryClass = entryClass;
    this.entryData = entryData;
  }

  /**
   * Builds the queries of the sampler's targets for every setting; {@code supports} is needed only when a setting
   * chooses rare points, {@code titles} is the catalog's size.
   */
  public static UnicityQueries of(TargetSampler sampler, List<Setting> settings, Supports supports, int titles) {
    int[] points = sampler.points();
    List<List<Target>> targets = new ArrayList<>();
    long[] eligible = new long[points.length];
    for (int i = 0; i < points.length; i++) {
      targets.add(List.copyOf(sampler.targets(i)));
      eligible[i] = sampler.eligible(i);
    }
    // How many of the targets' points lie in each (title, day) cell: the targets are a uniform sample of the
    // eligible members, so this is how often the population's members will hit a cell. A point set's anchor is
    // its point whose cells within the tolerance are held least: members are checked against the sets whose
    // anchor they hold, so a rare anchor means few checks.
    Map<Long, Integer> held = new HashMap<>();
    Map<Integer, Integer> heldTitle = new HashMap<>();
    for (List<Target> ts : targets) {
      for (Target t : ts) {
        for (long k : t.keys()) {
          held.merge(k, 1, Integer::sum);
          heldTitle.merge(Trace.title(k), 1, Integer::sum);
        }
      }
    }
    int[] tolerances = settings.stream().mapToInt(Setting::toleranceDays).distinct().toArray();
    Map<ClassKey, Integer> classes = new HashMap<>();
    List<long[]> classPoints = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int[][] classOf = new int[points.length * settings.size()][];
    for (int pi = 0; pi < points.length; pi++) {
      List<Target> ts = targets.get(pi);
      for (int si = 0; si < settings.size(); si++) {
        Setting s = settings.get(si);
        int group = indexOf(tolerances, s.toleranceDays());
        int[] of = new int[ts.size()];
        for (int ti = 0; ti < ts.size(); ti++) {
          long[] chosen = PointChoice.choose(ts.get(ti), points[pi], s.choice(), sampler.seed(), supports);
          if (s.toleranceDays() == Setting.UNKNOWN) {
            // Only the titles are known: a point is the title alone, and several points of one title are one.
            chosen = Arrays.stream(chosen).map(k -> k & ~(long) Trace.MAX_DAY_OFFSET).distinct().toArray();
          }
          ClassKey key = new ClassKey(group, chosen);
          Integer c = classes.get(key);
          if (c == null) {
            c = classPoints.size();
            classes.put(key, c);
            classPoints.add(chosen);
            groups.add(group);
          }
          of[ti] = c;
        }
        classOf[pi * settings.size() + si] = of;
      }
    }
    int n = classPoints.size();
    int[] classGroup = new int[n];
    int[] pointStart = new int[n + 1];
    for (int c = 0; c < n; c++) {
      classGroup[c] = groups.get(c);
      pointStart[c + 1] = pointStart[c] + classPoints.get(c).length;
    }
    long[] pointKeys = new long[pointStart[n]];
    for (int c = 0; c < n; c++) {
      System.arraycopy(classPoints.get(c), 0, pointKeys, pointStart[c], classPoints.get(c).length);
    }
    int g = tolerances.length;
    int[][] titleStart = new int[g][];
    int[][] entryDay = new int[g][];
    int[][] entryClass = new int[g][];
    long[][] entryData = new long[g][];
    for (int gi = 0; gi < g; gi++) {
      List<long[]> entries = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (classGroup[c] != gi) {
          continue;
        }
        int tol = tolerances[gi];
        long anchor = pointKeys[pointStart[c]];
        long best = Long.MAX_VALUE;
        for (int i = pointStart[c]; i < pointStart[c + 1]; i++) {
          long k = pointKeys[i];
          long h = 0;
          if (tol == Setting.UNKNOWN || tol > WINDOW_BY_DAY) {
            h = heldTitle.getOrDefault(Trace.title(k), 0);
          } else {
            long base = k & ~(long) Trace.MAX_DAY_OFFSET;
            int day = (int) (k & Trace.MAX_DAY_OFFSET);
            for (int d = Math.max(0, day - tol); d <= Math.min(Trace.MAX_DAY_OFFSET, day + tol); d++) {
              h += held.getOrDefault(base | d, 0);
            }
          }
          if (h < best) {
            best = h;
            anchor = k;
          }
        }
        entries.add(new long[] {anchor, c});
      }
      entries.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
      int[] start = new int[titles + 1];
      int[] day = new int[entries.size()];
      int[] cls = new int[entries.size()];
      // Each entry's class and its other points, side by side, so that checking one reads one or two cache lines.
      int size = 0;
      for (long[] e : entries) {
        int c = (int) e[1];
        size += 1 + pointStart[c + 1] - pointStart[c] - 1;
      }
      long[] data = new long[size];
      int at = 0;
      for (int e = 0; e < entries.size(); e++) {
        long k = entries.get(e)[0];
        int c = (int) entries.get(e)[1];
        start[Trace.title(k) + 1]++;
        day[e] = (int) (k & Trace.MAX_DAY_OFFSET);
        cls[e] = at;
        int others = pointStart[c + 1] - pointStart[c] - 1;
        data[at++] = (long) others << 32 | c;
        for (int i = pointStart[c]; i < pointStart[c + 1]; i++) {
          if (pointKeys[i] != k) {
            data[at++] = pointKeys[i];
          }
        }
      }
      entryData[gi] = data;
      for (int t = 0; t < titles; t++) {
        start[t + 1] += start[t];
      }
      titleStart[gi] = start;
      entryDay[gi] = day;
      entryClass[gi] = cls;
    }
    return new UnicityQueries(points, List.copyOf(settings), List.copyOf(targets), eligible, sampler.members(),
        classOf, classGroup, pointStart, pointKeys, tolerances, titleStart, entryDay, entryClass, entryData);
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    throw new AssertionError(v);
  }

  /** Returns the number of distinct point sets counted. */
  public int classes() {
    return classGroup.length;
  }

  /** Returns the p values. */
  public int[] points() {
    return points.clone();
  }

  /** Returns the settings. */
  public List<Setting> settings() {
    return settings;
  }

  /** Returns the targets of {@code points[pi]} in rank order. */
  public List<Target> targets(int pi) {
    return targets.get(pi);
  }

  /** Returns the points the attacker knows of target {@code ti} of {@code points[pi]} in setting {@code si}. */
  public long[] pointsOf(int pi, int si, int ti) {
    int c = classOf[pi * settings.size() + si][ti];
    return Arrays.copyOfRange(pointKeys, pointStart[c], pointStart[c + 1]);
  }

  /** Returns the counter (class) of target {@code ti} of {@code points[pi]} in setting {@code si}. */
  int classOf(int pi, int si, int ti) {
    return classOf[pi * settings.size() + si][ti];
  }

  private record ClassKey(int group, long[] keys) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ClassKey k && k.group == group && Arrays.equals(k.keys, keys);
    }

    @Override
    public int hashCode() {
      return 31 * group + Arrays.hashCode(keys);
    }
  }
}
