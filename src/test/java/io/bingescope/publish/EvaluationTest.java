package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The differencing attack and the accuracy figures. The DP checks are statistical: the estimated advantage of n
 * pairs deviates from its expectation by more than sqrt(ln(1/alpha) / n) with probability at most alpha (Hoeffding,
 * for the difference of two means of n coins each); alpha, the false-alarm rate, is 1e-6.
 */
class EvaluationTest {
  private static final int PAIRS = 20_000;
  private static final double SLACK = Math.sqrt(Math.log(1e6) / PAIRS);

  @ParameterizedTest(name = "dpAdvantage_staysUnder(e^eps-1)/(e^eps+1)_eps{0}_maxCells{1}_targetCells{2} (false alarm 1e-6)")
  @CsvSource({"0.5,1,1", "1,1,1", "2,1,1", "1,3,3", "1,3,1", "4,2,2"})
  void dpAdvantage_isBoundedByEpsilon_falseAlarm1e6(String eps, int maxCells, int targetCells) {
    Policy.Dp dp = new Policy.Dp(new BigDecimal(eps), maxCells, false);
    long[] bounded = {40, 3, 17, 0 + targetCells, 9};
    int[] cells = new int[targetCells];
    for (int i = 0; i < targetCells; i++) {
      cells[i] = i;
    }
    Tally.Contribution target = new Tally.Contribution(7, cells, cells);
    Evaluation.Attack a = Evaluation.attackDp(dp, bounded, target, PAIRS, RandomSource.L64_X128_MIX.create(11));
    double e = Math.exp(Double.parseDouble(eps));
    assertEquals((e - 1) / (e + 1), a.bound(), 1e-12);
    assertTrue(a.advantage() <= a.bound() + SLACK, "advantage " + a.advantage() + " over the bound " + a.bound());
    // the printed interval: about 1.96 standard deviations of the difference of two rates of PAIRS coins
    assertTrue(a.halfWidth95() > 0 && a.halfWidth95() < 1.96 * Math.sqrt(0.5 / PAIRS) + 1e-12, "" + a.halfWidth95());
    // one cell: the optimal test's advantage is exactly (1 - r) / (1 + r), r = exp(-eps / maxCells)
    if (targetCells == 1) {
      double r = Math.exp(-Double.parseDouble(eps) / maxCells);
      assertEquals((1 - r) / (1 + r), a.advantage(), SLACK, "single-cell advantage");
    }
  }

  @Test
  void raw_isAlwaysTold_andThreshold_dependsOnTheCell() {
    Table t = SuppressionTest.table(2, 3, true);
    long[] truth = {3, 50, 40, 60, 70, 80};
    Tally.Contribution small = new Tally.Contribution(1, new int[] {0}, new int[] {0});
    Tally.Contribution large = new Tally.Contribution(2, new int[] {4}, new int[] {4});
    assertEquals(1.0, Evaluation.attackDeterministic(t, new Policy.Raw(), truth, small).advantage());
    // with totals published, the grand total gives the member away even when its own cell is suppressed
    assertEquals(1.0, Evaluation.attackDeterministic(t, new Policy.Threshold(10), truth, small).advantage());
    assertEquals(1.0, Evaluation.attackDeterministic(t, new Policy.Threshold(10), truth, large).advantage());
    // a single count without totals: 3 and 2 are both suppressed, 50 and 49 both published
    Table one = SuppressionTest.table(1, 1, false);
    Tally.Contribution only = new Tally.Contribution(1, new int[] {0}, new int[] {0});
    assertEquals(0.0, Evaluation.attackDeterministic(one, new Policy.Threshold(10), new long[] {3}, only).advantage());
    assertEquals(1.0, Evaluation.attackDeterministic(one, new Policy.Threshold(10), new long[] {50}, only).advantage());
    assertEquals(1.0, Evaluation.attackDeterministic(one, new Policy.Threshold(10), new long[] {10}, only).advantage(),
        "10 is published and 9 is not: the suppression itself tells");
  }

  @Test
  void accuracy_countsErrorsSuppressionAndRankChanges() {
    Table t = SuppressionTest.table(1, 4, false);
    long[] truth = {100, 50, 20, 5};
    Release threshold = Release.of(t, new Policy.Threshold(10), truth, truth, null);
    Evaluation.Accuracy a = Evaluation.accuracy(threshold, truth, 4);
    assertEquals(1, a.suppressed());
    assertEquals(0.0, a.meanError());
    assertEquals(1, a.topChanged(), "the withheld fourth cell has lost its rank");
    Release noisy = new Release(t, new Policy.Raw(), new long[] {100, 10, 20, 5}, new boolean[4], -1, null);
    Evaluation.Accuracy b = Evaluation.accuracy(noisy, truth, 4);
    assertEquals(40, b.maxError());
    assertEquals(10.0, b.meanError());
    assertEquals(2, b.topChanged());
  }
}
