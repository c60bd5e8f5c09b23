package io.bingescope.cli;

import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.GroundTruth;
import io.bingescope.infer.HomeZoneInference;
import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.Observed;
import io.bingescope.report.Availability;
import io.bingescope.scenario.BundledScenarios;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.scenario.ScenarioJson;
import io.bingescope.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input of {@code infer} and {@code profile}: stored views opened as {@code analyze} opens them
 * ({@link StoredInput}), their period, and the ground truth when there is one ({@code members.csv}
 * beside the views, and the scenario that made them for the kinds that need it).
 *
 * @param stored the resolved input
 * @param catalog its catalog
 * @param period the period of the views
 * @param members the members file, when the input has one
 * @param scenario the scenario's facts, when known
 * @param note a line for the user about the scenario (why it is not known), or empty
 */
record InferenceInput(
    StoredInput stored,
    Catalog catalog,
    StoredMembers.Period period,
    Optional<Path> members,
    GroundTruth.ScenarioFacts scenario,
    String note) {

  /**
   * Opens a resolved input; {@code scenarioArgument} (may be null) names the scenario of the truth, which
   * was simulated with the overrides {@code sets}.
   */
  static InferenceInput open(StoredInput in, String scenarioArgument, List<String> sets)
      throws IOException, InputException, ScenarioException {
    Catalog catalog = in.catalog();
    StoredMembers.Period period = StoredMembers.period(in, catalog);
    Optional<Path> members = in.members();
    GroundTruth.ScenarioFacts facts = null;
    String note = "";
    if (members.isPresent()) {
      Scenario s = scenario(in.manifest(), scenarioArgument, sets);
      if (s != null) {
        facts = ScenarioTruth.facts(s);
      } else {
        note = "the scenario of the run is not known (give it with --scenario), so claims that"
            + " need it (affinities, disrupted sleep, weekday availability) are not scored";
      }
    }
    return new InferenceInput(in, catalog, period, members, facts, note);
  }

  /**
   * Records in {@code withheld} every kind of claim the input cannot support, with why (the
   * inference would run on an import's stand-in times, durations or release dates; {@link
   * Availability}), and removes such claims from {@code claims}. Does nothing for an input that records everything.
   */
  void withholdUnsupported(List<Claim> claims, Map<ClaimKind, String> withheld) {
    Observed observed = stored.observed();
    if (observed.complete()) {
      return;
    }
    for (ClaimKind k : ClaimKind.values()) {
      Availability.unavailable(k.needs(), observed).ifPresent(why -> withheld.putIfAbsent(k, why));
    }
    claims.removeIf(c -> withheld.containsKey(c.kind()));
    wordForInput(claims);
  }

  /**
   * Words the claims for what the input recorded: on an export (which has no device clock) local times
   * are bingescope's guess from each view's country, and the claims say so.
   */
  void wordForInput(List<Claim> claims) {
    if (!stored.observed().complete()) {
      claims.replaceAll(HomeZoneInference::onAssumedZones);
    }
  }

  /** Returns "kind (why), ..." for the kinds withheld, in kind order. */
  static String describe(Map<ClaimKind, String> withheld) {
    List<String> parts = new ArrayList<>();
    new java.util.TreeMap<>(withheld).forEach((k, why) -> parts.add(k.label() + " (" + why + ")"));
    return String.join("; ", parts);
  }

  /** Returns the ground truth of the run, or null when the input has no members.csv. */
  GroundTruth truth() {
    return members.isPresent() ? new GroundTruth(period.first(), period.last(), scenario) : null;
  }

  /**
   * Returns the run's scenario: the named or bundled one, with the run's seed, period and size as
   * the manifest gives them, checked against the manifest's hash; null when it cannot be found.
   */
  private static Scenario scenario(
      Optional<Manifest> manifest, String argument, List<String> sets) throws ScenarioException {
    String name = argument != null
        ? argument
        : manifest.map(Manifest::scenario).filter(BundledScenarios.names()::contains).orElse(null);
    if (name == null) {
      return null;
    }
    if (manifest.isEmpty()) {
      return ScenarioLoader.load(name, sets);
    }
    Manifest m = manifest.get();
    List<String> common = new ArrayList<>(List.of("seed=" + m.seed(),
        "period.start=" + m.periodStart(), "period.end=" + m.periodEnd()));
    common.addAll(sets);
    // simulate --members N sets the population; simulate --member N keeps the scenario's.
    List<String> sized = new ArrayList<>(common);
    sized.add(0, "population.members=" + m.members());
    for (List<String> overrides : List.of(sized, common)) {
      Scenario s = ScenarioLoader.load(name, overrides);
      if (ScenarioJson.sha256(s).equals(m.scenarioSha256())) {
        return s;
      }
    }
    if (argument != null || !sets.isEmpty()) {
      throw new UserException("--scenario " + name + ": its resolved scenario does not match"
          + " the run's (manifest.json scenario_sha256 " + m.scenarioSha256() + "); was the run"
          + " made with other --set overrides? Give them with --set");
    }
    return null;
  }
}
