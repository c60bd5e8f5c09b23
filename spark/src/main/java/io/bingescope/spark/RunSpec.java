package io.bingescope.spark;

import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.World;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run as executors rebuild it: the scenario's text and {@code --set} overrides (a parsed {@link Scenario} is not
 * serializable, and parsing the same text gives the same scenario), and how many partitions its members split
 * into. Each executor JVM builds the run's {@link World} once and shares it between its tasks, as the core's worker
 * threads share theirs.
 *
 * @param name the scenario's source name (for problems)
 * @param text the scenario's YAML text
 * @param overrides the {@code --set} overrides, including the member count and seed
 * @param partitions the number of member-id ranges, each one Spark task
 */
public record RunSpec(String name, String text, List<String> overrides, int partitions) implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<RunSpec, World> WORLDS = new ConcurrentHashMap<>();

  public RunSpec {
    overrides = new ArrayList<>(overrides); // serializable whatever list it was given
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
    }
  }

  /** Returns the run of the scenario named by {@code argument} (bundled name or file) with the overrides. */
  public static RunSpec of(String argument, List<String> overrides, int partitions) throws ScenarioException {
    ScenarioLoader.Source source = ScenarioLoader.source(argument);
    RunSpec run = new RunSpec(source.name(), source.text(), overrides, partitions);
    run.world(); // refuses a bad scenario on the driver, before any task starts
    return run;
  }

  /** Returns this run with another number of partitions. */
  public RunSpec withPartitions(int n) {
    return new RunSpec(name, text, overrides, n);
  }

  /** Returns the run's world, built once per JVM. */
  public World world() throws ScenarioException {
    World w = WORLDS.get(this);
    if (w == null) {
      w = World.of(ScenarioLoader.parse(name, text, overrides));
      World raced = WORLDS.putIfAbsent(this, w);
      if (raced != null) {
        w = raced;
      }
    }
    return w;
  }

  /** Returns the first member of partition {@code p}: members split into ranges of nearly equal size. */
  long first(int p, long members) {
    return members * p / partitions;
  }
}
