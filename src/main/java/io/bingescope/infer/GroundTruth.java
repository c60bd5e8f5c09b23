package io.bingescope.infer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the scorecard needs beyond each member's {@code MemberTraits}: the period, and from the
 * scenario (when it is known) each persona's affinities and comfort tag and each life event's
 * effects. Some kinds of claim can only be scored with the scenario: a sensitive affinity is a
 * persona's affinity, a disrupted night a life event's effect.
 *
 * @param first the period's first local day
 * @param last the period's last local day
 * @param scenario the scenario's facts, or null when the scenario is not known
 */
public record GroundTruth(LocalDate first, LocalDate last, ScenarioFacts scenario) {

  public GroundTruth {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** Returns whether the scenario's facts are known. */
  public boolean knowsScenario() {
    return scenario != null;
  }

  /**
   * The facts of a scenario the truth of some claims depends on.
   *
   * @param affinities per persona, its affinities by genre or tag (absent = 1)
   * @param comfortTags per persona with a comfort habit, the habit's tag
   * @param events per life event kind, its effects
   */
  public record ScenarioFacts(
      Map<String, Map<String, Double>> affinities,
      Map<String, String> comfortTags,
      Map<String, Effects> events) {

    public ScenarioFacts {
      affinities = Map.copyOf(affinities);
      comfortTags = Map.copyOf(comfortTags);
      events = Map.copyOf(events);
    }

    /** Returns whether the persona seeks titles with the tag: affinity above 1, or its comfort tag. */
    public boolean seeks(String persona, String tag) {
      Double a = affinities.getOrDefault(persona, Map.of()).get(tag);
      return (a != null && a > 1) || tag.equals(comfortTags.get(persona));
    }

    /** Returns the tags among {@code tags} that the persona seeks. */
    public Set<String> sought(String persona, Iterable<String> tags) {
      java.util.TreeSet<String> s = new java.util.TreeSet<>();
      for (String t : tags) {
        if (seeks(persona, t)) {
          s.add(t);
        }
      }
      return s;
    }
  }

  /**
   * A life event's effects, as in the scenario format.
   *
   * @param volume multiplier of expected viewing time
   * @param nightShift share of sessions moved into 22:00-05:00
   * @param comfort multiplier of the comfort habit
   * @param work multiplier of the chance of working on a work day
   * @param ignoreBedtime whether the member stays up past bedtime
   */
  public record Effects(
      double volume, double nightShift, double comfort, double work, boolean ignoreBedtime) {

    /** Returns whether the effects change how much or when the member watches. */
    public boolean changesViewing() {
      return volume != 1 || nightShift > 0 || comfort != 1 || ignoreBedtime;
    }

    /** Returns whether the effects cost sleep: sessions moved into the night or bedtime ignored. */
    public boolean disruptsSleep() {
      return nightShift > 0 || ignoreBedtime;
    }

    /** Returns whether the effects keep the member from work on some work days. */
    public boolean freesWorkdays() {
      return work < 1;
    }
  }
}
