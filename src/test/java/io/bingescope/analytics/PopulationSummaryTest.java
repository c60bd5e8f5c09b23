package io.bingescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PopulationSummaryTest {

  @Test
  void quantilesAreExact_forSmallIntegersAndZero() {
    LogHistogram h = new LogHistogram();
    for (int v = 0; v <= 100; v++) {
      h.add(v);
    }
    assertThat(h.quantile(0.5)).isEqualTo(50);
    assertThat(h.quantile(0.9)).isEqualTo(90);
    assertThat(h.quantile(0.99)).isEqualTo(99);
    assertThat(h.quantile(0.001)).isZero();
    assertThat(h.min()).isZero();
    assertThat(h.max()).isEqualTo(100);
    assertThat(h.mean()).isEqualTo(50);
  }

  @Test
  void quantilesAreAtMostOnePart128Low_forContinuousValues() {
    Random r = new Random(42);
    double[] values = new double[100_001];
    LogHistogram h = new LogHistogram();
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.exp(r.nextGaussian() * 3);
      h.add(values[i]);
    }
    Arrays.sort(values);
    for (double q : new double[] {0.01, 0.5, 0.9, 0.99, 1.0}) {
      double exact = values[(int) Math.ceil(q * values.length) - 1];
      double estimate = h.quantile(q);
      assertThat(estimate).as("q=%s", q).isLessThanOrEqualTo(exact);
      assertThat(estimate).as("q=%s", q).isGreaterThanOrEqualTo(exact * (1 - 1.0 / 128));
    }
  }

  @Test
  void mergingBlocksGivesTheWholesFigures() {
    Random r = new Random(7);
    LogHistogram whole = new LogHistogram();
    LogHistogram a = new LogHistogram();
    LogHistogram b = new LogHistogram();
    for (int i = 0; i < 10_000; i++) {
      double v = r.nextDouble() * 40;
      whole.add(v);
      (i < 3_000 ? a : b).add(v);
    }
    a.merge(b);
    assertThat(a.count()).isEqualTo(whole.count());
    assertThat(a.min()).isEqualTo(whole.min());
    assertThat(a.max()).isEqualTo(whole.max());
    assertThat(a.mean()).isCloseTo(whole.mean(), within(1e-9));
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      assertThat(a.quantile(q)).isEqualTo(whole.quantile(q));
    }
  }

  @Test
  void summaryIsZero_withoutMembers() {
    PopulationSummary s = new PopulationSummary();
    assertThat(s.members()).isZero();
    assertThat(s.stats(PopulationSummary.Metric.VIEWING_HOURS))
        .isEqualTo(new PopulationSummary.Stats(0, 0, 0, 0, 0, 0));
    assertThat(s.count(PopulationSummary.Threshold.STREAK_18)).isZero();
  }
}
