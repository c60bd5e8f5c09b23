package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The seasonal rejection step against the distribution it must produce: weight x today's multiplier. */
class SeasonsTest {

  @Test
  void drawsFollowPopularityTimesTodaysSeasonalMultiplier() {
    World world = World.of(TestScenarios.dstScenario(10, 1));
    PersonaModel persona = world.personas[0];
    MemberGenerator gen = new MemberGenerator(world);
    gen.useGenerator(Seeds.generator(5, 6, 7));
    long inSeason = LocalDate.of(2017, 11, 5).toEpochDay(); // TestScenarios: holiday x4 from 1 to 10 Nov
    long outOfSeason = LocalDate.of(2017, 10, 28).toEpochDay();
    assertThat(seasonalItems(world)).isPositive();
    for (long day : new long[] {inSeason, outOfSeason}) {
      int n = world.items.length;
      long[] counts = new long[n];
      int draws = 400_000;
      for (int k = 0; k < draws; k++) {
        counts[gen.drawItem(persona.items, day)]++;
      }
      double[] expected = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        expected[i] = world.items[i].popularity() * affinity(persona, world.items[i]) * world.multiplier(i, day);
        sum += expected[i];
      }
      for (int i = 0; i < n; i++) {
        expected[i] *= draws / sum;
      }
      assertThat(new ChiSquareTest().chiSquareTest(expected, counts)).as("day %d", day).isGreaterThan(0.001);
    }
  }

  @Test
  void multiplierAppliesOnlyInsideTheSeasonAndOnlyToMatchingTitles() {
    World world = World.of(TestScenarios.dstScenario(10, 1));
    long in = LocalDate.of(2017, 11, 10).toEpochDay();
    long after = LocalDate.of(2017, 11, 11).toEpochDay();
    for (int i = 0; i < world.items.length; i++) {
      boolean holiday = world.items[i].matches("holiday");
      assertThat(world.multiplier(i, in)).isEqualTo(holiday ? 4.0 : 1.0);
      assertThat(world.multiplier(i, after)).isEqualTo(1.0);
      assertThat(world.seasonMax[i]).isEqualTo(holiday ? 4.0 : 1.0);
    }
  }

  private static int seasonalItems(World world) {
    int n = 0;
    for (int i = 0; i < world.items.length; i++) {
      n += world.seasonal(i) ? 1 : 0;
    }
    return n;
  }

  private static double affinity(PersonaModel persona, CatalogBuilder.Item item) {
    double f = 1;
    for (var e : persona.spec.affinities().entrySet()) {
      if (item.matches(e.getKey())) {
        f *= e.getValue();
      }
    }
    return f;
  }
}
