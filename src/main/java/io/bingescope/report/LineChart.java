package io.bingescope.report;

import java.util.List;
import java.util.Locale;

/**
 * Lines of points over a numeric x axis, each point with an optional interval drawn as a whisker: a share (0 to 1,
 * drawn as a percentage) against a count, such as unicity against the points known. Each series has its colour and
 * a legend entry; a point's value and interval are its tooltip in the SVG.
 */
public final class LineChart extends TitledChart {
  private static final int LEFT = 56;
  private static final int TOP = 52;
  private static final int PLOT_W = 420;
  private static final int PLOT_H = 220;
  private static final int LEGEND_W = 190;
  private static final int[] COLOURS = {0x3E6FB0, 0xD9822B, 0x2E8B57, 0xB03E6F, 0x7A5CB8, 0x8C6D1F, 0x2B9FB0,
      0x555555, 0xC0392B, 0x16A085, 0x9B8C2E, 0x1F3A93};

  /** One line: its name and its points, x ascending, with {@code low}/{@code high} NaN when it has no interval. */
  public record Series(String name, double[] x, double[] y, double[] low, double[] high) {
    public Series {
      if (x.length != y.length || x.length != low.length || x.length != high.length) {
        throw new IllegalArgumentException("a series' arrays differ in length");
      }
    }
  }

  private final List<Series> series;
  private final String xAxis;
  private final String yAxis;
  private final double xMin;
  private final double xMax;

  /** Creates a chart of the series (at least one point in all) with the axes' names. */
  public LineChart(String title, String description, List<Series> series, String xAxis, String yAxis) {
    super(title, description);
    this.series = List.copyOf(series);
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.x()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      throw new IllegalArgumentException("a line chart needs a point");
    }
    xMin = lo;
    xMax = hi == lo ? lo + 1 : hi;
  }

  /** Returns the series. */
  public List<Series> series() {
    return series;
  }

  @Override
  public int width() {
    int heading = headingWidth();
    return Math.max(LEFT + PLOT_W + 24 + LEGEND_W, heading);
  }

  @Override
  public int height() {
    return Math.max(TOP + PLOT_H + 44, TOP + 18 * series.size() + 8);
  }

  /** Returns the x pixel of a value. */
  double px(double x) {
    return LEFT + 12 + (PLOT_W - 24) * (x - xMin) / (xMax - xMin);
  }

  /** Returns the y pixel of a share (0 at the bottom, 1 at the top; outside values are clamped). */
  double py(double share) {
    return TOP + PLOT_H - PLOT_H * Math.max(0, Math.min(1, share));
  }

  @Override
  public void paint(Canvas c) {
    beginWithTitle(c);
    c.text(4, TOP - 14, yAxis, LABEL, Canvas.Anchor.START, Palette.MUTED);
    int right = LEFT + PLOT_W;
    for (int k = 0; k <= 4; k++) {
      double y = py(k / 4.0);
      c.line(LEFT, y, right, y, k == 0 ? Palette.AXIS : Palette.GRID);
      c.text(LEFT - 6, y + 4, (25 * k) + "%", LABEL, Canvas.Anchor.END, Palette.MUTED);
    }
    java.util.TreeSet<Double> ticks = new java.util.TreeSet<>();
    for (Series s : series) {
      for (double v : s.x()) {
        ticks.add(v);
      }
    }
    for (double v : ticks) {
      c.line(px(v), TOP + PLOT_H, px(v), TOP + PLOT_H + 4, Palette.AXIS);
      c.text(px(v), TOP + PLOT_H + 16, number(v), LABEL, Canvas.Anchor.MIDDLE, Palette.MUTED);
    }
    c.text(LEFT, TOP + PLOT_H + 34, xAxis, LABEL, Canvas.Anchor.START, Palette.MUTED);
    for (int si = 0; si < series.size(); si++) {
      Series s = series.get(si);
      int rgb = COLOURS[si % COLOURS.length];
      for (int i = 0; i < s.x().length; i++) {
        double x = px(s.x()[i]);
        if (i > 0) {
          c.line(px(s.x()[i - 1]), py(s.y()[i - 1]), x, py(s.y()[i]), rgb);
        }
        if (!Double.isNaN(s.low()[i]) && !Double.isNaN(s.high()[i])) {
          c.line(x, py(s.low()[i]), x, py(s.high()[i]), rgb);
          c.line(x - 3, py(s.low()[i]), x + 3, py(s.low()[i]), rgb);
          c.line(x - 3, py(s.high()[i]), x + 3, py(s.high()[i]), rgb);
        }
        String tip = s.name() + ", " + xAxis + " " + number(s.x()[i]) + ": " + percent(s.y()[i])
            + (Double.isNaN(s.low()[i]) ? "" : " [" + percent(s.low()[i]) + ", " + percent(s.high()[i]) + "]");
        c.rect(x - 3, py(s.y()[i]) - 3, 6, 6, rgb, tip);
      }
      double ly = TOP + 18 * si;
      c.rect(right + 24, ly - 8, 10, 10, rgb, null);
      c.text(right + 40, ly + 1, s.name(), LABEL, Canvas.Anchor.START, Palette.TEXT);
    }
    c.end();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
