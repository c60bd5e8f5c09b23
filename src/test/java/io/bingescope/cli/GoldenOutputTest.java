package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the bytes of {@code simulate tiny}. Any change to the engine, the bundled scenario or the writers that moves
 * a single byte fails here; update the hashes deliberately, in a commit that says why the output changed.
 */
class GoldenOutputTest {
  @TempDir Path tmp;

  @Test
  void tinyOutputIsByteForByteTheSameAsPinned() throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("simulate", "tiny", "-q", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(SimulateCommandTest.sha256(out.resolve("titles.csv"))).as("titles.csv").isEqualTo(TITLES);
    assertThat(SimulateCommandTest.sha256(out.resolve("members.csv"))).as("members.csv").isEqualTo(MEMBERS);
    assertThat(SimulateCommandTest.sha256(out.resolve("views.csv"))).as("views.csv").isEqualTo(VIEWS);
  }

  static final String TITLES = "de3e5152dbd49ba42f0fb49bd13b6bda4847fbaaaa405d60946db5443fd906ce";
  static final String MEMBERS = "46f43cd53c092a74eebebf307474ea55df4a10576b41c0ee8399caab47f67dd2";
  static final String VIEWS = "e8c525eab0964be1fe124f20d2c085b648844305ae72386aee1305db56a02736";
}
