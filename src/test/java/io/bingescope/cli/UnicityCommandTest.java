package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnicityCommandTest {

  private static List<String> dataLines(Path csv) throws Exception {
    return Files.readAllLines(csv);
  }

  @Test
  void storedRun_andFusedScenario_giveTheSameCsv(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "--members", "600", "-o", run.toString(), "-q").exitCode()).isZero();
    String[] common = {"--targets", "80", "--points", "1,2,5", "--choose", "random,recent,rare",
        "--date-tolerance", "0,2,unknown", "--seed", "9", "-q"};
    Cli stored = Cli.run(concat(new String[] {"reidentify", "unicity", run.toString(), "-o",
        dir.resolve("stored.csv").toString()}, common));
    assertThat(stored.exitCode()).as(stored.err()).isZero();
    Cli fused = Cli.run(concat(new String[] {"reidentify", "unicity", "tiny", "--members", "600", "--threads", "2",
        "-o", dir.resolve("fused.csv").toString()}, common));
    assertThat(fused.exitCode()).as(fused.err()).isZero();
    List<String> s = dataLines(dir.resolve("stored.csv"));
    List<String> f = dataLines(dir.resolve("fused.csv"));
    assertThat(s).hasSize(1 + 3 * 9);
    // The fused run examines only the candidates it generated, the stored run everyone: the columns differ there.
    for (int i = 1; i < s.size(); i++) {
      String[] a = s.get(i).split(",");
      String[] b = f.get(i).split(",");
      a[4] = b[4] = "";
      a[5] = b[5] = "";
      assertThat(String.join(",", b)).isEqualTo(String.join(",", a));
    }
    assertThat(stored.out()).contains("unicity").contains("95% interval");
  }

  @Test
  void chart_isWrittenAsSvgAndPng_andReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
    String csv = dir.resolve("u.csv").toString();
    String svg = dir.resolve("u.svg").toString();
    String png = dir.resolve("u.png").toString();
    String[] args = {"reidentify", "unicity", "tiny", "--members", "300", "--targets", "50", "--points", "1,3",
        "-o", csv, "--svg", svg, "--png", png, "-q"};
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    String text = Files.readString(Path.of(svg));
    assertThat(text).startsWith("<?xml").contains("<svg").contains("Unicity").endsWith("</svg>\n");
    byte[] bytes = Files.readAllBytes(Path.of(png));
    assertThat(new String(bytes, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    assertThat(javax.imageio.ImageIO.read(Path.of(png).toFile())).isNotNull();
    Cli again = Cli.run(args);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("u.csv");
    String[] forced = concat(args, new String[] {"--force"});
    assertThat(Cli.run(forced).exitCode()).isZero();
  }

  @Test
  void existingFileNotOurs_isNeverReplaced(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("notes.csv");
    Files.writeString(mine, "my notes\n");
    Cli r = Cli.run("reidentify", "unicity", "tiny", "--members", "200", "--targets", "10", "-o", mine.toString(),
        "--force", "-q");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(Files.readString(mine)).isEqualTo("my notes\n");
  }

  @Test
  void badOptions_exit2WithAClearMessage(@TempDir Path dir) throws Exception {
    String out = dir.resolve("u.csv").toString();
    String[][] cases = {
      {"--points", "0", "--points: each must be between 1"},
      {"--points", "2,2", "--points: 2 is given twice"},
      {"--choose", "often", "--choose: expected random, recent or rare, got 'often'"},
      {"--date-tolerance", "soon", "--date-tolerance: expected whole days"},
      {"--date-tolerance", "-3", "--date-tolerance: expected whole days"},
      {"--targets", "0", "--targets must be between 1"},
      {"--level", "most", "most"},
    };
    for (String[] c : cases) {
      Cli r = Cli.run("reidentify", "unicity", "tiny", "--members", "100", c[0], c[1], "-o", out, "-q");
      assertThat(r.exitCode()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains(c[2]).doesNotContain("Exception");
    }
    Path run = dir.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "--members", "50", "-o", run.toString(), "-q").exitCode()).isZero();
    Cli stored = Cli.run("reidentify", "unicity", run.toString(), "--members", "10", "-o", out);
    assertThat(stored.exitCode()).isEqualTo(2);
    assertThat(stored.err()).contains("is a stored run: --members, --set and --threads apply to a scenario only");
    Cli missing = Cli.run("reidentify", "unicity", "no-such-scenario", "-o", out);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(Files.exists(Path.of(out))).isFalse();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
