package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

  /** Collects every member's fingerprint, in completion order. */
  static class Collect implements MemberSink<List<String>> {
    final List<String> members = new ArrayList<>();

    @Override
    public List<String> newBlock() {
      return new ArrayList<>();
    }

    @Override
    public void accept(List<String> block, MemberTraits traits, History history) {
      block.add(Fingerprint.of(traits, history));
    }

    @Override
    public void complete(List<String> block) {
      members.addAll(block);
    }
  }

  @Test
  void outputIsIdenticalForOneAndSeveralThreadsAndAnyBlockSize() throws Exception {
    World world = World.of(TestScenarios.dstScenario(700, 9));
    Collect one = new Collect();
    new Simulation(world, 1, 64).run(0, 700, one, Simulation.Progress.NONE);
    Collect three = new Collect();
    new Simulation(world, 3, 17).run(0, 700, three, Simulation.Progress.NONE);
    assertThat(three.members).hasSize(700).isEqualTo(one.members);
  }

  @Test
  void aSinkThatReadsNoTraitsGetsNoneAndTheSameHistories() throws Exception {
    World world = World.of(TestScenarios.dstScenario(200, 5));
    Collect withTraits = new Collect();
    new Simulation(world, 2, 30).run(0, 200, withTraits, Simulation.Progress.NONE);
    List<Boolean> traitsSeen = new ArrayList<>();
    Collect viewsOnly =
        new Collect() {
          @Override
          public void accept(List<String> block, MemberTraits traits, History history) {
            synchronized (traitsSeen) {
              traitsSeen.add(traits != null);
            }
            super.accept(block, traits, history);
          }

          @Override
          public boolean readsTraits() {
            return false;
          }
        };
    new Simulation(world, 2, 30).run(0, 200, viewsOnly, Simulation.Progress.NONE);
    assertThat(traitsSeen).hasSize(200).containsOnly(false);
    // Skipping the traits record draws nothing less: the views are the same.
    for (int m = 0; m < 200; m++) {
      String full = withTraits.members.get(m);
      assertThat(viewsOnly.members.get(m)).isEqualTo("null" + full.substring(full.indexOf('\n')));
    }
  }

  @Test
  void oneMemberRegeneratedAloneMatchesItsPlaceInTheFullRun() throws Exception {
    World world = World.of(TestScenarios.dstScenario(300, 4));
    Collect all = new Collect();
    new Simulation(world, 2, 50).run(0, 300, all, Simulation.Progress.NONE);
    Collect alone = new Collect();
    new Simulation(world, 2).run(123, 124, alone, Simulation.Progress.NONE);
    assertThat(alone.members).containsExactly(all.members.get(123));
  }

  @Test
  void differentSeedsGiveDifferentHistories() throws Exception {
    Collect a = new Collect();
    new Simulation(World.of(TestScenarios.dstScenario(20, 1)), 1).run(0, 20, a, Simulation.Progress.NONE);
    Collect b = new Collect();
    new Simulation(World.of(TestScenarios.dstScenario(20, 2)), 1).run(0, 20, b, Simulation.Progress.NONE);
    assertThat(a.members).isNotEqualTo(b.members);
  }

  @Test
  void progressReportsEveryMemberAndView() throws Exception {
    World world = World.of(TestScenarios.dstScenario(100, 3));
    long[] last = new long[2];
    new Simulation(world, 2, 10)
        .run(0, 100, new Collect(), (m, v) -> {
          assertThat(m).isGreaterThan(last[0]);
          last[0] = m;
          last[1] = v;
        });
    assertThat(last[0]).isEqualTo(100);
    assertThat(last[1]).isPositive();
  }
}
