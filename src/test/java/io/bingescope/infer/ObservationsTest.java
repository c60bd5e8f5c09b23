package io.bingescope.infer;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.Thresholds;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass figures of {@link Observations} against a plain per-view reference. */
class ObservationsTest {
  private static final List<String> ZONES =
      List.of("America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Sydney");

  @Test
  void figures_matchAPlainReference_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(42);
    Observations o = new Observations();
    for (int c = 0; c < 300; c++) {
      History h = randomHistory(r, 60, 1, 30);
      o.observe(h, Fixture.CATALOG, List.of("A", "B", "C"), Fixture.FIRST, Fixture.LAST);
      int[] local = new int[96];
      int[] utc = new int[96];
      long[] day = new long[o.days()];
      long[] night = new long[o.days()];
      long[] work = new long[o.days()];
      long seconds = 0;
      for (int i = 0; i < h.size(); i++) {
        long l = h.startLocal(i);
        int d = h.durationS(i);
        seconds += d;
        // Quarter-hours of the day the view plays in (each once, however long the view), by
        // walking its quarter-hours one by one.
        boolean[] inLocal = new boolean[96];
        for (long q = Math.floorDiv(l, 900); q <= Math.floorDiv(l + d - 1, 900); q++) {
          inLocal[(int) Math.floorMod(q, 96)] = true;
        }
        boolean[] inUtc = new boolean[96];
        long u = h.startUtc(i);
        for (long q = Math.floorDiv(u, 900); q <= Math.floorDiv(u + d - 1, 900); q++) {
          inUtc[(int) Math.floorMod(q, 96)] = true;
        }
        for (int q = 0; q < 96; q++) {
          local[q] += inLocal[q] ? 1 : 0;
          utc[q] += inUtc[q] ? 1 : 0;
        }
        // Seconds by second of the day, for nights and working hours.
        long startDay = Math.floorDiv(l, 86_400);
        int k = (int) (startDay - Fixture.FIRST.toEpochDay());
        for (long s = l; s < l + d; s++) {
          long sd = Math.floorDiv(s, 86_400);
          int j = (int) (sd - Fixture.FIRST.toEpochDay());
          long sec = s - sd * 86_400;
          if (sec < 5 * 3600 && j >= 0 && j < o.days() && sd <= startDay + 1) {
            night[j]++;
          }
          if (sd == startDay && sec >= 9 * 3600 && sec < 17 * 3600 && k >= 0 && k < o.days()
              && Math.floorMod(sd + 3, 7) < 5) {
            work[k]++;
          }
        }
        if (k >= 0 && k < o.days()) {
          day[k] += d;
        }
      }
      assertThat(o.views()).isEqualTo(h.size());
      assertThat(o.seconds()).isEqualTo(seconds);
      for (int s = 0; s < 96; s++) {
        assertThat(o.localSlot(s)).as("case %d local slot %d", c, s).isEqualTo(local[s]);
        assertThat(o.utcSlot(s)).as("case %d utc slot %d", c, s).isEqualTo(utc[s]);
      }
      for (int k = 0; k < o.days(); k++) {
        assertThat(o.daySeconds(k)).as("case %d day %d", c, k).isEqualTo(day[k]);
        assertThat(o.dayNightSeconds(k)).as("case %d night %d", c, k).isEqualTo(night[k]);
        assertThat(o.dayWorkSeconds(k)).as("case %d work %d", c, k).isEqualTo(work[k]);
      }
      // The first least window: from 20:00 to 06:00 local, anywhere in UTC.
      assertThat(o.quietStart()).as("case %d quiet window", c)
          .isEqualTo(firstQuietest(local, 80, 41)).isEqualTo(o.quietestLocalStart(24));
      assertThat(o.quietestUtcStart(24)).as("case %d quiet UTC window", c)
          .isEqualTo(firstQuietest(utc, 0, 96));
    }
  }

  /** Returns the first slot of the first 24-slot window (of count from from) with least views. */
  private static int firstQuietest(int[] slots, int from, int count) {
    int best = Integer.MAX_VALUE;
    int start = -1;
    for (int s = from; s < from + count; s++) {
      int sum = 0;
      for (int q = s; q < s + 24; q++) {
        sum += slots[q % 96];
      }
      if (sum < best) {
        best = sum;
        start = s % 96;
      }
    }
    return start;
  }

  @Test
  void nights_matchAPlainReference_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(7);
    Observations o = new Observations();
    long day = 86_400;
    for (int c = 0; c < 300; c++) {
      History h = randomHistory(r, 80, 2, 34);
      o.observe(h, Fixture.CATALOG, List.of("A", "B", "C"), Fixture.FIRST, Fixture.LAST);
      int nights = o.nights();
      int centre = o.nightCentreS();
      int[] lastEnd = new int[nights];
      int[] firstStart = new int[nights];
      java.util.Arrays.fill(lastEnd, Integer.MIN_VALUE);
      java.util.Arrays.fill(firstStart, Integer.MAX_VALUE);
      // Per view: which night's centre it follows or precedes, by floor division.
      for (int i = 0; i < h.size(); i++) {
        long x = h.startLocal(i) - centre;
        long k = Math.floorDiv(x, day);
        int off = (int) (x - k * day);
        long idx = k - o.nightDay(0);
        if (off < day / 2 && idx >= 0 && idx < nights) {
          firstStart[(int) idx] = Math.min(firstStart[(int) idx], off);
        } else if (off >= day / 2 && idx + 1 >= 0 && idx + 1 < nights) {
          lastEnd[(int) idx + 1] =
              Math.max(lastEnd[(int) idx + 1], (int) (off - day) + h.durationS(i));
        }
      }
      java.util.List<Integer> ends = new java.util.ArrayList<>();
      for (int k = 0; k < nights; k++) {
        assertThat(o.lastEnd(k)).as("case %d night %d last end", c, k).isEqualTo(lastEnd[k]);
        assertThat(o.firstStart(k)).as("case %d night %d first start", c, k)
            .isEqualTo(firstStart[k]);
        if (lastEnd[k] != Integer.MIN_VALUE) {
          ends.add(lastEnd[k]);
        }
      }
      java.util.Collections.sort(ends);
      assertThat(o.evenings()).isEqualTo(ends.size());
      if (!ends.isEmpty()) {
        int upper = ends.get(nearestRank(ends.size(), 0.75));
        int lower = ends.get(nearestRank(ends.size(), 0.25));
        assertThat(o.usualLastEnd()).as("case %d", c).isEqualTo(upper);
        assertThat(o.lastEndSpread()).as("case %d", c).isEqualTo(upper - lower);
        for (int from : new int[] {upper + 7_200, upper, ends.get(0), r.nextInt(90_000) - 45_000}) {
          assertThat(o.eveningsEndingFrom(from)).as("case %d from %d", c, from)
              .isEqualTo((int) ends.stream().filter(e -> e >= from).count());
        }
      }
    }
  }

  @Test
  void details_matchAPlainReference_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(13);
    Observations o = new Observations();
    int concurrentCases = 0;
    int taggedCases = 0;
    int raceCases = 0;
    Map<Integer, Long> seasonRelease = seasonReleases();
    for (int c = 0; c < 300; c++) {
      History h = randomHistory(r, 80, 1, 30);
      o.observe(h, Fixture.CATALOG, List.of("A", "B", "C"), Fixture.FIRST, Fixture.LAST);
      // Concurrent views: another profile's earlier view still playing at the start.
      int concurrent = 0;
      for (int i = 0; i < h.size(); i++) {
        boolean other = false;
        for (int j = 0; j < i; j++) {
          other |= h.profile(j) != h.profile(i)
              && h.startUtc(j) + h.durationS(j) > h.startUtc(i);
        }
        concurrent += other ? 1 : 0;
      }
      assertThat(o.concurrentViews()).as("case %d", c).isEqualTo(concurrent);
      concurrentCases += concurrent > 0 ? 1 : 0;
      java.util.Set<Integer> zones = new java.util.HashSet<>();
      for (int i = 0; i < h.size(); i++) {
        zones.add(h.zone(i));
      }
      assertThat(o.mixedZones()).as("case %d", c).isEqualTo(zones.size() > 1);
      assertThat(o.deviceZone()).isEqualTo(h.size() == 0 ? -1 : h.zone(0));
      if (h.size() > 0) {
        assertThat(o.deviceOffsetS()).isEqualTo(h.offsetS(h.size() - 1));
      }
      // Tags: seconds of qualifying views, the titles of the first items (the series counts
      // once, from its first qualifying view) in order, and how many items.
      for (int k = 0; k < Observations.TAGS.size(); k++) {
        String tag = Observations.TAGS.get(k);
        long seconds = 0;
        List<Integer> examples = new java.util.ArrayList<>();
        java.util.Set<Integer> items = new java.util.HashSet<>();
        int taggedItems = 0;
        for (int i = 0; i < h.size(); i++) {
          var t = Fixture.CATALOG.title(h.title(i));
          int min = io.bingescope.analytics.Level.WATCHER.minSeconds(t.runtimeS(),
              io.bingescope.analytics.Thresholds.DEFAULTS);
          if (h.durationS(i) < min) {
            continue;
          }
          boolean fresh = items.add(t.seriesIndex() >= 0 ? -1 - t.seriesIndex() : h.title(i));
          if (t.hasTag(tag)) {
            taggedItems += fresh ? 1 : 0;
            seconds += h.durationS(i);
            if (fresh && examples.size() < 3) {
              examples.add(h.title(i));
            }
          }
        }
        assertThat(o.tagSeconds(k)).as("case %d tag %s", c, tag).isEqualTo(seconds);
        assertThat(o.tagItems(k)).as("case %d tag %s items", c, tag).isEqualTo(taggedItems);
        assertThat(o.distinctItems()).as("case %d items", c).isEqualTo(items.size());
        assertThat(o.tagExamples(k)).as("case %d tag %s", c, tag).isEqualTo(examples.size());
        for (int e = 0; e < examples.size(); e++) {
          assertThat(o.tagExample(k, e)).isEqualTo(examples.get(e));
        }
        taggedCases += seconds > 0 ? 1 : 0;
      }
      // A race: a qualifying view of an episode on its season's release day, inside the period.
      boolean race = false;
      for (int i = 0; i < h.size(); i++) {
        Long release = seasonRelease.get(h.title(i));
        int runtime = Fixture.CATALOG.title(h.title(i)).runtimeS();
        race |= release != null && release >= Fixture.FIRST.toEpochDay()
            && release <= Fixture.LAST.toEpochDay() && h.localDay(i) == release
            && h.durationS(i) >= Level.WATCHER.minSeconds(runtime, Thresholds.DEFAULTS);
      }
      assertThat(o.raceCandidate()).as("case %d race", c).isEqualTo(race);
      raceCases += race ? 1 : 0;
    }
    assertThat(concurrentCases).as("cases with concurrent views").isGreaterThan(100);
    assertThat(taggedCases).as("cases with tagged views").isGreaterThan(100);
    assertThat(raceCases).as("cases with a race").isGreaterThan(10);
  }

  @Test
  void tagItems_countEveryItem_forThousandsOfItems() {
    // 4,100 tagged films, one view each: counts past any small field or byte.
    int films = 4_100;
    List<io.bingescope.model.Title> titles = new java.util.ArrayList<>();
    for (int i = 0; i < films; i++) {
      titles.add(new io.bingescope.model.Title(i, "Film " + i, io.bingescope.model.TitleKind.FILM,
          -1, "", 0, 0, 600, java.time.LocalDate.of(2015, 1, 1), List.of("drama"),
          i % 2 == 0 ? List.of("holiday", "kids") : List.of("holiday")));
    }
    io.bingescope.model.Catalog catalog = new io.bingescope.model.Catalog(titles, List.of());
    Fixture.Views v = new Fixture.Views();
    for (int i = 0; i < films; i++) {
      v.view(i, Fixture.FIRST.plusDays(i % 20).atTime(8, 0).plusSeconds(10L * i), 600);
    }
    Observations o = new Observations()
        .observe(v.history(), catalog, List.of("A"), Fixture.FIRST, Fixture.LAST);
    assertThat(o.distinctItems()).isEqualTo(films);
    assertThat(o.tagItems(Observations.HOLIDAY_TAG)).isEqualTo(films);
    assertThat(o.tagItems(Observations.KIDS_TAG)).isEqualTo(films / 2);
    assertThat(o.tagItems(0)).isZero();
  }

  @Test
  void profileViews_keepTheEarlierProfilesCounts_whenALaterProfileFirstAppears() {
    // Profiles 0-3 first, then 4 and 5: the per-profile arrays grow in the middle of the pass.
    Fixture.Views v = new Fixture.Views().in("Europe/London");
    for (int p = 0; p < 6; p++) {
      for (int k = 0; k <= p; k++) {
        v.view(p, 100 + k, Fixture.FIRST.atTime(10, 0).plusDays(p).plusHours(k), 600);
      }
    }
    Observations o = new Observations();
    o.observe(v.history(), Fixture.CATALOG, List.of("A", "B", "C", "D", "E", "F"),
        Fixture.FIRST, Fixture.LAST);
    assertThat(o.profiles()).isEqualTo(6);
    for (int p = 0; p < 6; p++) {
      assertThat(o.profileViews(p)).as("profile %d", p).isEqualTo(p + 1);
    }
  }

  /** Returns each episode's season release day: the earliest of its season's episodes'. */
  private static Map<Integer, Long> seasonReleases() {
    Map<Integer, Long> releases = new HashMap<>();
    for (Series series : Fixture.CATALOG.series()) {
      int[] starts = series.seasonStarts();
      for (int season = 0; season < series.seasonCount(); season++) {
        long release = Long.MAX_VALUE;
        for (int p = starts[season]; p < starts[season + 1]; p++) {
          release = Math.min(release,
              Fixture.CATALOG.title(series.episodeAt(p)).releaseDate().toEpochDay());
        }
        for (int p = starts[season]; p < starts[season + 1]; p++) {
          releases.put(series.episodeAt(p), release);
        }
      }
    }
    return releases;
  }

  @Test
  void sort_ordersLikeArraysSort_onRandomValues() {
    SplittableRandom r = new SplittableRandom(17);
    for (int c = 0; c < 2_000; c++) {
      int n = r.nextInt(120);
      int[] values = new int[n + r.nextInt(3)];
      int range = r.nextBoolean() ? 4 : Integer.MAX_VALUE;
      for (int i = 0; i < values.length; i++) {
        values[i] = r.nextInt(range) - range / 2;
      }
      int[] expected = values.clone();
      java.util.Arrays.sort(expected, 0, n);
      Observations.sort(values, n);
      assertThat(values).as("case %d", c).isEqualTo(expected);
    }
  }

  @Test
  void quantile_isTheValueASortPutsAtTheNearestRank_onRandomValues() {
    SplittableRandom r = new SplittableRandom(11);
    for (int c = 0; c < 2_000; c++) {
      int n = 1 + r.nextInt(60);
      int[] values = new int[n + r.nextInt(3)];
      // Few distinct values in some cases: ties must not matter.
      int range = r.nextBoolean() ? 5 : 100_000;
      for (int i = 0; i < values.length; i++) {
        values[i] = r.nextInt(range) - range / 2;
      }
      double q = r.nextInt(5) == 0 ? r.nextInt(2) : r.nextDouble();
      int[] sorted = java.util.Arrays.copyOf(values, n);
      java.util.Arrays.sort(sorted);
      int expected = sorted[nearestRank(n, q)];
      assertThat(Observations.quantile(values, n, q)).as("case %d", c).isEqualTo(expected);
    }
  }

  /**
   * Returns fewer than {@code views} random views in a random zone (in half the cases a zone per
   * view, so that one history has several UTC offsets, some of them not whole hours), starting
   * from {@code before} days before the period's first day over {@code days} days; one view in
   * ten lasts a day or more.
   */
  static History randomHistory(SplittableRandom r, int views, int before, int days) {
    Fixture.Views v = new Fixture.Views().in(ZONES.get(r.nextInt(ZONES.size())));
    boolean mixed = r.nextBoolean();
    int n = r.nextInt(views);
    for (int i = 0; i < n; i++) {
      if (mixed) {
        v.in(ZONES.get(r.nextInt(ZONES.size())));
      }
      LocalDateTime start = Fixture.FIRST.minusDays(before).atStartOfDay()
          .plusMinutes(r.nextInt(days * 1440));
      int duration = r.nextInt(10) == 0 ? 86_400 + r.nextInt(3 * 3600) - 3600
          : 1 + r.nextInt(4 * 3600);
      v.view(r.nextInt(3), r.nextInt(116), start, duration);
    }
    return v.history();
  }

  private static int nearestRank(int n, double q) {
    return (int) Math.min(n - 1, Math.floor(q * (n - 1) + 0.5));
  }
}
