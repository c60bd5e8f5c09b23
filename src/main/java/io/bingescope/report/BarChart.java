package io.bingescope.report;

import java.util.List;
import java.util.Locale;

/**
 * Vertical bars of counts over labelled bins: the distribution of a figure over the members. The
 * count is written over each bar and, with its share, is the bar's tooltip in the SVG.
 */
public final class BarChart extends TitledChart {
  private static final int LEFT = 56;
  private static final int TOP = 52;
  private static final int PLOT = 180;
  private static final int SLOT = 44;

  private final List<String> labels;
  private final long[] counts;
  private final String xAxis;
  private final String yAxis;
  private final long total;
  private final long top;

  /**
   * Creates a bar chart.
   *
   * @param labels the bins' labels, left to right
   * @param counts the count of each bin
   * @param xAxis what the bins are (with unit), written under the axis
   * @param yAxis what is counted, written over the axis
   */
  public BarChart(
      String title, String description, List<String> labels, long[] counts, String xAxis,
      String yAxis) {
    super(title, description);
    if (labels.size() != counts.length) {
      throw new IllegalArgumentException(labels.size() + " labels for " + counts.length + " bars");
    }
    this.labels = List.copyOf(labels);
    this.counts = counts.clone();
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    long sum = 0;
    long most = 0;
    for (long n : counts) {
      if (n < 0) {
        throw new IllegalArgumentException("negative count " + n);
      }
      sum += n;
      most = Math.max(most, n);
    }
    this.total = sum;
    this.top = niceTop(most);
  }

  /** Returns the bins' labels. */
  public List<String> labels() {
    return labels;
  }

  /** Returns the count of bin {@code i}. */
  public long count(int i) {
    return counts[i];
  }

  @Override
  public int width() {
    int plot = LEFT + labels.size() * SLOT + 16;
    int heading = headingWidth();
    int axis = LEFT + textWidth(xAxis.length(), LABEL) + 16;
    return Math.max(plot, Math.max(heading, axis));
  }

  @Override
  public int height() {
    return TOP + PLOT + 44;
  }

  @Override
  public void paint(Canvas c) {
    beginWithTitle(c);
    c.text(4, TOP - 14, yAxis, LABEL, Canvas.Anchor.START, Palette.MUTED);
    int right = LEFT + labels.size() * SLOT;
    long step = top / 4;
    for (int k = 0; k <= 4; k++) {
      double y = TOP + PLOT - (double) PLOT * k / 4;
      c.line(LEFT, y, right, y, k == 0 ? Palette.AXIS : Palette.GRID);
      c.text(LEFT - 6, y + 4, String.format(Locale.ROOT, "%,d", step * k), LABEL,
          Canvas.Anchor.END, Palette.MUTED);
    }
    for (int i = 0; i < counts.length; i++) {
      double h = top == 0 ? 0 : (double) PLOT * counts[i] / top;
      double x = LEFT + i * SLOT;
      double cx = x + SLOT / 2.0;
      if (counts[i] > 0) {
        c.rect(x + 6, TOP + PLOT - h, SLOT - 12, h, Palette.BAR,
            labels.get(i) + " " + xAxis + ": " + String.format(Locale.ROOT, "%,d", counts[i])
                + " " + yAxis + " (" + percent(counts[i]) + ")");
        c.text(cx, TOP + PLOT - h - 4, String.format(Locale.ROOT, "%,d", counts[i]), 10,
            Canvas.Anchor.MIDDLE, Palette.TEXT);
      }
      c.text(cx, TOP + PLOT + 15, labels.get(i), LABEL, Canvas.Anchor.MIDDLE, Palette.MUTED);
    }
    c.text(LEFT, TOP + PLOT + 34, xAxis, LABEL, Canvas.Anchor.START, Palette.MUTED);
    c.end();
  }

  /** Returns the share of all counts that {@code n} is, as a percentage with one decimal. */
  public String percent(long n) {
    return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
  }

  /**
   * Returns the top of the axis: four times the smallest grid step that reaches {@code n}, the
   * steps being 1, 2, 5, then 10, 15, 20, 25, 50 x 10^k.
   */
  static long niceTop(long n) {
    for (long step : new long[] {1, 2, 5}) {
      if (4 * step >= n) {
        return 4 * step;
      }
    }
    for (long magnitude = 1; ; magnitude *= 10) {
      for (long step : new long[] {10, 15, 20, 25, 50}) {
        if (4 * step * magnitude >= n) {
          return 4 * step * magnitude;
        }
      }
    }
  }
}
