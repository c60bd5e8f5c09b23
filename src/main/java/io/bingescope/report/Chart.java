package io.bingescope.report;

import java.awt.image.BufferedImage;

/**
 * A chart of the report: a model that lays itself out and paints on a {@link Canvas}, so the SVG
 * of the page and the PNG file are one drawing.
 */
public sealed interface Chart permits TitledChart, ReleaseChart {

  /** Returns the chart's title, drawn at its top. */
  String title();

  /** Returns a sentence saying what the chart shows, for screen readers. */
  String description();

  /** Returns the width in pixels (SVG user units). */
  int width();

  /** Returns the height in pixels (SVG user units). */
  int height();

  /** Paints the chart, from {@link Canvas#begin} to {@link Canvas#end}. */
  void paint(Canvas canvas);

  /** Returns the chart as an SVG element whose ids start with {@code id}. */
  default String svg(String id) {
    SvgCanvas c = new SvgCanvas(id);
    paint(c);
    return c.svg();
  }

  /** Returns the chart as a picture, {@code scale} pixels per unit. */
  default BufferedImage image(double scale) {
    ImageCanvas c = new ImageCanvas(scale);
    paint(c);
    return c.image();
  }
}
