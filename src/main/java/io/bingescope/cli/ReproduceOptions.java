package io.bingescope.cli;

import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every reproduce command shares, and loading its bundled scenario with them. */
final class ReproduceOptions {
  @Option(names = "--seed", paramLabel = "SEED", description = "Overrides the scenario's seed.")
  Long seed;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Overrides a value of the scenario (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  /** Loads the bundled scenario with the member count (null: the scenario's own), seed and --set overrides. */
  Scenario load(String scenario, Long members) throws ScenarioException {
    List<String> overrides = new ArrayList<>();
    if (members != null) {
      overrides.add(ScenarioOptions.membersOverride(members));
    }
    if (seed != null) {
      overrides.add("seed=" + seed);
    }
    overrides.addAll(sets);
    return ScenarioLoader.load(scenario, overrides);
  }

  /** Returns the worker thread count, refusing values out of range. */
  int threadCount() {
    return SimulateCommand.threads(threads);
  }
}
