package io.bingescope.scenario;

import java.util.List;

/**
 * A named distribution for a parameter that varies between members, sessions or titles. In YAML a bare number means
 * {@link Fixed}; otherwise a map with a {@code dist} key and the distribution's parameters. Every distribution but
 * {@link Uniform} and {@link Choice} also takes optional {@code min} and {@code max}, which clamp each draw.
 */
public sealed interface Dist {

  /** Returns the lower clamp applied to each draw. */
  double min();

  /** Returns the upper clamp applied to each draw. */
  double max();

  /** Always {@code value}. */
  record Fixed(double value) implements Dist {
    public double min() {
      return value;
    }

    public double max() {
      return value;
    }
  }

  /** Uniform on [min, max). */
  record Uniform(double min, double max) implements Dist {}

  /** Normal with the given mean and standard deviation (sd > 0). */
  record Normal(double mean, double sd, double min, double max) implements Dist {}

  /** Log-normal with the given median (> 0) and log-scale sigma (> 0). */
  record LogNormal(double median, double sigma, double min, double max) implements Dist {}

  /** Gamma with shape (> 0) and scale (> 0); mean = shape x scale. */
  record Gamma(double shape, double scale, double min, double max) implements Dist {}

  /** Exponential with the given mean (> 0). */
  record Exponential(double mean, double min, double max) implements Dist {}

  /** Poisson with the given mean (>= 0); draws are whole numbers. */
  record Poisson(double mean, double min, double max) implements Dist {}

  /** One of {@code values}, with probabilities proportional to {@code weights} (same length, all >= 0, sum > 0). */
  record Choice(List<Double> values, List<Double> weights) implements Dist {
    public Choice {
      values = List.copyOf(values);
      weights = List.copyOf(weights);
    }

    public double min() {
      return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    public double max() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
  }
}
