package io.bingescope.io.netflix;

import io.bingescope.io.InputException;
import io.bingescope.io.run.NetflixExport;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.model.History;
import java.time.LocalDate;

/**
 * What must hold whatever bytes the importer is given: it either refuses them with a clear
 * message naming the file, or returns a consistent import that the analytics can read. Any other
 * outcome (another exception, an inconsistent import) fails the calling test.
 */
final class ImportInvariants {
  static final String NAME = "fuzz.csv";

  private ImportInvariants() {}

  /** Imports {@code data} and checks the outcome. */
  static void check(byte[] data, ImportSettings settings) {
    NetflixExport e;
    try {
      e = NetflixExport.read(NAME, data, settings);
    } catch (InputException ex) {
      assertThat(ex.getMessage()).startsWith(NAME).doesNotContain("Exception");
      return;
    }
    ImportReport r = e.report();
    History h = e.history();
    assertThat(h.size()).isEqualTo(r.imported()).isPositive();
    assertThat(r.rows()).isEqualTo(r.imported() + r.skipped());
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < h.size(); i++) {
      if (i > 0) {
        assertThat(h.startUtc(i)).isGreaterThanOrEqualTo(h.startUtc(i - 1));
      }
      assertThat(h.title(i)).isBetween(0, e.catalog().size() - 1);
      assertThat(h.profile(i)).isBetween(0, e.profiles().size() - 1);
      assertThat(h.durationS(i)).isNotNegative();
      long day = Math.floorDiv(h.startLocal(i), 86_400L);
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
    for (ImportReport.Problem p : r.problems()) {
      assertThat(p.line()).isPositive();
      assertThat(p.detail()).isNotBlank();
    }
    MemberMetrics m = new MemberMetrics(MetricOptions.DEFAULTS)
        .compute(h, e.catalog(), LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    assertThat(m.viewingSeconds()).isNotNegative();
  }
}
