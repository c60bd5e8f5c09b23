package io.bingescope.report;

import java.util.List;
import java.util.Locale;

/**
 * A grid of cells shaded by value (linear, 0 to the largest value), with row and column labels and
 * a legend: viewing by weekday and hour, and a member's calendar of days by hour. Each cell's value
 * is its tooltip in the SVG.
 */
public final class Heatmap extends TitledChart {
  private static final int TOP = 46;
  private static final int LEGEND_STEPS = 6;
  private static final int SWATCH = 26;

  private final List<String> rows;
  private final List<String> columns;
  private final int rowLabelEvery;
  private final int columnLabelEvery;
  private final double[] values;
  private final String unit;
  private final int decimals;
  private final int cellW;
  private final int cellH;
  private final double max;
  private final int left;

  /**
   * Creates a heatmap.
   *
   * @param rows the row names, top to bottom (each is labelled every {@code rowLabelEvery})
   * @param columns the column names, left to right (labelled every {@code columnLabelEvery})
   * @param values the values, row after row ({@code rows.size() x columns.size()})
   * @param unit the values' unit, for tooltips and the legend
   * @param decimals the decimals shown of a value
   */
  public Heatmap(
      String title,
      String description,
      List<String> rows,
      int rowLabelEvery,
      List<String> columns,
      int columnLabelEvery,
      double[] values,
      String unit,
      int decimals,
      int cellW,
      int cellH) {
    super(title, description);
    if (values.length != rows.size() * columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + rows.size() + " x " + columns.size() + " cells");
    }
    if (rowLabelEvery < 1 || columnLabelEvery < 1 || cellW < 1 || cellH < 1) {
      throw new IllegalArgumentException("label steps and cell sizes must be positive");
    }
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowLabelEvery = rowLabelEvery;
    this.columnLabelEvery = columnLabelEvery;
    this.values = values.clone();
    this.unit = unit;
    this.decimals = decimals;
    this.cellW = cellW;
    this.cellH = cellH;
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    this.max = m;
    int widest = 0;
    for (int r = 0; r < this.rows.size(); r += rowLabelEvery) {
      widest = Math.max(widest, this.rows.get(r).length());
    }
    this.left = textWidth(widest, LABEL) + 12;
  }

  /** Returns the value of a cell. */
  public double value(int row, int column) {
    return values[row * columns.size() + column];
  }

  /** Returns the largest value, the darkest shade. */
  public double max() {
    return max;
  }

  @Override
  public int width() {
    int grid = left + columns.size() * cellW + 12;
    int legend = legendLeft() + (LEGEND_STEPS + 1) * SWATCH + 120;
    int heading = headingWidth();
    return Math.max(grid, Math.max(legend, heading));
  }

  @Override
  public int height() {
    return legendTop() + 12 + 20;
  }

  private int legendLeft() {
    return Math.max(left, textWidth(format(0).length(), LABEL) + 12);
  }

  private int legendTop() {
    return TOP + rows.size() * cellH + 12;
  }

  @Override
  public void paint(Canvas c) {
    beginWithTitle(c);
    for (int col = 0; col < columns.size(); col += columnLabelEvery) {
      c.text(left + col * cellW + cellW / 2.0, TOP - 6, columns.get(col), LABEL,
          Canvas.Anchor.MIDDLE, Palette.MUTED);
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = TOP + r * cellH;
      if (r % rowLabelEvery == 0) {
        c.text(left - 6, y + cellH / 2.0 + LABEL * 0.35, rows.get(r), LABEL, Canvas.Anchor.END,
            Palette.MUTED);
      }
      for (int col = 0; col < columns.size(); col++) {
        double v = value(r, col);
        c.rect(left + col * cellW, y, cellW - 1, cellH - 1, Palette.shade(v, max),
            rows.get(r) + ", " + columns.get(col) + ": " + format(v));
      }
    }
    // The legend: the colour of nothing, then the scale in equal steps up to the largest value.
    int y = legendTop();
    int x = legendLeft();
    c.text(x - 6, y + 9, format(0), LABEL, Canvas.Anchor.END, Palette.MUTED);
    c.rect(x, y, SWATCH, 10, Palette.EMPTY, null);
    for (int i = 1; i <= LEGEND_STEPS; i++) {
      c.rect(x + i * SWATCH, y, SWATCH, 10, Palette.shade(max * i / LEGEND_STEPS, max), null);
    }
    c.text(x + (LEGEND_STEPS + 1) * SWATCH + 6, y + 9, format(max), LABEL, Canvas.Anchor.START,
        Palette.MUTED);
    c.end();
  }

  /** Returns a value with its unit, as shown in tooltips and the legend. */
  public String format(double v) {
    return String.format(Locale.ROOT, "%,." + decimals + "f %s", v, unit);
  }
}
