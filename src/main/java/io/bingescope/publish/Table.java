package io.bingescope.publish;

import java.util.List;

/**
 * The shape of a released table: its rows and columns, and whether row, column and grand totals are published with
 * the cells. Cells are indexed row-major; the "extended" grid adds a totals column and a totals row when
 * {@code margins} is set.
 *
 * @param name the table's name ({@code streaks}, {@code binge}, {@code hours}, {@code query})
 * @param definition what a cell counts, in words, for release.json
 * @param rows the row labels (public: not derived from who is in the data)
 * @param columns the column labels
 * @param margins whether the totals are published
 */
public record Table(String name, String definition, List<String> rows, List<String> columns, boolean margins) {

  /** The label of the totals row and column. */
  public static final String TOTAL = "total";

  public Table {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    if (rows.isEmpty() || columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs a row and a column: " + name);
    }
  }

  /** Returns the number of interior cells. */
  public int cells() {
    return rows.size() * columns.size();
  }

  /** Returns the number of rows of the extended grid. */
  public int height() {
    return rows.size() + (margins ? 1 : 0);
  }

  /** Returns the number of columns of the extended grid. */
  public int width() {
    return columns.size() + (margins ? 1 : 0);
  }

  /** Returns the row label of extended row {@code r}. */
  public String rowLabel(int r) {
    return r < rows.size() ? rows.get(r) : TOTAL;
  }

  /** Returns the column label of extended column {@code c}. */
  public String columnLabel(int c) {
    return c < columns.size() ? columns.get(c) : TOTAL;
  }

  /** Returns whether extended entry {@code e} is a total rather than a cell. */
  public boolean isTotal(int e) {
    return e / width() >= rows.size() || e % width() >= columns.size();
  }

  /** Returns the extended entry of interior cell {@code cell}. */
  public int entry(int cell) {
    return cell / columns.size() * width() + cell % columns.size();
  }

  /** Returns the extended grid of interior counts: the cells, and with margins their row, column and grand sums. */
  public long[] extend(long[] interior) {
    int rs = rows.size();
    int cs = columns.size();
    long[] e = new long[height() * width()];
    for (int r = 0; r < rs; r++) {
      for (int c = 0; c < cs; c++) {
        long v = interior[r * cs + c];
        e[r * width() + c] = v;
        if (margins) {
          e[r * width() + cs] += v;
          e[rs * width() + c] += v;
          e[rs * width() + cs] += v;
        }
      }
    }
    return e;
  }
}
