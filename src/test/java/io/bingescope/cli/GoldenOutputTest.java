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
  static final String MEMBERS = "ab1ecccc32f2e0210175bddad934e02a1a075dde96d42e0c9eb6d27b7677350f";
  static final String VIEWS = "f005202a6b01eff4a3fe8451542db1b7309b7ba04489e9295c096404161c8c3a";
}
