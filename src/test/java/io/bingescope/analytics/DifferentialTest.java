package io.bingescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Vocabulary;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.SimWorlds;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fast versus reference on seeded random histories: simulated members over the autumn DST changes,
 * and histories built to hit the edges (views across midnight and DST changes, interleaved
 * profiles, rewatches, supplemental rows, durations exactly at the thresholds, gaps exactly at the
 * sitting limit, devices in several zones), and views of a day or more against night and working
 * hours reaching midnight.
 */
class DifferentialTest {
  private static final int SIMULATED_MEMBERS = 300;
  private static final int BUILT_HISTORIES = 200;

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void fastMatchesReference_onSimulatedHistories(long seed) {
    World world = SimWorlds.dst(SIMULATED_MEMBERS, seed);
    MemberGenerator generator = new MemberGenerator(world);
    LocalDate first = world.scenario().period().start();
    LocalDate last = world.scenario().period().end();
    SplittableRandom random = new SplittableRandom(seed);
    MemberMetrics metrics = new MemberMetrics();
    for (int m = 0; m < SIMULATED_MEMBERS; m++) {
      History h = generator.generate(m);
      check(h, world.catalog(), world.vocabulary(), first, last, metrics, random);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void fastMatchesReference_onHistoriesBuiltAtTheEdges(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> zones =
        List.of("America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata");
    // DST changes in New York and London, and the Office and Dark release days.
    List<LocalDate> bases =
        List.of(
            LocalDate.of(2017, 3, 12), LocalDate.of(2017, 3, 26), LocalDate.of(2017, 10, 29),
            LocalDate.of(2017, 11, 5), Fixture.OFFICE_S2_RELEASE, Fixture.DARK_RELEASE);
    checkBuilt(random, bases, zones, false);
  }

  @ParameterizedTest
  @ValueSource(longs = {6, 7, 8})
  void fastMatchesReference_onViewsOfDaysAndSpansReachingMidnight(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> zones = List.of("America/New_York", "Europe/London", "Asia/Kolkata");
    // A Friday and a Sunday: views running into the weekend and out of it.
    List<LocalDate> bases = List.of(LocalDate.of(2017, 11, 3), LocalDate.of(2017, 11, 5));
    checkBuilt(random, bases, zones, true);
  }

  private static void checkBuilt(
      SplittableRandom random, List<LocalDate> bases, List<String> zones, boolean longViews) {
    // The episodes window has a path for members who never rewatch an episode: both must be hit.
    int[] rewatching = new int[2];
    for (int n = 0; n < BUILT_HISTORIES; n++) {
      LocalDate base = bases.get(random.nextInt(bases.size()));
      String home = zones.get(random.nextInt(zones.size()));
      MetricOptions options = longViews ? spanOptions(random) : randomOptions(random);
      Fixture.Views views = new Fixture.Views(n).in(home);
      build(views, base, home, zones, options, random, longViews);
      History h = views.history();
      check(h, Fixture.CATALOG, views.vocabulary(), base.minusDays(3), base.plusDays(3),
          new MemberMetrics(options), random);
      rewatching[rewatchesAnEpisode(h, Fixture.CATALOG, options) ? 1 : 0]++;
    }
    assertThat(rewatching[0]).as("histories without an episode rewatched")
        .isGreaterThanOrEqualTo(BUILT_HISTORIES / 10);
    assertThat(rewatching[1]).as("histories with an episode rewatched")
        .isGreaterThanOrEqualTo(BUILT_HISTORIES / 10);
  }

  private static boolean rewatchesAnEpisode(History h, Catalog c, MetricOptions o) {
    BitSet seen = new BitSet();
    for (int i = 0; i < h.size(); i++) {
      int t = h.title(i);
      if (c.title(t).seriesIndex() >= 0 && o.level().qualifies(h, i, c, o.thresholds())) {
        if (seen.get(t)) {
          return true;
        }
        seen.set(t);
      }
    }
    return false;
  }

  private static void build(
      Fixture.Views views,
      LocalDate base,
      String home,
      List<String> zones,
      MetricOptions o,
      SplittableRandom random,
      boolean longViews) {
    Catalog c = Fixture.CATALOG;
    int count = random.nextInt(60);
    long[] lastEnd = new long[4];
    int[] lastTitle = new int[4];
    LocalTime[] edges = {
      LocalTime.of(23, 50), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), LocalTime.of(4, 59, 59),
      LocalTime.of(5, 0), LocalTime.of(1, 30), LocalTime.of(2, 30), LocalTime.of(8, 59, 30),
      LocalTime.of(16, 30), LocalTime.of(20, 0)
    };
    for (int v = 0; v < count; v++) {
      int profile = random.nextInt(4);
      views.in(random.nextInt(5) == 0 ? zones.get(random.nextInt(zones.size())) : home);
      boolean rewatch = lastEnd[profile] != 0 && random.nextInt(4) == 0;
      int title = rewatch ? lastTitle[profile] : random.nextInt(c.size());
      int runtime = c.title(title).runtimeS();
      int duration =
          longViews && random.nextInt(3) == 0
              ? longDuration(random)
              : randomDuration(runtime, o, random);
      // Every kind of supplemental row: the fast pass reads the flags, not the enum.
      int extra = random.nextInt(10 * (Supplemental.values().length - 1));
      Supplemental kind =
          extra < Supplemental.values().length - 1
              ? Supplemental.values()[1 + extra]
              : Supplemental.NONE;
      if (lastEnd[profile] != 0 && random.nextBoolean()) {
        int[] gaps = {0, o.sittingGapS() - 1, o.sittingGapS(), o.sittingGapS() + 1, -600, 7_200};
        long start = lastEnd[profile] + gaps[random.nextInt(gaps.length)];
        views.addUtc(profile, title, start, duration, kind);
        lastEnd[profile] = start + duration;
      } else {
        LocalDate day = base.plusDays(random.nextInt(-4, 5));
        LocalTime time =
            random.nextBoolean()
                ? edges[random.nextInt(edges.length)]
                : LocalTime.ofSecondOfDay(random.nextInt(86_400));
        views.add(profile, title, day.atTime(time), duration, kind);
        lastEnd[profile] = views.lastStartUtc() + duration;
      }
      lastTitle[profile] = title;
    }
  }

  private static int randomDuration(int runtime, MetricOptions o, SplittableRandom random) {
    int[] choices = {
      Level.WATCHER.minSeconds(runtime, o.thresholds()),
      Level.COMPLETER.minSeconds(runtime, o.thresholds()),
      o.thresholds().starterS(),
      runtime
    };
    return switch (random.nextInt(4)) {
      case 0 -> choices[random.nextInt(choices.length)];
      case 1 -> Math.max(1, choices[random.nextInt(choices.length)] - 1);
      case 2 -> random.nextInt(1, 30_000);
      default -> random.nextInt(1, runtime + 1);
    };
  }

  private static int longDuration(SplittableRandom random) {
    int[] edges = {86_399, 86_400, 86_401, 172_799, 172_800, 172_801};
    return random.nextBoolean()
        ? edges[random.nextInt(edges.length)]
        : random.nextInt(30_000, 4 * 86_400);
  }

  /** Returns options whose night and working hours are empty, whole days or reach midnight. */
  private static MetricOptions spanOptions(SplittableRandom random) {
    int[][] spans = {{0, 86_400}, {0, 0}, {86_400, 86_400}, {0, 18_000}, {61_200, 86_400},
        {32_400, 61_200}, {86_399, 86_400}};
    int[] night = spans[random.nextInt(spans.length)];
    int[] work = spans[random.nextInt(spans.length)];
    return new MetricOptions(
        Level.values()[random.nextInt(3)], Thresholds.DEFAULTS, 1_800, random.nextInt(1, 4),
        random.nextInt(1, 8), night[0], night[1], work[0], work[1]);
  }

  private static MetricOptions randomOptions(SplittableRandom random) {
    if (random.nextInt(3) == 0) {
      return MetricOptions.DEFAULTS;
    }
    Level level = Level.values()[random.nextInt(3)];
    // 0.55 and 0.56 times a runtime overshoot in doubles, which the slack in Level must absorb. A
    // starter bar of 0 s lets every row but a supplemental one qualify, however short.
    Thresholds t =
        random.nextBoolean()
            ? Thresholds.DEFAULTS
            : new Thresholds(Math.max(0, random.nextInt(-150, 300)), 0.55, 0.56);
    int nightStart = random.nextInt(0, 6) * 3_600;
    int workStart = random.nextInt(6, 11) * 3_600;
    return new MetricOptions(
        level, t, random.nextInt(0, 3_600), random.nextInt(1, 5), random.nextInt(1, 8),
        nightStart, nightStart + random.nextInt(0, 8) * 3_600 + random.nextInt(60),
        workStart, workStart + random.nextInt(1, 10) * 3_600);
  }

  private static void check(
      History h,
      Catalog c,
      Vocabulary v,
      LocalDate first,
      LocalDate last,
      MemberMetrics metrics,
      SplittableRandom random) {
    ReferenceViews ref = ReferenceViews.of(h, c, v);
    MetricOptions o = metrics.options();
    ReferenceMetrics expected = ReferenceMetrics.compute(ref, c, first, last, o);
    metrics.compute(h, c, first, last);
    String where = "member " + h.memberId() + " with " + o;
    assertThat(ReferenceMetrics.of(metrics)).as(where).isEqualTo(expected);
    int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
    assertThat(metrics.meanDailyHours())
        .as(where)
        .isCloseTo(expected.periodSeconds() / 3_600.0 / days, within(1e-9));

    BitSet titles = new BitSet();
    BitSet series = new BitSet();
    for (int i = 0; i < h.size(); i++) {
      titles.set(h.title(i));
      if (c.title(h.title(i)).seriesIndex() >= 0) {
        series.set(c.title(h.title(i)).seriesIndex());
      }
    }
    for (int t = titles.nextSetBit(0); t >= 0; t = titles.nextSetBit(t + 1)) {
      StreakQuery q =
          new StreakQuery(t, random.nextInt(1, 4), first.plusDays(random.nextInt(days)),
              o.level(), o.thresholds());
      assertThat(q.matches(h, c)).as("%s, %s", where, q).isEqualTo(ReferenceQueries.streak(ref, q));
      // Its own random days, so the cases built after this one stay those the seed always built.
      SplittableRandom own = new SplittableRandom(31L * h.memberId() + t);
      LocalDate from = first.plusDays(own.nextInt(days));
      ConsecutiveDaysQuery runs = new ConsecutiveDaysQuery(t, from,
          from.plusDays(own.nextInt(days - (int) (from.toEpochDay() - first.toEpochDay()))), o.level(),
          o.thresholds());
      assertThat(runs.longestRun(h, c)).as("%s, %s", where, runs)
          .isEqualTo(ReferenceQueries.longestRun(ref, runs));
    }
    if (expected.longestStreakDays() > 0) {
      StreakQuery longest =
          new StreakQuery(expected.streakTitle(), expected.longestStreakDays(),
              LocalDate.ofEpochDay(expected.streakEndDay()), o.level(), o.thresholds());
      assertThat(longest.matches(h, c)).as("%s, %s", where, longest).isTrue();
      StreakQuery longer =
          new StreakQuery(longest.titleId(), longest.days() + 1, longest.end(), o.level(),
              o.thresholds());
      assertThat(longer.matches(h, c)).as("%s, %s", where, longer).isFalse();
      // The longest streak of any title, seen from a day before it to a day after it.
      ConsecutiveDaysQuery runs = new ConsecutiveDaysQuery(longest.titleId(), longest.start().minusDays(1),
          longest.end().plusDays(1), o.level(), o.thresholds());
      assertThat(runs.longestRun(h, c)).as("%s, %s", where, runs).isEqualTo(longest.days());
    }
    for (int s = series.nextSetBit(0); s >= 0; s = series.nextSetBit(s + 1)) {
      WindowQuery q = new WindowQuery(s, random.nextInt(1, 8), o.level(), o.thresholds());
      assertThat(q.maxEpisodes(h, c)).as("%s, %s", where, q)
          .isEqualTo(ReferenceQueries.window(ref, q));
      SeriesStreakQuery streak =
          new SeriesStreakQuery(s, random.nextInt(1, 4), first.plusDays(random.nextInt(days)),
              o.level(), o.thresholds());
      assertThat(streak.matches(h, c)).as("%s, %s", where, streak)
          .isEqualTo(ReferenceQueries.seriesStreak(ref, streak));
    }
    WindowHours hours = new WindowHours(random.nextInt(1, 8));
    assertThat(hours.maxSeconds(h)).as("%s, %s", where, hours)
        .isEqualTo(ReferenceQueries.windowSeconds(ref, hours));
  }
}
