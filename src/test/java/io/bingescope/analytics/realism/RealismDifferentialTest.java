package io.bingescope.analytics.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast pass against {@link RealismReference} on seeded random histories built to reach the edges (gaps at the
 * 30-minute limit, overlapping views, durations at the 70% threshold, marathons of a day and more, sleep windows on
 * either side of midnight, changing UTC offsets) and on simulated members of the bundled scenarios. Every figure is
 * exact but the heaviest fifth's share, which comes from a histogram and may be off by 1/32 of its value.
 */
class RealismDifferentialTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void fastMatchesReference_onRandomHistories(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<RealismReference.Member> plain = new ArrayList<>();
    RealismPass pass = new RealismPass(RealismWorld.CATALOG, RealismWorld.FIRST, RealismWorld.LAST);
    // Several tallies merged, as the blocks of a fused run are.
    List<RealismTally> blocks = List.of(new RealismTally(20), new RealismTally(20), new RealismTally(20));
    for (int m = 0; m < 120; m++) {
      History h = RealismWorld.history(m, r);
      MemberTraits t = r.nextInt(10) == 0 ? null : RealismWorld.traits(m, h.profileBound(), r);
      pass.add(h, t, blocks.get(m % 3));
      plain.add(RealismReference.member(h, t));
    }
    RealismTally tally = new RealismTally(20);
    blocks.forEach(tally::merge);
    Map<Figure, Double> reached =
        compare(tally, plain, RealismWorld.CATALOG, RealismWorld.FIRST, RealismWorld.LAST);
    // The histories reach the edges the figures must get right.
    assertThat(reached.get(Figure.S8_24H)).as("sittings of a day or more").isPositive();
    assertThat(reached.get(Figure.H2_NIGHTS)).as("viewing in the sleep window most nights").isPositive();
    assertThat(reached.get(Figure.S2)).as("seasons finished over more than 2 days").isLessThan(1);
  }

  /**
   * An export or a stored run may hold a series' later seasons only (numbered 2 and 3, say): the pass numbers
   * seasons as the catalog holds them, and once indexed them by the title's number, which ran past its table.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void fastMatchesReference_whenSeasonsStartAfterOne(long seed) {
    Catalog later = laterSeasons(RealismWorld.CATALOG);
    SplittableRandom r = new SplittableRandom(seed);
    List<RealismReference.Member> plain = new ArrayList<>();
    RealismPass pass = new RealismPass(later, RealismWorld.FIRST, RealismWorld.LAST);
    RealismTally tally = new RealismTally(20);
    for (int m = 0; m < 120; m++) {
      History h = RealismWorld.history(m, r);
      MemberTraits t = RealismWorld.traits(m, h.profileBound(), r);
      pass.add(h, t, tally);
      plain.add(RealismReference.member(h, t));
    }
    Map<Figure, Double> reached = compare(tally, plain, later, RealismWorld.FIRST, RealismWorld.LAST);
    assertThat(reached.get(Figure.S2)).as("seasons finished, so the season table is used").isLessThan(1);
  }

  /** Returns the catalog with every episode's season number one higher, its structure unchanged. */
  private static Catalog laterSeasons(Catalog c) {
    List<Title> titles = new ArrayList<>();
    for (Title t : c.titles()) {
      titles.add(t.kind() != TitleKind.EPISODE ? t
          : new Title(t.id(), Title.episodeName(t.series(), t.season() + 1, "Episode", t.episode()), t.kind(),
              t.seriesIndex(), t.series(), t.season() + 1, t.episode(), t.runtimeS(), t.releaseDate(), t.genres(),
              t.tags()));
    }
    return new Catalog(titles, c.series());
  }

  @ParameterizedTest
  @ValueSource(strings = {"christmas-prince-2017", "office-binge-2018", "tiny"})
  void fastMatchesReference_onSimulatedMembers(String scenarioName) throws Exception {
    Scenario scenario = ScenarioLoader.load(scenarioName, List.of("population.members=200"));
    World world = World.of(scenario);
    MemberGenerator generator = new MemberGenerator(world);
    LocalDate first = scenario.period().start();
    LocalDate last = scenario.period().end();
    RealismPass pass = new RealismPass(world.catalog(), first, last);
    RealismTally tally = new RealismTally(20);
    List<RealismReference.Member> plain = new ArrayList<>();
    for (int m = 0; m < 200; m++) {
      History h = generator.generate(m);
      pass.add(h, generator.traits(), tally);
      plain.add(RealismReference.member(h, generator.traits()));
    }
    compare(tally, plain, world.catalog(), first, last);
  }

  private static Map<Figure, Double> compare(RealismTally tally, List<RealismReference.Member> plain, Catalog catalog,
      LocalDate first, LocalDate last) {
    Map<Figure, Double> expected = RealismReference.figures(plain, catalog, first, last);
    for (Estimate e : RealismResults.of(tally, first, last, null)) {
      double want = expected.get(e.figure());
      if (Double.isNaN(want)) {
        assertThat(e.measured()).as(e.figure().id() + " not measurable, as in the reference").isFalse();
        continue;
      }
      assertThat(e.measured()).as(e.figure().id() + " measured: " + e.unavailable()).isTrue();
      double slack = e.figure() == Figure.V3 ? want / 32 : 1e-9 * Math.max(1, Math.abs(want));
      assertThat(e.value()).as(e.figure().id()).isCloseTo(want, within(slack));
    }
    return expected;
  }
}
