package io.bingescope.reid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnicityTest {
  private static final List<Setting> ALL_SETTINGS = settings(new int[] {0, 2, Setting.UNKNOWN});

  private static List<Setting> settings(int[] tolerances) {
    List<Setting> s = new ArrayList<>();
    for (Choice c : Choice.values()) {
      for (int t : tolerances) {
        s.add(new Setting(c, t));
      }
    }
    return s;
  }

  /** The two passes over an in-memory population, split over {@code parts} samplers and matchers merged. */
  static Run run(List<History> pop, Catalog c, long seed, int[] points, int targets, List<Setting> settings,
      int parts) {
    TargetSampler sampler = new TargetSampler(seed, points, targets);
    Supports supports = new Supports(c.size());
    for (int part = 0; part < parts; part++) {
      TargetSampler s = new TargetSampler(seed, points, targets);
      Supports su = new Supports(c.size());
      Trace trace = ReidWorld.trace(c);
      for (int m = part; m < pop.size(); m += parts) {
        trace.read(pop.get(m));
        s.offer(pop.get(m), trace);
        su.add(trace);
      }
      sampler.merge(s);
      supports.merge(su);
    }
    UnicityQueries q = UnicityQueries.of(sampler, settings, supports, c.size());
    UnicityTally tally = new UnicityTally(q);
    for (int part = 0; part < parts; part++) {
      UnicityTally t = new UnicityTally(q);
      UnicityMatcher matcher = new UnicityMatcher(q, ReidWorld.trace(c), t);
      for (int m = pop.size() - 1 - part; m >= 0; m -= parts) {
        matcher.accept(pop.get(m));
      }
      tally.merge(t);
    }
    return new Run(q, tally, supports);
  }

  record Run(UnicityQueries q, UnicityTally tally, Supports supports) {}

  // The reference: every member's points as a plain list, the targets by sorting every eligible member by rank,
  // each anonymity set by checking every member against every point.
  private static long[][] referenceTraces(List<History> pop, Catalog c) {
    long[][] traces = new long[pop.size()][];
    for (int m = 0; m < pop.size(); m++) {
      History h = pop.get(m);
      List<Long> keys = new ArrayList<>();
      for (int i = 0; i < h.size(); i++) {
        boolean qualifies = h.supplemental(i) == io.bingescope.model.Supplemental.NONE
            && h.durationS(i) >= Math.ceil(0.7 * c.title(h.title(i)).runtimeS() - 1e-7);
        long key = Trace.key(h.title(i), h.localDay(i));
        if (qualifies && !keys.contains(key)) {
          keys.add(key);
        }
      }
      traces[m] = keys.stream().mapToLong(Long::longValue).sorted().toArray();
    }
    return traces;
  }

  private static long referenceSetSize(long[][] traces, long[] points, int tol) {
    long n = 0;
    for (long[] trace : traces) {
      boolean all = true;
      for (long p : points) {
        boolean found = false;
        for (long k : trace) {
          found |= Trace.title(k) == Trace.title(p)
              && (tol == Setting.UNKNOWN || Math.abs(Trace.day(k) - Trace.day(p)) <= tol);
        }
        all &= found;
      }
      n += all ? 1 : 0;
    }
    return n;
  }

  @Test
  void setSizes_matchBruteForce_onSeededRandomPopulations() {
    for (long seed = 1; seed <= 30; seed++) {
      int members = 50 + (int) (seed * 37 % 400);
      Catalog c = ReidWorld.catalog(5 + (int) (seed % 7) * 8);
      List<History> pop = ReidWorld.population(members, c.size(), 3 + (int) (seed % 5) * 9, 25, seed);
      int[] points = {1, 2, 3, 5};
      Run r = run(pop, c, seed * 7919, points, 40, ALL_SETTINGS, 1 + (int) (seed % 3));
      long[][] traces = referenceTraces(pop, c);
      for (int pi = 0; pi < points.length; pi++) {
        int p = points[pi];
        long rankSeed = seed * 7919;
        List<Integer> eligible = new ArrayList<>();
        for (int m = 0; m < members; m++) {
          if (traces[m].length >= p) {
            eligible.add(m);
          }
        }
        eligible.sort(Comparator.comparingLong((Integer m) -> Ranks.rank(rankSeed, m) ^ Long.MIN_VALUE));
        List<Integer> want = eligible.subList(0, Math.min(40, eligible.size()));
        List<Target> got = r.q().targets(pi);
        assertEquals(want, got.stream().map(Target::memberId).toList(), "targets of p=" + p + ", seed " + seed);
        for (int si = 0; si < ALL_SETTINGS.size(); si++) {
          long[] sizes = UnicityResults.setSizes(r.q(), r.tally(), pi, si);
          for (int ti = 0; ti < got.size(); ti++) {
            long[] pts = r.q().pointsOf(pi, si, ti);
            assertEquals(referenceSetSize(traces, pts, ALL_SETTINGS.get(si).toleranceDays()), sizes[ti],
                "seed " + seed + " p=" + p + " " + ALL_SETTINGS.get(si) + " target " + got.get(ti).memberId());
          }
        }
      }
      assertEquals(members, r.tally().members());
    }
  }

  @Test
  void chosenPoints_areTheTargetsOwn_randomRecentAndRare() {
    Catalog c = ReidWorld.catalog(30);
    List<History> pop = ReidWorld.population(300, c.size(), 20, 30, 5);
    Run r = run(pop, c, 11, new int[] {1, 3, 6}, 30, ALL_SETTINGS, 1);
    for (int pi = 0; pi < 3; pi++) {
      int p = r.q().points()[pi];
      for (Target t : r.q().targets(pi)) {
        long[] random = PointChoice.choose(t, p, Choice.RANDOM, 11, null);
        assertEquals(p, Arrays.stream(random).distinct().count());
        assertTrue(Arrays.stream(random).allMatch(k -> Arrays.binarySearch(t.keys(), k) >= 0));
        long[] recent = PointChoice.choose(t, p, Choice.RECENT, 11, null);
        long[] last = Arrays.copyOfRange(t.byLastView(), t.keys().length - p, t.keys().length);
        Arrays.sort(last);
        assertArrayEquals(last, recent);
        // Rare: no title left out is rarer than a title taken (one point per title while titles last).
        long[] rare = PointChoice.choose(t, p, Choice.RARE, 11, r.supports());
        long worstTaken = Arrays.stream(rare).map(k -> r.supports().of(Trace.title(k))).max().orElseThrow();
        for (long k : t.keys()) {
          boolean taken = Arrays.stream(rare).anyMatch(x -> Trace.title(x) == Trace.title(k));
          assertTrue(taken || r.supports().of(Trace.title(k)) >= worstTaken, "rare points of " + t.memberId());
        }
      }
    }
  }

  @Test
  void recentPoints_areTheLastViewed_byTime() {
    Catalog c = ReidWorld.catalog(5);
    History h = new History().reset(0);
    ReidWorld.view(h, 0, 3, 0);
    ReidWorld.view(h, 1, 1, 0);
    ReidWorld.view(h, 2, 3, 90);
    ReidWorld.view(h, 1, 1, 120);
    h.sort();
    Trace trace = ReidWorld.trace(c).read(h);
    long[] order = Trace.byLastView(h, trace);
    assertArrayEquals(new long[] {Trace.key(1, ReidWorld.DAY0 + 1), Trace.key(0, ReidWorld.DAY0 + 3),
        Trace.key(2, ReidWorld.DAY0 + 3)}, order);
  }

  @Test
  void handMadePopulation_givesTheKnownSets() {
    // A watched film 1 on day 1 and film 2 on day 2; B film 1 on day 1; C film 2 on day 5; D nothing.
    Catalog c = ReidWorld.catalog(4);
    List<History> pop = new ArrayList<>();
    History a = new History().reset(0);
    ReidWorld.view(a, 1, 1, 0);
    ReidWorld.view(a, 2, 2, 0);
    History b = new History().reset(1);
    ReidWorld.view(b, 1, 1, 0);
    History cc = new History().reset(2);
    ReidWorld.view(cc, 2, 5, 0);
    pop.addAll(List.of(a, b, cc, new History().reset(3)));
    List<Setting> s = List.of(new Setting(Choice.RECENT, 0), new Setting(Choice.RECENT, 3),
        new Setting(Choice.RECENT, Setting.UNKNOWN));
    Run r = run(pop, c, 1, new int[] {1, 2}, 10, s, 1);
    // p=1: A, B and C are targets (D has no point); p=2: A alone.
    assertEquals(List.of(0, 1, 2), r.q().targets(0).stream().map(Target::memberId).sorted().toList());
    assertEquals(List.of(0), r.q().targets(1).stream().map(Target::memberId).toList());
    int ai = indexOf(r.q().targets(0), 0);
    // A's last point is film 2 on day 2: exact -> A alone; +-3 days -> A and C; title only -> A and C.
    assertEquals(1, UnicityResults.setSizes(r.q(), r.tally(), 0, 0)[ai]);
    assertEquals(2, UnicityResults.setSizes(r.q(), r.tally(), 0, 1)[ai]);
    assertEquals(2, UnicityResults.setSizes(r.q(), r.tally(), 0, 2)[ai]);
    // B's point (film 1, day 1) is A's too.
    assertEquals(2, UnicityResults.setSizes(r.q(), r.tally(), 0, 0)[indexOf(r.q().targets(0), 1)]);
    // p=2: A alone in every setting.
    for (int si = 0; si < 3; si++) {
      assertEquals(1, UnicityResults.setSizes(r.q(), r.tally(), 1, si)[0]);
    }
    List<UnicityRow> rows = UnicityResults.of(r.q(), r.tally());
    UnicityRow exact1 = rows.get(0);
    assertEquals(3, exact1.targets());
    assertEquals(2, exact1.unique()); // A and C alone, B not
    assertEquals(4, exact1.population());
    assertEquals(3, exact1.eligible());
    assertEquals(4.0 / 3, exact1.meanSetSize(), 1e-12);
    assertEquals(1, exact1.medianSetSize());
  }

  private static int indexOf(List<Target> ts, int member) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).memberId() == member) {
        return i;
      }
    }
    throw new AssertionError(member);
  }

  @Test
  void mergedSamplersAndMatchers_giveTheSameResults_inAnyOrder() {
    Catalog c = ReidWorld.catalog(25);
    List<History> pop = ReidWorld.population(500, c.size(), 15, 20, 9);
    Run one = run(pop, c, 3, new int[] {1, 4}, 60, ALL_SETTINGS, 1);
    Run three = run(pop, c, 3, new int[] {1, 4}, 60, ALL_SETTINGS, 3);
    assertEquals(UnicityResults.of(one.q(), one.tally()), UnicityResults.of(three.q(), three.tally()));
  }

  /**
   * For p = 1, random points and exact dates the population's unicity is known exactly: the mean over members with
   * a point of the share of their points no one else has. Over 200 seeded repetitions (each a fresh sample of 300
   * targets of 4,000 members and fresh points) the Wilson 95% interval should cover it about 95% of the time.
   * The count of covering repetitions is Binomial(200, 0.95) if the interval is right (slightly more: the targets
   * are drawn without replacement); the test fails below 180 or above 199: false-alarm rate about 0.2%.
   */
  @Test
  void wilsonInterval_coversExactP1Unicity_about95PercentOfRepetitions_falseAlarm0_2Percent() {
    Catalog c = ReidWorld.catalog(500);
    List<History> pop = ReidWorld.population(4_000, c.size(), 40, 12, 2024);
    long[][] traces = referenceTraces(pop, c);
    java.util.Map<Long, Integer> holders = new java.util.HashMap<>();
    for (long[] t : traces) {
      for (long k : t) {
        holders.merge(k, 1, Integer::sum);
      }
    }
    double sum = 0;
    int eligible = 0;
    for (long[] t : traces) {
      if (t.length == 0) {
        continue;
      }
      eligible++;
      int alone = 0;
      for (long k : t) {
        alone += holders.get(k) == 1 ? 1 : 0;
      }
      sum += (double) alone / t.length;
    }
    double exact = sum / eligible;
    assertTrue(exact > 0.2 && exact < 0.8, "a population whose unicity is neither near 0 nor 1: " + exact);
    int covered = 0;
    for (int rep = 0; rep < 200; rep++) {
      Run r = run(pop, c, 1_000 + rep, new int[] {1}, 300, List.of(new Setting(Choice.RANDOM, 0)), 1);
      UnicityRow row = UnicityResults.of(r.q(), r.tally()).get(0);
      covered += row.low() <= exact && exact <= row.high() ? 1 : 0;
    }
    assertTrue(covered >= 180 && covered <= 199,
        "covered " + covered + " of 200 (expected about 190; false-alarm rate about 0.2%), exact " + exact);
  }

  @Test
  void wilson_matchesKnownValues() {
    // Wilson (1927) for 8 of 10 at z = 1.96: 0.4902 .. 0.9433 (standard tables).
    double[] ci = Wilson.interval(8, 10, Wilson.Z95);
    assertEquals(0.4902, ci[0], 1e-4);
    assertEquals(0.9433, ci[1], 1e-4);
    double[] zero = Wilson.interval(0, 50, Wilson.Z95);
    assertEquals(0, zero[0], 1e-12);
    assertEquals(0.0714, zero[1], 1e-4);
  }
}
