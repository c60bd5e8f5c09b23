package io.bingescope.analytics.realism;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch-means interval covers a known value about 95% of the time: 200 seeded populations of 400 members from a
 * model whose figures are known exactly (each member 0-6 views a day apart; each view reaches 70% with probability
 * 0.75 and then lasts the film's 5,400 s, else 600 s). The test accepts 179 to 198 covering intervals of 200; with
 * exact 95% intervals it would fail by chance with probability 0.09% per figure (binomial tails 0.048% + 0.040%).
 */
class BatchIntervalTest {
  private static final int POPULATIONS = 200;
  private static final int MEMBERS = 400;

  @Test
  void intervalCoversTheKnownValue_about95PercentOfPopulations_falseAlarmRate0point09percentPerFigure() {
    double c1 = 0.75;
    double v1 = 3 * (0.75 * 5_400 + 0.25 * 600) / (46 * 3_600.0);
    int coveredC1 = 0;
    int coveredV1 = 0;
    SplittableRandom r = new SplittableRandom(2026);
    RealismPass pass = new RealismPass(RealismWorld.CATALOG, RealismWorld.FIRST, RealismWorld.LAST);
    History h = new History();
    for (int p = 0; p < POPULATIONS; p++) {
      RealismTally tally = new RealismTally(20);
      for (int m = 0; m < MEMBERS; m++) {
        h.reset(m);
        int views = r.nextInt(7);
        for (int v = 0; v < views; v++) {
          long start = (RealismWorld.FIRST.toEpochDay() + 2L * v) * 86_400 + 20 * 3_600;
          int duration = r.nextDouble() < 0.75 ? 5_400 : 600;
          h.add(0, 0, start, 0, duration, 0, 0, 0, false, Supplemental.NONE);
        }
        pass.add(h, null, tally);
      }
      List<Estimate> estimates = RealismResults.of(tally, RealismWorld.FIRST, RealismWorld.LAST, null);
      for (Estimate e : estimates) {
        if (e.figure() == Figure.C1 && e.low() <= c1 && c1 <= e.high()) {
          coveredC1++;
        }
        if (e.figure() == Figure.V1 && e.low() <= v1 && v1 <= e.high()) {
          coveredV1++;
        }
      }
    }
    assertThat(coveredC1).as("C1 intervals covering 0.75").isBetween(179, 198);
    assertThat(coveredV1).as("V1 intervals covering the mean").isBetween(179, 198);
  }
}
