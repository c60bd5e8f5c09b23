package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bingescope.analytics.Level;
import io.bingescope.model.History;
import io.bingescope.sim.World;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Contribution bounding, and the leave-one-out population the differencing attack compares. */
class TallyTest {

  @Test
  void bound_keepsAtMostMaxCellsOfTheMembersOwn_onManySeededCases() {
    UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(3);
    for (int round = 0; round < 5_000; round++) {
      int n = rng.nextInt(30);
      int[] cells = rng.ints(n, 0, 1 << 20).distinct().sorted().toArray();
      int m = 1 + rng.nextInt(6);
      int member = rng.nextInt(1 << 30);
      int[] kept = Tally.bound(member, cells, m);
      assertEquals(Math.min(cells.length, m), kept.length, "round " + round);
      for (int c : kept) {
        assertTrue(Arrays.binarySearch(cells, c) >= 0, "round " + round + ": kept cell " + c + " is not the member's");
      }
      assertEquals(kept.length, Arrays.stream(kept).distinct().count(), "round " + round);
      assertArrayEquals(kept, Tally.bound(member, cells, m), "the rule depends on the member alone");
    }
  }

  @Test
  void boundedTable_changesByAtMostMaxCellsWhenOneMemberLeaves() throws Exception {
    World world = Worlds.christmas(1_500, 9);
    List<History> all = Worlds.histories(world, 0, 1_500);
    TableSpec spec = Tables.streaks(world.catalog(), Tables.films(world.catalog(), null), 18,
        world.scenario().period().start(), world.scenario().period().end(), Level.WATCHER);
    int maxCells = 2;
    Tally full = new Tally(spec, maxCells, -1);
    all.forEach(full::add);
    long over = 0;
    for (int target = 0; target < all.size(); target += 37) {
      Tally without = new Tally(spec, maxCells, -1);
      for (History h : all) {
        if (h.memberId() != target) {
          without.add(h);
        }
      }
      long l1 = 0;
      long[] a = full.bounded();
      long[] b = without.bounded();
      for (int c = 0; c < a.length; c++) {
        l1 += Math.abs(a[c] - b[c]);
      }
      assertTrue(l1 <= maxCells, "member " + target + " moves the bounded table by " + l1);
      int[] out = new int[spec.maxPerMember()];
      over += Math.max(0, spec.cells(all.get(target), out) - maxCells);
    }
    assertTrue(over > 0, "no sampled member counted in more than " + maxCells + " cells: the bound was not tested");
  }

  @Test
  void leavingOneMemberOut_ofAFusedRun_isTheTableWithoutItsCells() throws Exception {
    World world = Worlds.christmas(1_200, 4);
    TableSpec spec = Tables.streaks(world.catalog(), Tables.films(world.catalog(), null), 18,
        world.scenario().period().start(), world.scenario().period().end(), Level.WATCHER);
    Tally full = new Tally(spec, 1, -1);
    Worlds.histories(world, 0, 1_200).forEach(full::add);
    Tally.Contribution target = full.mostExposed();
    int id = target.memberId();
    // members are seeded per id, so a run of the others generates exactly the same histories
    Tally without = new Tally(spec, 1, -1);
    Worlds.histories(world, 0, id).forEach(without::add);
    Worlds.histories(world, id + 1, 1_200).forEach(without::add);
    long[] expected = full.truth().clone();
    for (int c : target.cells()) {
      expected[c]--;
    }
    assertArrayEquals(expected, without.truth());
    assertTrue(target.cells().length > 0);
  }
}
