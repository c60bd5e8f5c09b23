package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.scenario.BundledScenarios;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void acceptsEveryBundledScenario() {
    for (String name : BundledScenarios.names()) {
      Cli r = Cli.run("validate", name);
      assertThat(r.exitCode()).as(name + "\n" + r.err()).isZero();
      assertThat(r.out()).contains(name + ": valid");
    }
  }

  @Test
  void listsEveryProblemWithLineNumbersAndExitsWith2() throws Exception {
    Path file = Paths.get(getClass().getResource("/scenarios/invalid/several-problems.yaml").toURI());
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    long problems = r.err().lines().filter(l -> l.strip().startsWith(file.toString() + ":")).count();
    assertThat(problems).isGreaterThanOrEqualTo(3);
    assertThat(r.err()).matches("(?s).*several-problems\\.yaml:\\d+:\\d+: .*").doesNotContain("\tat ");
  }

  @Test
  void simulateRunsNothingOnAnInvalidScenario() throws Exception {
    Path file = Paths.get(getClass().getResource("/scenarios/invalid/unknown-zone.yaml").toURI());
    Path out = Path.of(System.getProperty("java.io.tmpdir"), "bingescope-never-" + System.nanoTime());
    Cli r = Cli.run("simulate", file.toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown-zone.yaml:");
    assertThat(out).doesNotExist();
  }

  @Test
  void reportsABadOverrideAsAProblem() {
    Cli r = Cli.run("validate", "tiny", "--set", "population.members=-5");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("population.members");
  }

  @Test
  void aShownBundledScenarioValidatesFromAFile() throws Exception {
    Cli shown = Cli.run("scenarios", "--show", "office-binge-2018");
    assertThat(shown.exitCode()).isZero();
    Path copy = java.nio.file.Files.createTempFile("office", ".yaml");
    java.nio.file.Files.writeString(copy, shown.out());
    Cli r = Cli.run("validate", copy.toString(), "--members", "10");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Cli.run("scenarios", "--show", "nope").exitCode()).isEqualTo(2);
    assertThat(Cli.run("scenarios", "--schema").out()).contains("\"$schema\"");
  }

  @Test
  void scenariosListsTheBundledOnes() {
    Cli r = Cli.run("scenarios");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("tiny").contains("christmas-prince-2017").contains("office-binge-2018");
  }
}
