package io.bingescope.report;

import java.util.Locale;

/**
 * Draws a chart as an inline SVG element: well-formed XML, every text escaped with {@link Html},
 * labelled for screen readers by its {@code <title>} and {@code <desc>} ({@code role="img"}).
 */
public final class SvgCanvas implements Canvas {
  static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  private final String id;
  private final StringBuilder b = new StringBuilder(4_096);

  /** Creates a canvas whose element ids start with {@code id} (unique within the page). */
  public SvgCanvas(String id) {
    this.id = id;
  }

  @Override
  public void begin(int width, int height, String title, String description) {
    String t = Html.attribute(id + "-title");
    String d = Html.attribute(id + "-desc");
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(Html.attribute(id)).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(t)
        .append("\" aria-describedby=\"").append(d).append("\" font-family=\"").append(FONT)
        .append("\">\n<title id=\"").append(t).append("\">").append(Html.text(title))
        .append("</title>\n<desc id=\"").append(d).append("\">").append(Html.text(description))
        .append("</desc>\n");
    rect(0, 0, width, height, 0xFFFFFF, null);
  }

  @Override
  public void rect(double x, double y, double w, double h, int rgb, String tooltip) {
    b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
        .append("\" fill=\"").append(color(rgb)).append('"');
    if (tooltip == null) {
      b.append("/>\n");
    } else {
      b.append("><title>").append(Html.text(tooltip)).append("</title></rect>\n");
    }
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int rgb) {
    b.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
        .append("\" stroke=\"").append(color(rgb)).append("\" stroke-width=\"1\"/>\n");
  }

  @Override
  public void text(double x, double y, String text, double size, Anchor anchor, int rgb) {
    b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" font-size=\"").append(num(size)).append('"');
    if (anchor != Anchor.START) {
      b.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    b.append(" fill=\"").append(color(rgb)).append("\">").append(Html.text(text))
        .append("</text>\n");
  }

  @Override
  public void end() {
    b.append("</svg>\n");
  }

  /** Returns the SVG element drawn so far. */
  public String svg() {
    return b.toString();
  }

  private static String color(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
  }

  private static String num(double v) {
    double r = Math.rint(v * 100) / 100;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.2f", r);
  }
}
