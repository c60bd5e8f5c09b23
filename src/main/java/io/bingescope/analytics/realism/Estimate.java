package io.bingescope.analytics.realism;

/**
 * A figure measured on a population: its value and 95% interval, or why it could not be measured.
 *
 * @param figure the figure
 * @param value the value over the whole population, NaN when not measurable
 * @param low the interval's lower end, NaN without an interval
 * @param high the interval's upper end, NaN without an interval
 * @param batches the batches of members the interval was computed from (those where the figure was measurable)
 * @param unavailable why the figure could not be measured on this input, or null when it was
 */
public record Estimate(Figure figure, double value, double low, double high, int batches, String unavailable) {

  /** Returns a figure that could not be measured, with why. */
  public static Estimate unavailable(Figure figure, String why) {
    return new Estimate(figure, Double.NaN, Double.NaN, Double.NaN, 0, why);
  }

  /** Returns whether the figure was measured. */
  public boolean measured() {
    return unavailable == null;
  }

  /** Returns whether it has an interval (at least 2 batches where it was measurable). */
  public boolean hasInterval() {
    return !Double.isNaN(low);
  }
}
