package io.bingescope.publish;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.Simulation;
import io.bingescope.sim.World;
import java.util.ArrayList;
import java.util.List;

/** Small simulated populations for the publication tests. */
final class Worlds {
  private Worlds() {}

  /** Returns the world of christmas-prince-2017 with {@code members} members and {@code seed}. */
  static World christmas(long members, long seed) throws Exception {
    return World.of(ScenarioLoader.load("christmas-prince-2017",
        List.of("population.members=" + members, "seed=" + seed)));
  }

  /** Returns copies of the histories of members {@code from..to-1}, generated as a fused run generates them. */
  static List<History> histories(World world, long from, long to) throws Exception {
    List<History> all = new ArrayList<>();
    new Simulation(world, 2).run(from, to, new MemberSink<List<History>>() {
      @Override
      public List<History> newBlock() {
        return new ArrayList<>();
      }

      @Override
      public void accept(List<History> block, MemberTraits traits, History history) {
        block.add(history.copy());
      }

      @Override
      public void complete(List<History> block) {
        all.addAll(block);
      }

      @Override
      public boolean readsTraits() {
        return false;
      }
    }, Simulation.Progress.NONE);
    return all;
  }
}
