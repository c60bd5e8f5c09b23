package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Complementary suppression, checked against a plain linear-algebra audit of what the published entries reveal. */
class SuppressionTest {

  @Test
  void noSuppressedEntryIsDetermined_onManySeededTables() {
    UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(17);
    int suppressedSomewhere = 0;
    for (int round = 0; round < 400; round++) {
      int rows = 1 + rng.nextInt(6);
      int cols = 1 + rng.nextInt(6);
      int k = 1 + rng.nextInt(15);
      long[] cells = new long[rows * cols];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = rng.nextInt(4) == 0 ? 0 : rng.nextInt(40);
      }
      Table t = table(rows, cols, true);
      long[] ext = t.extend(cells);
      boolean[] s = Suppression.suppress(t, ext, k);
      for (int e = 0; e < ext.length; e++) {
        if (ext[e] > 0 && ext[e] < k) {
          assertTrue(s[e], "round " + round + ": entry " + e + " = " + ext[e] + " under " + k + " is published");
        }
        if (s[e]) {
          suppressedSomewhere++;
          assertFalse(referenceDetermined(t, s, e), "round " + round + ": suppressed entry " + e
              + " can be solved from the published entries; suppressed " + java.util.Arrays.toString(s));
          assertFalse(Suppression.determined(t, s, e));
        }
      }
    }
    assertTrue(suppressedSomewhere > 500, "the random tables exercised suppression only " + suppressedSomewhere);
  }

  @Test
  void primaryAlone_leavesASuppressedCellSolvable_whichTheReferenceAuditCatches() {
    // A 2x2 table with one small cell: its row total gives it away unless a complement is suppressed.
    Table t = table(2, 2, true);
    long[] ext = t.extend(new long[] {3, 50, 40, 60});
    boolean[] primary = new boolean[ext.length];
    primary[0] = true;
    assertTrue(referenceDetermined(t, primary, 0), "the audit must see the row-total attack");
    boolean[] s = Suppression.suppress(t, ext, 10);
    assertFalse(referenceDetermined(t, s, 0));
    // smallest complements, cells before totals: 40 in its column, 50 in its row, then 60 closes the cycle
    assertArrayEquals(new boolean[] {true, true, false, true, true, false, false, false, false}, s);
  }

  @Test
  void withoutTotals_onlyTheSmallCellsAreSuppressed() {
    Table t = table(1, 3, false);
    boolean[] s = Suppression.suppress(t, t.extend(new long[] {0, 5, 12}), 11);
    assertArrayEquals(new boolean[] {false, true, false}, s);
  }

  static Table table(int rows, int cols, boolean margins) {
    List<String> r = new ArrayList<>();
    List<String> c = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      r.add("r" + i);
    }
    for (int j = 0; j < cols; j++) {
      c.add("c" + j);
    }
    return new Table("test", "test", r, c, margins);
  }

  /**
   * Returns whether suppressed entry {@code target} is fixed by the equations of the extended grid (each row's and
   * column's cells sum to its total), by Gaussian elimination over the rationals (as doubles: the matrix holds 0, 1
   * and -1, and the tables are small): the target is fixed exactly when its unit vector lies in the row space of the
   * equations restricted to the suppressed entries.
   */
  static boolean referenceDetermined(Table t, boolean[] s, int target) {
    if (!t.margins()) {
      return false;
    }
    int h = t.height();
    int w = t.width();
    List<Integer> unknowns = new ArrayList<>();
    for (int e = 0; e < s.length; e++) {
      if (s[e]) {
        unknowns.add(e);
      }
    }
    int n = unknowns.size();
    List<double[]> eqs = new ArrayList<>();
    for (int r = 0; r < h; r++) {
      double[] row = new double[n];
      for (int i = 0; i < n; i++) {
        int e = unknowns.get(i);
        if (e / w == r) {
          row[i] = e % w == w - 1 ? -1 : 1;
        }
      }
      eqs.add(row);
    }
    for (int c = 0; c < w; c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        int e = unknowns.get(i);
        if (e % w == c) {
          col[i] = e / w == h - 1 ? -1 : 1;
        }
      }
      eqs.add(col);
    }
    int rank = rank(eqs, n);
    double[] unit = new double[n];
    unit[unknowns.indexOf(target)] = 1;
    List<double[]> more = new ArrayList<>(eqs);
    more.add(unit);
    return rank(more, n) == rank;
  }

  private static int rank(List<double[]> rows, int n) {
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows.get(i).clone();
    }
    int rank = 0;
    for (int col = 0; col < n && rank < m.length; col++) {
      int pivot = -1;
      for (int i = rank; i < m.length; i++) {
        if (Math.abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.abs(m[i][col]) > Math.abs(m[pivot][col]))) {
          pivot = i;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[rank];
      m[rank] = m[pivot];
      m[pivot] = tmp;
      for (int i = 0; i < m.length; i++) {
        if (i != rank && Math.abs(m[i][col]) > 1e-9) {
          double f = m[i][col] / m[rank][col];
          for (int j = col; j < n; j++) {
            m[i][j] -= f * m[rank][j];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
