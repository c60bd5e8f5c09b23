package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.publish.Policy;
import io.bingescope.publish.Release;
import io.bingescope.publish.Table;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseChartTest {
  private static final Table TABLE = new Table("hours", "test", List.of("US", "GB"), List.of("0-1 h", "1-2 h",
      "2-5 h"), true);

  @Test
  void chart_showsTheLargestTrueCellsWithTheirReleasedCounts() throws Exception {
    long[] truth = {900, 4, 300, 120, 35, 80};
    Release threshold = Release.of(TABLE, new Policy.Threshold(11), truth, truth, null);
    ReleaseChart chart = new ReleaseChart(threshold, truth, 3);
    assertThat(chart.cells()).isEqualTo(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.svg(out);
    String svg = out.toString(StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("US / 0-1 h", "US / 2-5 h", "GB / 0-1 h")
        .doesNotContain("GB / 2-5 h") // the fourth largest of three
        .contains("true count 900", "released 900", "true count 300", "released 120", "threshold:11")
        .doesNotContain("released 300");
    // the 4 is withheld, with 300 as its complement in row US: the one withheld cell drawn is labelled, not drawn
    assertThat(threshold.suppressed()[TABLE.entry(2)]).isTrue();
    assertThat(countOf(svg, "withheld<")).isEqualTo(1);
  }

  @Test
  void negativeNoisyCounts_areDrawnAsEmptyBarsWithTheirValue() throws Exception {
    long[] truth = {3, 1, 2, 0, 0, 0};
    Release noisy = new Release(TABLE, new Policy.Raw(), TABLE.extend(new long[] {-2, 1, 2, 0, 0, 0}),
        new boolean[12], -1, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReleaseChart(noisy, truth, 4).svg(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("released -2");
  }

  private static long countOf(String s, String part) {
    long n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
