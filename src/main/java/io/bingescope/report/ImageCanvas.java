package io.bingescope.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a chart into a {@link BufferedImage} with Java2D (headless AWT), for PNG files. Coordinates
 * are those of the SVG, multiplied by {@code scale}; tooltips, title and description have no place
 * in a bitmap and are dropped.
 */
public final class ImageCanvas implements Canvas {
  private final double scale;
  private BufferedImage image;
  private Graphics2D g;

  /** Creates a canvas drawing at {@code scale} pixels per chart unit. */
  public ImageCanvas(double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
    this.scale = scale;
  }

  @Override
  public void begin(int width, int height, String title, String description) {
    image =
        new BufferedImage(
            (int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
            BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.scale(scale, scale);
    g.setStroke(new BasicStroke(1f));
    rect(0, 0, width, height, 0xFFFFFF, null);
  }

  @Override
  public void rect(double x, double y, double w, double h, int rgb, String tooltip) {
    g.setColor(new Color(rgb));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int rgb) {
    g.setColor(new Color(rgb));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, int rgb) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size));
    double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double left =
        switch (anchor) {
          case START -> x;
          case MIDDLE -> x - w / 2;
          case END -> x - w;
        };
    g.setColor(new Color(rgb));
    g.drawString(text, (float) left, (float) y);
  }

  @Override
  public void end() {
    g.dispose();
    g = null;
  }

  /** Returns the picture drawn. */
  public BufferedImage image() {
    return image;
  }
}
