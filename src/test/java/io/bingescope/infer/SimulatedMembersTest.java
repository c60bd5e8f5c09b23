package io.bingescope.infer;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each inference on simulated members whose traits make its claim true and false: its claims
 * must say more than chance (precision above the share of members with the property), so an
 * inference that ignored the views, or claimed everyone, would fail.
 */
class SimulatedMembersTest {
  private static final int MEMBERS = 4_000;
  private static Scorecard card;

  @BeforeAll
  static void simulate() throws Exception {
    Scenario s = ScenarioLoader.load("office-binge-2018", List.of());
    World world = World.of(s);
    Map<String, Map<String, Double>> affinities = new HashMap<>();
    for (Scenario.Persona p : s.personas()) {
      affinities.put(p.name(), p.affinities());
    }
    Map<String, GroundTruth.Effects> events = new HashMap<>();
    for (Scenario.LifeEventSpec e : s.lifeEvents()) {
      Scenario.Effects fx = e.effects();
      events.put(e.name(), new GroundTruth.Effects(fx.volume(), fx.nightShift(), fx.comfort(),
          fx.work(), fx.ignoreBedtime()));
    }
    GroundTruth truth = new GroundTruth(s.period().start(), s.period().end(),
        new GroundTruth.ScenarioFacts(affinities, Map.of(), events));
    MemberGenerator gen = new MemberGenerator(world);
    Inferences inferences = new Inferences();
    ScorecardBuilder builder = new ScorecardBuilder(inferences, truth);
    List<Claim> claims = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      History h = gen.generate(m);
      MemberTraits t = gen.traits();
      claims.clear();
      inferences.run(h, world.catalog(),
          t.profiles().stream().map(MemberTraits.Profile::name).toList(), s.period().start(),
          s.period().end(), claims);
      builder.add(t, claims);
    }
    card = builder.build();
  }

  @Test
  void everyScoredKind_isRightMoreOftenThanChance() {
    for (Score s : card.scores()) {
      double baseRate = (double) (s.truePositives() + s.falseNegatives()) / s.members();
      // Kinds whose truth always has a value (a sleep window) have no negatives: judged below.
      if (s.claimed() == 0 || s.trueNegatives() == 0 || baseRate == 0) {
        continue;
      }
      assertThat(s.precision().getAsDouble()).as(s.kind().label())
          .isGreaterThan(Math.min(0.99, 1.5 * baseRate));
    }
  }

  @Test
  void claimsAboutEveryMember_areMostlyRight_whereTheTruthAlwaysHasAValue() {
    for (ClaimKind k : List.of(ClaimKind.SLEEP_WINDOW, ClaimKind.HOUSEHOLD)) {
      Score s = card.scores().stream().filter(x -> x.kind() == k).findFirst().orElseThrow();
      // A sleep window is claimed only at 3 h and 0.2 confidence or more (docs/inference.md), and members
      // seldom view at night now that sessions end at bedtime: about half of the members get one.
      assertThat(s.claimed()).as(k.label()).isGreaterThan(MEMBERS * 2 / 5);
      assertThat(s.precision().getAsDouble()).as(k.label()).isGreaterThan(0.7);
    }
  }

  @Test
  void homeZone_isRightMoreOftenThanTheCommonestZoneAlone() {
    Score s = card.scores().stream().filter(x -> x.kind() == ClaimKind.HOME_ZONE).findFirst()
        .orElseThrow();
    // Half the US members (46.6%) live at UTC-05:00: about 22% of the population.
    assertThat(s.precision().getAsDouble()).isGreaterThan(0.3);
  }

  @Test
  void theYesNoKinds_areMadeForSomeMembersAndNotOthers() {
    for (ClaimKind k : List.of(ClaimKind.WEEKDAY_AVAILABILITY, ClaimKind.LIFE_EVENT,
        ClaimKind.DISRUPTED_SLEEP, ClaimKind.SENSITIVE_AFFINITY, ClaimKind.WELLNESS_FLAG)) {
      Score s = card.scores().stream().filter(x -> x.kind() == k).findFirst().orElseThrow();
      assertThat(s.claimed()).as(k.label()).isPositive().isLessThan(MEMBERS / 2);
      assertThat(s.truePositives()).as(k.label()).isPositive();
    }
  }
}
