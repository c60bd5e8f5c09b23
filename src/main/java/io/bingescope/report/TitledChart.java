package io.bingescope.report;

/**
 * A chart with its title drawn at its top in the report's title type: the title, its width and its
 * drawing are here once for the bar chart, the heatmap and the line chart.
 */
abstract sealed class TitledChart implements Chart permits Heatmap, BarChart, LineChart {
  /** Font size of labels. */
  static final double LABEL = 11;
  /** Font size of the title. */
  static final double TITLE = 14;

  private final String title;
  private final String description;

  TitledChart(String title, String description) {
    this.title = title;
    this.description = description;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String description() {
    return description;
  }

  /** Returns the width in pixels of {@code chars} characters of text of font size {@code size} (an estimate). */
  static int textWidth(int chars, double size) {
    return (int) Math.ceil(chars * size * 0.62);
  }

  /** Returns the width the title needs, with its margin. */
  final int headingWidth() {
    return textWidth(title.length(), TITLE) + 16;
  }

  /** Begins the drawing on {@code c} at this chart's size and draws the title. */
  final void beginWithTitle(Canvas c) {
    c.begin(width(), height(), title, description);
    c.text(4, 18, title, TITLE, Canvas.Anchor.START, Palette.TEXT);
  }
}
