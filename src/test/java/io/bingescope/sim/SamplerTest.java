package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.scenario.Dist;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplerTest {
  static final double INF = Double.POSITIVE_INFINITY;

  static List<Dist> unclamped() {
    return List.of(
        new Dist.Fixed(3),
        new Dist.Uniform(2, 5),
        new Dist.Normal(10, 2, -INF, INF),
        new Dist.LogNormal(60, 0.5, -INF, INF),
        new Dist.Gamma(2, 0.4, -INF, INF),
        new Dist.Exponential(3, -INF, INF),
        new Dist.Poisson(1.7, -INF, INF),
        new Dist.Choice(List.of(1.0, 5.0), List.of(3.0, 1.0)));
  }

  @ParameterizedTest
  @MethodSource("unclamped")
  void sampleMeanMatchesTheDistributionMean(Dist dist) {
    Sampler s = Sampler.of(dist);
    var rng = Seeds.generator(7, 3, dist.hashCode());
    SummaryStatistics stats = new SummaryStatistics();
    for (int i = 0; i < 200_000; i++) {
      stats.addValue(s.sample(rng));
    }
    double tolerance = 5 * stats.getStandardDeviation() / Math.sqrt(stats.getN()) + 1e-12;
    assertThat(stats.getMean()).isCloseTo(s.mean(), org.assertj.core.data.Offset.offset(tolerance));
  }

  @org.junit.jupiter.api.Test
  void drawsStayWithinClamps() {
    Sampler s = Sampler.of(new Dist.Normal(0, 10, -1, 2));
    var rng = Seeds.generator(1, 1, 1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(s.sample(rng)).isBetween(-1.0, 2.0);
    }
  }
}
