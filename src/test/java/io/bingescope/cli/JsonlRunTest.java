package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSONL run is read back by every INPUT command as its CSV twin is. */
class JsonlRunTest {
  @TempDir Path tmp;

  private Path simulate(String name, String format) {
    Path out = tmp.resolve(name);
    Cli r = Cli.run("simulate", "tiny", "--members", "200", "-q", "--format", format, "-o",
        out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void analyze_onJsonlRun_writesTheCsvRunsMetrics() throws IOException {
    Path csv = simulate("csv", "csv");
    Path jsonl = simulate("jsonl", "jsonl");
    assertThat(Cli.run("analyze", csv.toString(), "-q", "-o", tmp.resolve("mc").toString())
        .exitCode()).isZero();
    Cli r = Cli.run("analyze", jsonl.toString(), "-q", "-o", tmp.resolve("mj").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(tmp.resolve("mj/metrics.csv")))
        .isEqualTo(Files.readString(tmp.resolve("mc/metrics.csv")));
    Cli q = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "1", "--ending",
        "2017-11-18", jsonl.resolve("views.jsonl").toString());
    assertThat(q.exitCode()).as(q.err()).isZero();
    assertThat(q.out()).isEqualTo(Cli.run("query", "streak", "--title", "A Christmas Prince",
        "--days", "1", "--ending", "2017-11-18", csv.toString()).out());
  }

  @Test
  void jsonlViewWithAWrongType_isRefusedWithFileAndLine_exit2() throws IOException {
    Path jsonl = simulate("jsonl", "jsonl");
    Path views = jsonl.resolve("views.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(views));
    lines.set(4, lines.get(4).replaceFirst("\"duration_s\":(\\d+)", "\"duration_s\":\"$1\""));
    Files.write(views, lines);
    // Without the manifest, whose byte count would refuse the changed file first.
    Files.delete(jsonl.resolve("manifest.json"));
    Cli r = Cli.run("analyze", jsonl.toString(), "-q", "-o", tmp.resolve("m").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("views.jsonl:5: duration_s: expected a whole number")
        .doesNotContain("\tat ");
  }
}
