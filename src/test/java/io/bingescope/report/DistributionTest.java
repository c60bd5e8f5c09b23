package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void countsAValueInTheBinWhoseLowerEdgeItReaches() {
    Distribution d = new Distribution(new double[] {0, 1, 2, 4}, false);
    for (double v : new double[] {0, 0.999, 1, 1.5, 2, 3.99, 4, 100, -1}) {
      d.add(v);
    }
    assertThat(d.count(0)).isEqualTo(3); // 0, 0.999 and -1 (below the first edge)
    assertThat(d.count(1)).isEqualTo(2);
    assertThat(d.count(2)).isEqualTo(2);
    assertThat(d.count(3)).isEqualTo(2);
    assertThat(d.total()).isEqualTo(9);
  }

  @Test
  void labelsWholeBinsByTheirValuesAndTheLastAsOpen() {
    Distribution whole = new Distribution(new double[] {0, 1, 2, 6, 8, 30}, true);
    assertThat(whole.label(0)).isEqualTo("0");
    assertThat(whole.label(1)).isEqualTo("1");
    assertThat(whole.label(2)).isEqualTo("2-5");
    assertThat(whole.label(3)).isEqualTo("6-7");
    assertThat(whole.label(5)).isEqualTo("30+");
    Distribution hours = new Distribution(new double[] {0, 1, 2.5, 4}, false);
    assertThat(hours.label(0)).isEqualTo("0-1");
    assertThat(hours.label(1)).isEqualTo("1-2.5");
    assertThat(hours.label(3)).isEqualTo("4+");
  }

  @Test
  void chartStopsAtTheLastBinHoldingAValue() {
    Distribution d = new Distribution(new double[] {0, 1, 2, 3, 4}, true);
    d.add(0);
    d.add(2);
    d.add(2);
    BarChart chart = d.chart("t", "d", "x", "y");
    assertThat(chart.labels()).containsExactly("0", "1", "2");
    assertThat(chart.count(2)).isEqualTo(2);
    assertThat(new Distribution(new double[] {0, 1}, true).chart("t", "d", "x", "y").labels())
        .containsExactly("0");
  }

  @Test
  void mergeAddsCountsOfTheSameBinsOnly() {
    Distribution a = new Distribution(new double[] {0, 1}, true);
    Distribution b = new Distribution(new double[] {0, 1}, true);
    a.add(0);
    b.add(5);
    b.add(0);
    a.merge(b);
    assertThat(a.count(0)).isEqualTo(2);
    assertThat(a.count(1)).isEqualTo(1);
    assertThatThrownBy(() -> a.merge(new Distribution(new double[] {0, 2}, true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Distribution(new double[] {0, 0}, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
