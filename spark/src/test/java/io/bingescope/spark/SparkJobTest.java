package io.bingescope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: bad input is exit code 2 with one message, and an existing output is never touched. */
class SparkJobTest {

  @Test
  void unknownScenario_exit2NamingIt(@TempDir Path tmp) {
    Result r = run("simulate", "no-such-scenario", "-o", tmp.resolve("out").toString(), "--local", "1");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("no-such-scenario").contains("bundled scenarios are").doesNotContain("\tat ");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void existingOutput_exit2AndUntouched(@TempDir Path tmp) throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path mine = Files.writeString(out.resolve("mine.txt"), "keep");
    Result r = run("analyze", "tiny", "-o", out.toString(), "--members", "10", "--local", "1");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("exists").doesNotContain("\tat ");
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(mine);
    }
    assertThat(Files.readString(mine)).isEqualTo("keep");
  }

  private record Result(int code, String err) {}

  private static Result run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = SparkJob.run(args);
      return new Result(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }
}
