package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bingescope.analytics.ConsecutiveDaysQuery;
import io.bingescope.analytics.Level;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tables' fast per-member cells against plain references built on the analytics queries. */
class TablesTest {
  static World world;
  static List<History> members;

  @BeforeAll
  static void simulate() throws Exception {
    world = Worlds.christmas(3_000, 5);
    members = Worlds.histories(world, 0, 3_000);
  }

  @Test
  void streaks_matchTheLongestRunOfEachFilm() {
    Catalog c = world.catalog();
    LocalDate first = world.scenario().period().start();
    LocalDate last = world.scenario().period().end();
    List<Title> films = Tables.films(c, null);
    int n = 18;
    TableSpec spec = Tables.streaks(c, films, n, first, last, Level.WATCHER);
    int[] out = new int[spec.maxPerMember()];
    long counted = 0;
    for (History h : members) {
      int k = spec.cells(h, out);
      int[] expected = new int[films.size()];
      int e = 0;
      for (int r = 0; r < films.size(); r++) {
        int run = new ConsecutiveDaysQuery(films.get(r).id(), first, last, Level.WATCHER).longestRun(h, c);
        if (run > 0) {
          expected[e++] = r * n + Math.min(run, n) - 1;
        }
      }
      assertArrayEquals(java.util.Arrays.copyOf(expected, e), java.util.Arrays.copyOf(out, k),
          "member " + h.memberId());
      counted += k;
    }
    assertTrue(counted > 1_000, "the population watched films " + counted + " times");
  }

  @Test
  void binge_matchesTheWindowQueryBinned() {
    Catalog c = world.catalog();
    List<Series> series = c.series();
    int[] bins = Tables.BINGE_BINS;
    TableSpec spec = Tables.binge(c, series, 7, bins, Level.WATCHER);
    int[] out = new int[spec.maxPerMember()];
    long counted = 0;
    for (History h : members) {
      int k = spec.cells(h, out);
      int e = 0;
      for (int r = 0; r < series.size(); r++) {
        int episodes = new WindowQuery(series.get(r).index(), 7, Level.WATCHER).maxEpisodes(h, c);
        if (episodes > 0) {
          int b = bins.length - 1;
          while (episodes < bins[b]) {
            b--;
          }
          assertEquals(r * bins.length + b, out[e++], "member " + h.memberId() + " series " + r);
        }
      }
      assertEquals(e, k, "member " + h.memberId());
      counted += k;
    }
    assertTrue(counted > 500, "the population watched series " + counted + " times");
  }

  @Test
  void hours_binTheMeanWeeklyHoursInTheMostViewedCountry() {
    LocalDate first = world.scenario().period().start();
    long days = world.scenario().period().end().toEpochDay() - first.toEpochDay() + 1;
    TableSpec spec = Tables.hours(() -> world.vocabulary().countries(), days, Tables.HOURS_BINS);
    int[] out = new int[1];
    for (History h : members) {
      int k = spec.cells(h, out);
      if (h.size() == 0) {
        assertEquals(0, k);
        continue;
      }
      double[] seconds = new double[world.vocabulary().countries().size()];
      double total = 0;
      for (int i = 0; i < h.size(); i++) {
        seconds[h.country(i)] += h.durationS(i);
        total += h.durationS(i);
      }
      int country = 0;
      for (int x = 1; x < seconds.length; x++) {
        country = seconds[x] > seconds[country] ? x : country;
      }
      double weekly = total / 3600 / (days / 7.0);
      int b = Tables.HOURS_BINS.length - 1;
      while (weekly < Tables.HOURS_BINS[b] - 1e-9) {
        b--;
      }
      assertEquals(country * Tables.HOURS_BINS.length + b, out[0], "member " + h.memberId() + " " + weekly);
    }
  }

  @Test
  void binLabels_nameEachRange() {
    assertEquals(List.of("1", "2-3", "4-6", "7-12", "13-24", "25-49", "50+"), Tables.binLabels(Tables.BINGE_BINS));
    assertEquals(List.of("0-1 h", "1-2 h", "2-5 h", "5-10 h", "10-20 h", "20-40 h", "40+ h"),
        Tables.hourLabels(Tables.HOURS_BINS));
  }
}
