package io.bingescope.report;

/** The report's colours: a sequential scale for heatmaps and the fixed colours of axes and bars. */
final class Palette {
  static final int TEXT = 0x222222;
  static final int MUTED = 0x666666;
  static final int GRID = 0xDDDDDD;
  static final int AXIS = 0x888888;
  static final int BAR = 0x3E6FB0;
  /** The colour of a cell with nothing in it, apart from the scale so that any viewing shows. */
  static final int EMPTY = 0xEEEEEE;

  // ColorBrewer YlOrRd, light to dark.
  private static final int[] STOPS = {
    0xFFFFCC, 0xFFEDA0, 0xFED976, 0xFEB24C, 0xFD8D3C, 0xFC4E2A, 0xE31A1C, 0xBD0026, 0x800026
  };

  private Palette() {}

  /** Returns the colour of {@code value} on a linear scale from 0 to {@code max}. */
  static int shade(double value, double max) {
    if (!(value > 0) || !(max > 0)) {
      return EMPTY;
    }
    double t = Math.min(1, value / max) * (STOPS.length - 1);
    int i = Math.min((int) t, STOPS.length - 2);
    double f = t - i;
    return mix(STOPS[i], STOPS[i + 1], f);
  }

  private static int mix(int a, int b, double f) {
    int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
    int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
    int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    return r << 16 | g << 8 | bl;
  }
}
