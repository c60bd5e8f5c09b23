package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact sampler against its exact distribution. Each chi-square test has a false-alarm rate of 1e-4 (a correct
 * sampler fails it once in 10,000 seeds); the seeds are fixed, so a pass is reproducible.
 */
class DiscreteLaplaceTest {
  private static final double FALSE_ALARM = 1e-4;

  @ParameterizedTest(name = "samplesTheExactDistribution_rate{0}/{1} (chi-square, false alarm 1e-4)")
  @CsvSource({"1,1", "1,3", "2,1", "7,10", "1,20"})
  void samplesTheExactDistribution_chiSquareFalseAlarm1e4(long s, long t) {
    DiscreteLaplace lap = new DiscreteLaplace(s, t);
    UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(s * 1_000 + t);
    int draws = 200_000;
    // Bins -q..q, each expected at least 20 times, plus the two tails beyond.
    long q = 0;
    while (draws * lap.probability(q + 1) >= 20) {
      q++;
    }
    int bins = (int) (2 * q + 3);
    long[] seen = new long[bins];
    for (int i = 0; i < draws; i++) {
      long y = lap.sample(rng);
      seen[y < -q ? 0 : y > q ? bins - 1 : (int) (y + q + 1)]++;
    }
    double chi = 0;
    double tail = lap.tail(q) / 2;
    for (int b = 0; b < bins; b++) {
      double p = b == 0 || b == bins - 1 ? tail : lap.probability(b - q - 1);
      double expected = draws * p;
      chi += (seen[b] - expected) * (seen[b] - expected) / expected;
    }
    double critical = ChiSquaredDistribution.of(bins - 1).inverseSurvivalProbability(FALSE_ALARM);
    assertTrue(chi < critical, "chi-square " + chi + " over " + bins + " bins exceeds " + critical
        + " (false alarm 1e-4): " + java.util.Arrays.toString(seen));
  }

  @ParameterizedTest(name = "bernoulliExp_isExp(-{0}/{1}) (z-test, false alarm 1e-4)")
  @CsvSource({"0,1", "1,1", "1,2", "3,7", "5,2", "13,4"})
  void bernoulliExp_hasProbabilityExpMinusRate_falseAlarm1e4(long n, long d) {
    UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(n * 31 + d);
    int draws = 200_000;
    long hits = 0;
    for (int i = 0; i < draws; i++) {
      hits += DiscreteLaplace.bernoulliExp(rng, n, d) ? 1 : 0;
    }
    double p = Math.exp(-(double) n / d);
    double sd = Math.sqrt(draws * p * (1 - p));
    // two-sided normal quantile of 1e-4: 3.89 standard deviations (0 and 1 exactly when p is 1)
    assertTrue(Math.abs(hits - draws * p) <= 3.89 * sd + 1e-9, hits + " hits of " + draws + ", expected p " + p);
  }

  @ParameterizedTest(name = "halfWidth_isTheSmallestCovering95_rate{0}/{1}")
  @CsvSource({"1,1", "1,10", "3,1"})
  void halfWidth_isTheSmallestCovering95(long s, long t) {
    DiscreteLaplace lap = new DiscreteLaplace(s, t);
    long q = lap.halfWidth(0.95);
    double inside = 0;
    for (long y = -q; y <= q; y++) {
      inside += lap.probability(y);
    }
    assertTrue(inside >= 0.95, "P(|Y| <= " + q + ") = " + inside);
    assertTrue(q == 0 || inside - lap.probability(q) - lap.probability(-q) < 0.95, "q " + q + " is not the smallest");
    assertEquals(1 - inside, lap.tail(q), 1e-12);
  }
}
