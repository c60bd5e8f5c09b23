package io.bingescope.bench;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory members a pass is measured on: a scenario's first {@link #MEMBERS} members, generated once, with
 * their profile names, the catalog and the period.
 *
 * <p>The fixture holds 1,024 distinct members on purpose: the passes are bound by mispredicted branches, and a CPU
 * learns the branches of a few members computed over and over (64 members repeated ran 1.5 to 2 times faster).
 */
final class Fixture {
  /** Members in the fixture. */
  static final int MEMBERS = 1024;

  final Catalog catalog;
  final LocalDate first;
  final LocalDate last;
  final History[] histories = new History[MEMBERS];
  final List<List<String>> profiles = new ArrayList<>();
  /** Views of all members together. */
  final long views;

  Fixture(String scenario) throws Exception {
    Scenario s = ScenarioLoader.load(scenario, List.of());
    World world = World.of(s);
    catalog = world.catalog();
    first = s.period().start();
    last = s.period().end();
    MemberGenerator gen = new MemberGenerator(world);
    long v = 0;
    for (int m = 0; m < MEMBERS; m++) {
      histories[m] = gen.generate(m).copy();
      profiles.add(gen.traits().profiles().stream().map(MemberTraits.Profile::name).toList());
      v += histories[m].size();
    }
    views = v;
  }
}
