package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.scenario.BundledScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario but those {@link #NOT_YET} passes {@code realism} against the bundled targets: 4,000 members (200 per batch), seed 1,
 * fused. A figure near a bound can miss by chance at this size; the verdict compares the value with the tolerance,
 * so the seeded run either passes or fails the same way every time.
 */
class BundledScenariosRealismTest {

  /**
   * Scenarios left out until they meet their targets (none today). The test fails for a new bundled scenario that
   * misses, as every other one is included.
   */
  static final java.util.Set<String> NOT_YET = java.util.Set.of();

  static Stream<String> scenarios() {
    return BundledScenarios.names().stream().filter(n -> !NOT_YET.contains(n));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void bundledScenario_passesRealism(String scenario) {
    Cli r = Cli.run("realism", scenario, "--members", "4000", "--seed", "1", "-q");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).as("realism %s: %n%s", scenario, r.out()).isZero();
  }
}
