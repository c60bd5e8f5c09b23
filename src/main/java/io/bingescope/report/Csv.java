package io.bingescope.report;

import io.bingescope.io.CsvStyle;

/** Small helpers for writing CSV text the way {@code simulate} does. */
public final class Csv {
  private static final long SCALE = 10_000;

  private Csv() {}

  /** Returns an RFC 4180 field: quoted only when it holds a comma, quote, CR or LF. */
  public static String field(String s) {
    return CsvStyle.EXACT.field(s);
  }

  /**
   * Appends a non-negative value rounded half up to four decimals, e.g. {@code 1.5000}; integer
   * arithmetic, as String.format costs a microsecond per call and a million members have five
   * such fields each.
   */
  static StringBuilder decimal(StringBuilder b, double v) {
    long scaled = Math.round(v * SCALE);
    long whole = scaled / SCALE;
    long frac = scaled % SCALE;
    b.append(whole).append('.');
    for (long d = SCALE / 10; d > frac && d > 1; d /= 10) {
      b.append('0');
    }
    return b.append(frac);
  }
}
