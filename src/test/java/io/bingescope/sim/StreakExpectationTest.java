package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class StreakExpectationTest {
  static final LocalDate END = LocalDate.of(2017, 11, 10);

  /** The DST test scenario without life events (they would change comfort), with the given rewatcher habit. */
  static Scenario scenario(long members, long seed, double adopt, double rewatch) {
    Scenario s = TestScenarios.dstScenario(members, seed);
    List<Scenario.Persona> personas =
        List.of(
            TestScenarios.persona("casual", 0.6, 1.0, null),
            TestScenarios.persona(
                "holiday-rewatcher", 0.4, 1.5, new Scenario.Comfort("holiday", adopt, rewatch)));
    return new Scenario(s.name(), s.description(), seed, s.period(), s.population(), s.devices(),
        s.households(), s.catalog(), personas, List.of(), s.seasons(), List.of(), Scenario.Platform.DEFAULT);
  }

  @Test
  void simulatedStreakCountsAgreeWithTheExpectationOverSeveralSeeds() {
    int members = 5000;
    long observed = 0;
    double expected = 0;
    for (long seed = 1; seed <= 4; seed++) {
      World world = World.of(scenario(members, seed, 0.15, 0.85));
      int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
      StreakQuery query = new StreakQuery(film, 7, END, Level.WATCHER);
      MemberGenerator gen = new MemberGenerator(world);
      for (int m = 0; m < members; m++) {
        if (query.matches(gen.generate(m), world.catalog())) {
          observed++;
        }
      }
      expected += StreakExpectation.of(world, film, 7, END).expected();
    }
    // The count is a sum of independent rare events: Poisson around the expectation, tested two-sided at 0.1%.
    PoissonDistribution poisson = PoissonDistribution.of(expected);
    double p = 2 * Math.min(poisson.cumulativeProbability((int) observed),
        poisson.survivalProbability((int) observed - 1));
    assertThat(expected).isGreaterThan(50);
    assertThat(p).as("observed %d, expected %.1f", observed, expected).isGreaterThan(0.001);
  }

  @Test
  void christmasScenarioCountsAgreeWithTheExpectationOverThreeSeeds() throws Exception {
    // The real scenario and the real 18-day window, with half the members rewatchers so the test has power:
    // it caught comfort views pushed past midnight by other sessions (21% fewer streaks than expected).
    long observed = 0;
    double expected = 0;
    LocalDate ending = LocalDate.of(2017, 12, 10);
    for (long seed = 1; seed <= 3; seed++) {
      World world =
          World.of(
              io.bingescope.scenario.ScenarioLoader.load(
                  "christmas-prince-2017",
                  List.of("population.members=400000", "seed=" + seed,
                      "personas.holiday-rewatcher.share=0.5", "personas.casual.share=0.051")));
      int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
      StreakQuery query = new StreakQuery(film, 18, ending, Level.WATCHER);
      long[] count = new long[1];
      new Simulation(world, 2)
          .run(0, world.members(), new MemberSink<long[]>() {
            @Override
            public long[] newBlock() {
              return new long[1];
            }

            @Override
            public void accept(long[] block, io.bingescope.model.MemberTraits traits,
                io.bingescope.model.History history) {
              block[0] += query.matches(history, world.catalog()) ? 1 : 0;
            }

            @Override
            public void complete(long[] block) {
              count[0] += block[0];
            }
          }, Simulation.Progress.NONE);
      observed += count[0];
      expected += StreakExpectation.of(world, film, 18, ending).expected();
    }
    PoissonDistribution poisson = PoissonDistribution.of(expected);
    double p = 2 * Math.min(poisson.cumulativeProbability((int) observed),
        poisson.survivalProbability((int) observed - 1));
    assertThat(expected).isGreaterThan(150);
    assertThat(p).as("observed %d, expected %.1f", observed, expected).isGreaterThan(0.001);
  }

  @Test
  void aCertainHabitGivesTheStreakToRewatchersWhoseFirstReleasedDrawIsTheFilm() {
    World world = World.of(scenario(1000, 1, 1, 1));
    int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
    PersonaModel p = world.personas[1];
    double filmWeight = 0;
    double total = 0;
    for (int i = 0; i < p.comfortItems.length; i++) {
      total += p.comfortWeights[i];
      if (world.items[p.comfortItems[i]].film() == film) {
        filmWeight = p.comfortWeights[i];
      }
    }
    // adopt = 1: every day until a title is taken up, a rewatcher draws one. The film is released on 1 Nov, the
    // eighth day of the period; the other holiday titles earlier. From 25 to 31 Oct only drawing the (unreleased)
    // film leaves the member free; on 1 Nov drawing it takes it up. With rewatch = 1 those members then watch it
    // every day: probability (film weight / all comfort weights)^8.
    double expected = Math.pow(filmWeight / total, 8);
    StreakExpectation.Result r = StreakExpectation.of(world, film, 7, END);
    assertThat(r.terms()).hasSize(1);
    assertThat(r.terms().get(0).probability()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.expected()).isCloseTo(1000 * 0.4 * expected, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void noRewatchingMeansNoStreakLongerThanOneDay() {
    World world = World.of(scenario(1000, 1, 0.5, 0));
    int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
    assertThat(StreakExpectation.of(world, film, 2, END).expected()).isZero();
    assertThat(StreakExpectation.of(world, film, 1, END).expected()).isPositive();
  }

  @Test
  void christmasScenarioExpectsItsFittedFigure_andOtherPersonasFarBelowOneMember_atFullScale()
      throws Exception {
    Scenario scenario = io.bingescope.scenario.ScenarioLoader.load(
        "christmas-prince-2017", List.of("population.members=117580000"));
    World world = World.of(scenario);
    int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
    StreakExpectation.Result r = StreakExpectation.of(world, film, 18, LocalDate.of(2017, 12, 10));
    assertThat(r.otherPersonasBound()).isGreaterThan(0).isLessThan(1e-6);
    // The scenario's rewatch was solved (its fitted: section gives the command) for this expectation
    // to equal the published figure, which is the target here, never an output. Its six decimals move
    // the expectation by ~0.002 (1% more rewatch gives ~19% more streaks), so a change to the
    // programme, the habit or the scenario that the fit did not follow shows.
    Scenario.Fitted fit = scenario.fitted().stream()
        .filter(f -> f.parameter().equals("personas.holiday-rewatcher.comfort.rewatch"))
        .findFirst().orElseThrow();
    assertThat(fit.current()).isTrue();
    assertThat(r.expected()).isCloseTo(fit.published(), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void refusesAWindowOutsideThePeriodAndEventsThatChangeComfort() {
    World world = World.of(scenario(10, 1, 0.1, 0.9));
    int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
    assertThatThrownBy(() -> StreakExpectation.of(world, film, 30, END))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside the period");
    World withEvents = World.of(TestScenarios.dstScenario(10, 1));
    assertThatThrownBy(() -> StreakExpectation.of(withEvents, film, 7, END))
        .hasMessageContaining("depressive-episode");
  }

}
