package io.bingescope.report;

import io.bingescope.publish.Release;
import io.bingescope.publish.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A release beside the truth: for the largest true cells, one bar of the true count and one of the count as
 * released (noisy, or withheld), so what a policy costs can be seen cell by cell.
 */
public final class ReleaseChart implements Chart {
  /** The file name publish writes the chart to. */
  public static final String FILE_NAME = "release-vs-truth.svg";

  private static final double LABEL = 11;
  private static final double TITLE = 14;
  private static final int TOP = 58;
  private static final int ROW = 30;
  private static final int LABEL_WIDTH = 260;
  private static final int PLOT = 380;
  private static final int TRUTH = 0xB0B0B0;

  private final String title;
  private final String description;
  private final List<String> labels = new ArrayList<>();
  private final List<long[]> pairs = new ArrayList<>(); // {truth, released, withheld ? 1 : 0}
  private final long top;

  /** Creates the chart of the {@code cells} largest true cells of a release; {@code truth} is its interior counts. */
  public ReleaseChart(Release release, long[] truth, int cells) {
    Table t = release.table();
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < truth.length; c++) {
      order.add(c);
    }
    order.sort(Comparator.<Integer>comparingLong(c -> -truth[c]).thenComparingInt(c -> c));
    long most = 0;
    for (int i = 0; i < Math.min(cells, order.size()); i++) {
      int c = order.get(i);
      int e = t.entry(c);
      String label = t.rows().get(c / t.columns().size()) + " / " + t.columns().get(c % t.columns().size());
      labels.add(label.length() > 40 ? label.substring(0, 39) + "..." : label);
      long released = release.values()[e];
      pairs.add(new long[] {truth[c], released, release.suppressed()[e] ? 1 : 0});
      most = Math.max(most, Math.max(truth[c], released));
    }
    this.top = BarChart.niceTop(most);
    this.title = "Released (" + release.policy().spelling() + ") beside the truth, " + t.name();
    this.description = "For the " + labels.size() + " largest true cells of the " + t.name() + " table, the true"
        + " count (grey) and the count as released under " + release.policy().spelling() + " (blue; withheld"
        + " cells are marked).";
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String description() {
    return description;
  }

  /** Returns the number of cells drawn. */
  public int cells() {
    return labels.size();
  }

  @Override
  public int width() {
    return Math.max(LABEL_WIDTH + PLOT + 90, (int) Math.ceil(title.length() * TITLE * 0.62) + 16);
  }

  @Override
  public int height() {
    return TOP + labels.size() * ROW + 30;
  }

  @Override
  public void paint(Canvas c) {
    c.begin(width(), height(), title, description);
    c.text(4, 18, title, TITLE, Canvas.Anchor.START, Palette.TEXT);
    c.rect(4, 30, 10, 10, TRUTH, null);
    c.text(18, 39, "true count", LABEL, Canvas.Anchor.START, Palette.MUTED);
    c.rect(104, 30, 10, 10, Palette.BAR, null);
    c.text(118, 39, "released", LABEL, Canvas.Anchor.START, Palette.MUTED);
    int bottom = TOP + labels.size() * ROW;
    for (int k = 0; k <= 4; k++) {
      double x = LABEL_WIDTH + (double) PLOT * k / 4;
      c.line(x, TOP - 4, x, bottom, k == 0 ? Palette.AXIS : Palette.GRID);
      c.text(x, bottom + 16, String.format(Locale.ROOT, "%,d", top / 4 * k), LABEL, Canvas.Anchor.MIDDLE,
          Palette.MUTED);
    }
    for (int i = 0; i < labels.size(); i++) {
      long[] p = pairs.get(i);
      double y = TOP + i * ROW;
      c.text(LABEL_WIDTH - 6, y + 16, labels.get(i), LABEL, Canvas.Anchor.END, Palette.TEXT);
      bar(c, y + 2, p[0], TRUTH, labels.get(i) + ": true count " + String.format(Locale.ROOT, "%,d", p[0]));
      if (p[2] == 1) {
        c.text(LABEL_WIDTH + 4, y + 24, "withheld", 10, Canvas.Anchor.START, Palette.MUTED);
      } else {
        bar(c, y + 14, p[1], Palette.BAR, labels.get(i) + ": released " + String.format(Locale.ROOT, "%,d", p[1]));
      }
    }
    c.end();
  }

  private void bar(Canvas c, double y, long value, int rgb, String tooltip) {
    double w = top == 0 ? 0 : (double) PLOT * Math.max(0, value) / top;
    c.rect(LABEL_WIDTH, y, w, 10, rgb, tooltip);
    c.text(LABEL_WIDTH + w + 4, y + 9, String.format(Locale.ROOT, "%,d", value), 10, Canvas.Anchor.START,
        Palette.TEXT);
  }

  /** Writes the chart as a standalone SVG file. */
  public void svg(OutputStream out) throws IOException {
    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg("bingescope-release"))
        .getBytes(StandardCharsets.UTF_8));
  }
}
