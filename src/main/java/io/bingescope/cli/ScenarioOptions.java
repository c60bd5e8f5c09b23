package io.bingescope.cli;

import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.scenario.ScenarioLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario argument and the options that override its values, shared by every command taking a scenario. */
final class ScenarioOptions {
  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description = "A bundled scenario name (see 'bingescope scenarios') or a path to a scenario file.")
  String scenario;

  @Option(names = "--members", paramLabel = "N", description = "Overrides population.members.")
  Long members;

  @Option(names = "--seed", paramLabel = "SEED", description = "Overrides the scenario's seed.")
  Long seed;

  @Option(names = "--start", paramLabel = "DATE", description = "Overrides period.start (YYYY-MM-DD).")
  LocalDate start;

  @Option(names = "--end", paramLabel = "DATE", description = "Overrides period.end (YYYY-MM-DD).")
  LocalDate end;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = "Overrides any scenario value, e.g. --set catalog.filler.films=500 (repeatable).")
  List<String> sets = new ArrayList<>();

  /** Returns the overrides in the order they apply: the named options, then each --set. */
  List<String> overrides() {
    List<String> o = new ArrayList<>();
    if (members != null) {
      o.add(membersOverride(members));
    }
    if (seed != null) {
      o.add("seed=" + seed);
    }
    if (start != null) {
      o.add("period.start=" + start);
    }
    if (end != null) {
      o.add("period.end=" + end);
    }
    o.addAll(sets);
    return o;
  }

  /** Loads and validates the scenario with the overrides applied. */
  Scenario load() throws ScenarioException {
    return ScenarioLoader.load(scenario, overrides());
  }

  /** Returns the override for --members N, refusing a count below 1 in the option's own name. */
  static String membersOverride(long members) {
    if (members < 1) {
      throw new UserException("--members: expected a whole number of members from 1, found "
          + members);
    }
    return "population.members=" + members;
  }
}
