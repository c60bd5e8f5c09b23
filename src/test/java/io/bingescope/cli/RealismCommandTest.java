package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.report.RealismTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realism command: its exit codes, stored against fused runs, realism.csv, and bad targets files. */
class RealismCommandTest {
  @TempDir Path tmp;

  private Path targets(String... lines) throws Exception {
    Path file = tmp.resolve("targets-" + lines.length + "-" + lines[0].hashCode() + ".yaml");
    Files.writeString(file, "targets:\n" + String.join("\n", lines) + "\n");
    return file;
  }

  private static String target(String figure, String tolerance) {
    return "  - {figure: " + figure + ", name: " + figure + ", published: p, source: s, tolerance: " + tolerance
        + "}";
  }

  @Test
  void exitsZero_whenEveryFigureIsWithinTolerance() throws Exception {
    Path lenient = targets(target("C1", "{min: 0, max: 1}"), target("V1", "{min: 0, max: 24}"),
        target("H3-profiles", "{min: 1, max: 5}"));
    Cli r = Cli.run("realism", "tiny", "-q", "--targets", lenient.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("C1").contains("pass").doesNotContain("MISS").contains("3 of 3 figures within");
  }

  @Test
  void exitsThree_whenAFigureMisses() throws Exception {
    Path strict = targets(target("C1", "{max: 0.01}"), target("V1", "{min: 0, max: 24}"));
    Cli r = Cli.run("realism", "tiny", "-q", "--targets", strict.toString());
    assertThat(r.exitCode()).isEqualTo(RealismCommand.MISS).isEqualTo(3);
    assertThat(r.out()).contains("MISS").contains("1 miss");
  }

  @Test
  void badTargetsFile_exitsTwoWithFileAndLine() throws Exception {
    Path bad = targets(target("C1", "{max: 0.01}"), "  - {figure: NOPE, name: n, published: p, source: s,"
        + " tolerance: {max: 1}}");
    Cli r = Cli.run("realism", "tiny", "-q", "--targets", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":3: 'figure': unknown figure 'NOPE'").doesNotContain("\tat ");
    Cli missing = Cli.run("realism", "tiny", "-q", "--targets", tmp.resolve("none.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.yaml: no such file");
  }

  @Test
  void storedRun_givesTheFusedFigures_andWritesRealismCsv() throws Exception {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "office-binge-2018", "--members", "600", "--seed", "5", "-q", "-o",
        run.toString()).exitCode()).isZero();
    Cli stored = Cli.run("realism", run.toString(), "-q", "-o", tmp.resolve("out").toString());
    Cli fused = Cli.run("realism", "office-binge-2018", "--members", "600", "--seed", "5", "-q");
    assertThat(stored.err()).isEmpty();
    assertThat(stored.exitCode()).isIn(0, 3);
    assertThat(fused.exitCode()).isEqualTo(stored.exitCode());
    // Everything but the first line (input and time) is the same.
    assertThat(tableOf(stored.out())).isEqualTo(tableOf(fused.out()));
    List<String> csv = Files.readAllLines(tmp.resolve("out").resolve(RealismTable.FILE_NAME));
    assertThat(csv.get(0)).isEqualTo(String.join(",", RealismTable.COLUMNS));
    assertThat(csv).hasSize(1 + 20);
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("C1,"));
  }

  @Test
  void storedRunWithoutTruth_saysWhichFiguresNeedIt() throws Exception {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", run.toString()).exitCode()).isZero();
    Files.delete(run.resolve("members.csv"));
    Cli r = Cli.run("realism", run.toString(), "-q");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("H3-kids").contains("needs the hidden truth (members.csv)");
  }

  @Test
  void scenarioOptionsOnAStoredRun_areRefused() throws Exception {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", run.toString()).exitCode()).isZero();
    Cli r = Cli.run("realism", run.toString(), "--members", "10");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("apply to a scenario only");
  }

  private static String tableOf(String out) {
    return out.substring(out.indexOf('\n') + 1).replaceAll("wrote .*\n", "");
  }
}
