package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same analytics code runs on stored views and fused with the simulation, with identical results. */
class FusedAnalysisTest {
  @TempDir Path tmp;

  @Test
  void fusedAndStoredRunsOfOneScenarioAndSeedGiveIdenticalMetrics() throws Exception {
    Path stored = tmp.resolve("stored");
    Path analyzed = tmp.resolve("analyzed");
    Path fused = tmp.resolve("fused");
    String[] scenario = {"office-binge-2018", "--members", "3000", "--seed", "11"};
    assertThat(run(ReproduceCommandTest.concat(new String[] {"simulate"}, scenario), "-q", "-o", stored.toString()))
        .isZero();
    assertThat(Cli.run("analyze", stored.toString(), "-q", "-o", analyzed.toString()).exitCode()).isZero();
    assertThat(run(ReproduceCommandTest.concat(new String[] {"simulate"}, scenario), "--analyze-only", "-q",
        "-o", fused.toString())).isZero();

    byte[] fromFile = Files.readAllBytes(analyzed.resolve("metrics.csv"));
    assertThat(Files.readAllLines(fused.resolve("metrics.csv"))).hasSize(3001);
    assertThat(Files.readAllBytes(fused.resolve("metrics.csv"))).isEqualTo(fromFile);

    ObjectMapper json = new ObjectMapper();
    ObjectNode a = (ObjectNode) json.readTree(analyzed.resolve("summary.json").toFile());
    ObjectNode b = (ObjectNode) json.readTree(fused.resolve("summary.json").toFile());
    for (String about : new String[] {"input", "period_source"}) {
      a.remove(about);
      b.remove(about);
    }
    assertThat(b).isEqualTo(a);
    assertThat(fused.resolve("views.csv")).doesNotExist();
  }

  private static int run(String[] args, String... more) {
    Cli r = Cli.run(ReproduceCommandTest.concat(args, more));
    assertThat(r.err()).doesNotContain("\tat ");
    return r.exitCode();
  }
}
