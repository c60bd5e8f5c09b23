package io.bingescope.report;

/**
 * What a chart draws on: a few primitives in pixel coordinates (origin top left, text positioned
 * by its baseline), implemented once as SVG text for the HTML page ({@link SvgCanvas}) and once
 * as Java2D for PNG files ({@link ImageCanvas}), so both show the same picture. Colours are
 * {@code 0xRRGGBB}.
 */
public interface Canvas {

  /** How a text is placed horizontally against its x coordinate. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /** Starts a picture of the given size, with a title and a description for screen readers. */
  void begin(int width, int height, String title, String description);

  /** Fills a rectangle; {@code tooltip} (or null) is shown on hover where the backend can. */
  void rect(double x, double y, double w, double h, int rgb, String tooltip);

  /** Draws a one-pixel line. */
  void line(double x1, double y1, double x2, double y2, int rgb);

  /** Draws one line of text with its baseline at {@code y}. */
  void text(double x, double y, String text, double size, Anchor anchor, int rgb);

  /** Ends the picture. */
  void end();
}
