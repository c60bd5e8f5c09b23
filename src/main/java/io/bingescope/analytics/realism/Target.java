package io.bingescope.analytics.realism;

/**
 * One published figure to compare a population with, as a targets file states it.
 *
 * @param figure the figure measured
 * @param name what the figure is, in words
 * @param definition how it is measured
 * @param published the published value, as published (e.g. {@code 1.2-1.3 h/day (2017)})
 * @param min the lowest value within tolerance, NaN for no lower bound
 * @param max the highest value within tolerance, NaN for no upper bound
 * @param source the source, short, for the table
 * @param citation the source in full
 * @param line the line of the target in its file, for messages
 */
public record Target(
    Figure figure,
    String name,
    String definition,
    String published,
    double min,
    double max,
    String source,
    String citation,
    int line) {

  /** The verdict on a figure. */
  public enum Verdict {
    PASS,
    MISS,
    NA
  }

  /** Returns the verdict on a measured figure: within tolerance, outside it, or not measurable. */
  public Verdict verdict(Estimate e) {
    if (!e.measured()) {
      return Verdict.NA;
    }
    double v = e.value();
    boolean low = !Double.isNaN(min) && v < min;
    boolean high = !Double.isNaN(max) && v > max;
    return low || high ? Verdict.MISS : Verdict.PASS;
  }
}
