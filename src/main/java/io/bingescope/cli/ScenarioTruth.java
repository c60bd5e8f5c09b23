package io.bingescope.cli;

import io.bingescope.infer.GroundTruth;
import io.bingescope.scenario.Scenario;
import java.util.HashMap;
import java.util.Map;

/** Turns a scenario into the facts the scorecard needs: personas' affinities, events' effects. */
final class ScenarioTruth {
  private ScenarioTruth() {}

  /** Returns the scenario's facts for {@link GroundTruth}. */
  static GroundTruth.ScenarioFacts facts(Scenario s) {
    Map<String, Map<String, Double>> affinities = new HashMap<>();
    Map<String, String> comfort = new HashMap<>();
    for (Scenario.Persona p : s.personas()) {
      affinities.put(p.name(), p.affinities());
      if (p.comfort() != null) {
        comfort.put(p.name(), p.comfort().tag());
      }
    }
    Map<String, GroundTruth.Effects> events = new HashMap<>();
    for (Scenario.LifeEventSpec e : s.lifeEvents()) {
      Scenario.Effects fx = e.effects();
      events.put(
          e.name(),
          new GroundTruth.Effects(
              fx.volume(), fx.nightShift(), fx.comfort(), fx.work(), fx.ignoreBedtime()));
    }
    return new GroundTruth.ScenarioFacts(affinities, comfort, events);
  }

  /** Returns the ground truth of a scenario's period with its facts. */
  static GroundTruth of(Scenario s) {
    return new GroundTruth(s.period().start(), s.period().end(), facts(s));
  }
}
