package io.bingescope.publish;

import io.bingescope.model.History;
import java.util.Arrays;

/**
 * Counts members into a table twice: the true counts, and the counts with each member's contribution bounded to at
 * most {@code maxCells} cells, and keeps one member's cells per cell (the first counted there) and the cells of a
 * chosen target, for the differencing attack.
 *
 * <p>Truncation rule: a member counting in more than {@code maxCells} cells keeps the {@code maxCells} whose
 * SplitMix64 hash of (member id, cell) is smallest. The choice depends on that member alone, so the bounded table's
 * L1 sensitivity to one member is at most {@code maxCells}; it is reproducible, and spreads the dropped
 * contributions over the cells instead of always dropping the same ones.
 */
public final class Tally {
  private final TableSpec spec;
  private final int maxCells;
  private long[] truth;
  private long[] bounded;
  private Contribution[] first;
  private final int[] scratch;
  private final long target;
  private Contribution targetContribution;

  /**
   * A member's place in the table.
   *
   * @param memberId the member
   * @param cells the interior cells it counts in
   * @param bounded the cells it still counts in after the truncation rule
   */
  public record Contribution(int memberId, int[] cells, int[] bounded) {}

  /** Creates a tally; {@code target} is a member id whose contribution is kept, or -1. */
  public Tally(TableSpec spec, int maxCells, long target) {
    if (maxCells < 1) {
      throw new IllegalArgumentException("maxCells must be at least 1, got " + maxCells);
    }
    this.spec = spec;
    this.maxCells = maxCells;
    int cells = spec.table().cells();
    this.truth = new long[cells];
    this.bounded = new long[cells];
    this.first = new Contribution[cells];
    this.scratch = new int[spec.maxPerMember()];
    this.target = target;
  }

  /** Counts one member. */
  public void add(History h) {
    int n = spec.cells(h, scratch);
    if (n > 0 || h.memberId() == target) {
      add(h.memberId(), Arrays.copyOf(scratch, n));
    }
  }

  /** Counts one member whose cells (ascending, as {@link TableSpec#cells} gives them) were found elsewhere. */
  public void add(int memberId, int[] cells) {
    int[] kept = bound(memberId, cells, maxCells);
    for (int cell : cells) {
      grow(cell + 1);
    }
    Contribution c = null;
    for (int cell : cells) {
      truth[cell]++;
      if (first[cell] == null) {
        c = c != null ? c : new Contribution(memberId, cells, kept);
        first[cell] = c;
      }
    }
    for (int cell : kept) {
      bounded[cell]++;
    }
    if (memberId == target) {
      targetContribution = new Contribution(memberId, cells, kept);
    }
  }

  /** Returns the cells kept of {@code cells} by the truncation rule, ascending. */
  public static int[] bound(int memberId, int[] cells, int maxCells) {
    if (cells.length <= maxCells) {
      return cells;
    }
    long[] keyed = new long[cells.length];
    for (int i = 0; i < cells.length; i++) {
      // The hash's high 40 bits order the cells; the low bits carry the cell (below 2^24 cells per table).
      keyed[i] = (mix(((long) memberId << 32) ^ cells[i]) >>> 24 << 24) | cells[i];
    }
    Arrays.sort(keyed); // unsigned order is not needed: any fixed order of the hashes will do
    int[] kept = new int[maxCells];
    for (int i = 0; i < maxCells; i++) {
      kept[i] = (int) (keyed[i] & 0xFFFFFF);
    }
    Arrays.sort(kept);
    return kept;
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private void grow(int cells) {
    if (cells > truth.length) {
      int n = Math.max(cells, truth.length * 2);
      truth = Arrays.copyOf(truth, n);
      bounded = Arrays.copyOf(bounded, n);
      first = Arrays.copyOf(first, n);
    }
  }

  /** Returns the true interior counts of the table as now known. */
  public long[] truth() {
    grow(spec.table().cells());
    return Arrays.copyOf(truth, spec.table().cells());
  }

  /** Returns the interior counts with every member's contribution bounded. */
  public long[] bounded() {
    grow(spec.table().cells());
    return Arrays.copyOf(bounded, spec.table().cells());
  }

  /** Returns the first member counted in {@code cell}, or null when none is. */
  public Contribution first(int cell) {
    return cell < first.length ? first[cell] : null;
  }

  /** Returns the chosen target's contribution, or null when the target was not among the members counted. */
  public Contribution target() {
    return targetContribution;
  }

  /** Returns the most exposed member: the first counted in the smallest cell above 0, or null for an empty table. */
  public Contribution mostExposed() {
    int best = -1;
    long[] truth = truth();
    for (int c = 0; c < truth.length; c++) {
      if (truth[c] > 0 && (best < 0 || truth[c] < truth[best])) {
        best = c;
      }
    }
    return best < 0 ? null : first[best];
  }

  /** Returns the table being counted. */
  public TableSpec spec() {
    return spec;
  }

  /** Returns the bound on each member's cells. */
  public int maxCells() {
    return maxCells;
  }
}
