package io.bingescope.sim;

import io.bingescope.scenario.Dist;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws from a scenario {@link Dist} with a caller's generator. Samplers are immutable and shared by all threads;
 * the per-member generator is passed to each draw, so no sampler is ever bound to one member.
 */
public final class Sampler {
  private static final int NORMAL = 1;
  private static final int LOG_NORMAL = 2;
  private static final int OTHER = 0;

  private final Dist dist;
  private final double[] choiceValues;
  private final AliasTable choiceTable;
  // The hot kinds (normal, log-normal) with their parameters unpacked: a draw tests an int, not a chain of types.
  private final int kind;
  private final double location;
  private final double scale;
  private final double min;
  private final double max;

  private Sampler(Dist dist) {
    this.dist = dist;
    if (dist instanceof Dist.Normal n) {
      kind = NORMAL;
      location = n.mean();
      scale = n.sd();
    } else if (dist instanceof Dist.LogNormal l) {
      kind = LOG_NORMAL;
      location = l.median();
      scale = l.sigma();
    } else {
      kind = OTHER;
      location = 0;
      scale = 0;
    }
    min = dist.min();
    max = dist.max();
    if (dist instanceof Dist.Choice c) {
      choiceValues = c.values().stream().mapToDouble(Double::doubleValue).toArray();
      choiceTable = AliasTable.of(c.weights().stream().mapToDouble(Double::doubleValue).toArray());
    } else {
      choiceValues = null;
      choiceTable = null;
    }
  }

  /** Returns a sampler for the distribution. */
  public static Sampler of(Dist dist) {
    return new Sampler(dist);
  }

  /** Returns one draw. */
  public double sample(UniformRandomProvider rng) {
    return sample(rng, null);
  }

  /**
   * Returns one draw, taking normal deviates from {@code gaussian} (a sampler bound to {@code rng}) when given, so
   * a caller drawing many values with one generator makes the Gaussian sampler once.
   */
  public double sample(UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
    if (kind == LOG_NORMAL) {
      // FastMath (Commons Math) is pure Java over literal tables: with Java 17's strict IEEE arithmetic it gives
      // the same bits on every platform, like StrictMath, at a fraction of FdLibm's cost on this hot path.
      return Math.min(max, Math.max(min, location * FastMath.exp(scale * gaussian(rng, gaussian))));
    } else if (kind == NORMAL) {
      return Math.min(max, Math.max(min, location + scale * gaussian(rng, gaussian)));
    }
    return sampleOther(rng, gaussian);
  }

  // The other kinds, kept out of sample() so that it stays small enough for the JIT to inline at its call sites.
  private double sampleOther(UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
    double x;
    if (dist instanceof Dist.Fixed f) {
      return f.value();
    } else if (dist instanceof Dist.Uniform u) {
      return u.min() + (u.max() - u.min()) * rng.nextDouble();
    } else if (dist instanceof Dist.Choice) {
      return choiceValues[choiceTable.sample(rng)];
    } else if (dist instanceof Dist.Gamma g) {
      x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, g.shape(), g.scale()).sample();
    } else if (dist instanceof Dist.Exponential e) {
      x = ZigguratSampler.Exponential.of(rng, e.mean()).sample();
    } else if (dist instanceof Dist.Poisson p) {
      x = p.mean() == 0 ? 0 : PoissonSampler.of(rng, p.mean()).sample();
    } else {
      throw new IllegalStateException("unknown distribution " + dist);
    }
    return Math.min(dist.max(), Math.max(dist.min(), x));
  }

  private static double gaussian(UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
    return gaussian != null ? gaussian.sample() : ZigguratSampler.NormalizedGaussian.of(rng).sample();
  }

  /** Returns the distribution's mean before clamping, where it has a closed form. */
  public double mean() {
    if (dist instanceof Dist.Fixed f) {
      return f.value();
    } else if (dist instanceof Dist.Uniform u) {
      return (u.min() + u.max()) / 2;
    } else if (dist instanceof Dist.Normal n) {
      return n.mean();
    } else if (dist instanceof Dist.LogNormal l) {
      return l.median() * StrictMath.exp(l.sigma() * l.sigma() / 2);
    } else if (dist instanceof Dist.Gamma g) {
      return g.shape() * g.scale();
    } else if (dist instanceof Dist.Exponential e) {
      return e.mean();
    } else if (dist instanceof Dist.Poisson p) {
      return p.mean();
    }
    Dist.Choice c = (Dist.Choice) dist;
    double sw = 0;
    double s = 0;
    for (int i = 0; i < choiceValues.length; i++) {
      sw += c.weights().get(i);
      s += c.weights().get(i) * choiceValues[i];
    }
    return s / sw;
  }
}
