package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.io.run.StoredInput;
import io.bingescope.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The input options both reidentify commands share, and how INPUT is resolved: an existing directory, or an
 * existing file not ending in .yaml/.yml, is a stored run (so a directory named like a bundled scenario is read as
 * the run it holds); anything else is a scenario, a .yaml file or a bundled name, generated fused.
 */
final class ReidInputOptions {
  @Option(names = "--members", paramLabel = "N", description = "Scenario only: overrides population.members.")
  Long members;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Scenario only: overrides a value of the scenario, e.g. seed=7 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Scenario only: worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "Seeds the choice of targets and points (default: ${DEFAULT-VALUE}); the scenario's own seed"
          + " is --set seed=N.")
  long seed;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "watcher",
      converter = MetricOptionsMixin.LevelConverter.class,
      description = "How much of a title a view must cover to be a point: starter, watcher or completer"
          + " (default: ${DEFAULT-VALUE}).")
  Level level;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  /** Returns whether INPUT names a stored run rather than a scenario. */
  static boolean isStored(String input) {
    try {
      Path path = Path.of(input);
      return Files.isDirectory(path) || (Files.isRegularFile(path) && !input.endsWith(".yaml")
          && !input.endsWith(".yml"));
    } catch (InvalidPathException notAPath) {
      return false;
    }
  }

  /** Opens the population INPUT names, refusing options that do not apply to it. */
  ReidPopulation open(String input, CommandLine.Model.CommandSpec spec) throws Exception {
    if (isStored(input)) {
      if (members != null || !sets.isEmpty() || threads != null) {
        throw new UserException(input + " is a stored run: --members, --set and --threads apply to a scenario"
            + " only");
      }
      return new ReidPopulation.Stored(Path.of(input), StoredInput.resolve(Path.of(input)));
    }
    List<String> overrides = new ArrayList<>();
    if (members != null) {
      overrides.add(ScenarioOptions.membersOverride(members));
    }
    overrides.addAll(sets);
    return new ReidPopulation.Fused(input, ScenarioLoader.load(input, overrides), SimulateCommand.threads(threads),
        spec.commandLine().getErr(), quiet);
  }
}
