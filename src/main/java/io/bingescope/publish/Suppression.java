package io.bingescope.publish;

import java.util.ArrayDeque;

/**
 * Threshold suppression with complementary suppression on a table's extended grid (cells and, when published, the
 * row, column and grand totals).
 *
 * <p>Primary: every entry above 0 and under K. Complementary: each row and each column of the extended grid is one
 * linear equation (its cells sum to its total), so a suppressed entry can be worked out exactly when it is the only
 * unknown of a line, or, more generally, when it is a bridge of the graph whose nodes are the grid's rows and
 * columns and whose edges are the suppressed entries (an entry lies in the null space of the equations exactly when
 * it lies on a cycle of that bipartite graph). So complements are added, smallest count first and cells before
 * totals, until no line has exactly one suppressed entry and no suppressed entry is a bridge. Without totals there
 * is no equation and primary suppression is all.
 */
public final class Suppression {
  private Suppression() {}

  /** Returns which entries of {@code extended} (the table's extended grid of true counts) are suppressed. */
  public static boolean[] suppress(Table table, long[] extended, int k) {
    boolean[] s = new boolean[extended.length];
    for (int e = 0; e < extended.length; e++) {
      s[e] = extended[e] > 0 && extended[e] < k;
    }
    if (!table.margins()) {
      return s;
    }
    int h = table.height();
    int w = table.width();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int line = 0; line < h + w && !changed; line++) {
        int count = 0;
        for (int e : line(line, h, w)) {
          count += s[e] ? 1 : 0;
        }
        if (count == 1) {
          int best = -1;
          for (int e : line(line, h, w)) {
            if (!s[e] && better(table, extended, e, best)) {
              best = e;
            }
          }
          s[best] = true;
          changed = true;
        }
      }
      if (changed) {
        continue;
      }
      int bridge = firstBridge(s, h, w);
      if (bridge >= 0) {
        boolean[] sideOfRow = reach(s, h, w, bridge);
        boolean[] sideOfColumn = reachFrom(s, h, w, bridge, h + bridge % w);
        int best = -1;
        for (int f = 0; f < s.length; f++) {
          int fr = f / w;
          int fc = h + f % w;
          boolean joins = (sideOfRow[fr] && sideOfColumn[fc]) || (sideOfColumn[fr] && sideOfRow[fc]);
          if (!s[f] && joins && better(table, extended, f, best)) {
            best = f;
          }
        }
        s[best] = true; // a row and a column on the two sides always meet in an entry not yet suppressed
        changed = true;
      }
    }
    return s;
  }

  /** Returns whether a suppressed entry {@code e} of the extended grid can be worked out from the published ones. */
  public static boolean determined(Table table, boolean[] s, int e) {
    if (!table.margins()) {
      return false;
    }
    return !reach(s, table.height(), table.width(), e)[table.height() + e % table.width()];
  }

  /**
   * Returns the first suppressed entry that is a bridge of the suppressed entries' graph (Tarjan's low-link, by an
   * explicit stack), or -1.
   */
  static int firstBridge(boolean[] s, int h, int w) {
    int n = h + w;
    int[] order = new int[n];
    int[] low = new int[n];
    int[] parentEdge = new int[n];
    int[] next = new int[n]; // position in the node's line reached so far
    java.util.Arrays.fill(order, -1);
    int counter = 0;
    int[] stack = new int[n];
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root;
      order[root] = low[root] = counter++;
      parentEdge[root] = -1;
      next[root] = 0;
      while (depth > 0) {
        int node = stack[depth - 1];
        int length = node < h ? w : h;
        if (next[node] < length) {
          int i = next[node]++;
          int f = node < h ? node * w + i : i * w + (node - h);
          if (!s[f] || f == parentEdge[node]) {
            continue;
          }
          int other = node < h ? h + i : i;
          if (order[other] < 0) {
            order[other] = low[other] = counter++;
            parentEdge[other] = f;
            next[other] = 0;
            stack[depth++] = other;
          } else {
            low[node] = Math.min(low[node], order[other]);
          }
        } else {
          depth--;
          if (depth > 0) {
            int parent = stack[depth - 1];
            low[parent] = Math.min(low[parent], low[node]);
            if (low[node] > order[parent]) {
              return parentEdge[node];
            }
          }
        }
      }
    }
    return -1;
  }

  private static boolean better(Table t, long[] v, int e, int best) {
    if (best < 0) {
      return true;
    }
    if (t.isTotal(e) != t.isTotal(best)) {
      return !t.isTotal(e);
    }
    return v[e] < v[best];
  }

  private static int[] line(int line, int h, int w) {
    if (line < h) {
      int[] es = new int[w];
      for (int c = 0; c < w; c++) {
        es[c] = line * w + c;
      }
      return es;
    }
    int c = line - h;
    int[] es = new int[h];
    for (int r = 0; r < h; r++) {
      es[r] = r * w + c;
    }
    return es;
  }

  /** Returns the nodes (rows 0..h-1, columns h..h+w-1) the row of {@code e} reaches over suppressed entries but e. */
  private static boolean[] reach(boolean[] s, int h, int w, int e) {
    return reachFrom(s, h, w, e, e / w);
  }

  private static boolean[] reachFrom(boolean[] s, int h, int w, int skip, int start) {
    boolean[] seen = new boolean[h + w];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    seen[start] = true;
    todo.add(start);
    while (!todo.isEmpty()) {
      int node = todo.poll();
      for (int f : line(node, h, w)) {
        if (!s[f] || f == skip) {
          continue;
        }
        int other = node < h ? h + f % w : f / w;
        if (!seen[other]) {
          seen[other] = true;
          todo.add(other);
        }
      }
    }
    return seen;
  }
}
