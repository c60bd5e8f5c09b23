package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackCommandTest {

  @Test
  void storedRun_andFusedScenario_giveTheSameAttack(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "--members", "800", "-o", run.toString(), "-q").exitCode()).isZero();
    String[] common = {"--targets", "40", "--aux-points", "2,6", "--date-noise-days", "0,5", "--wrong-share",
        "0.2", "--drop-share", "0.1", "--decoys", "20", "-q"};
    Cli stored = Cli.run(concat(new String[] {"reidentify", "attack", run.toString(), "-o",
        dir.resolve("s").toString()}, common));
    assertThat(stored.exitCode()).as(stored.err()).isZero();
    Cli fused = Cli.run(concat(new String[] {"reidentify", "attack", "tiny", "--members", "800", "--threads", "2",
        "-o", dir.resolve("f").toString()}, common));
    assertThat(fused.exitCode()).as(fused.err()).isZero();
    List<String> s = Files.readAllLines(dir.resolve("s/attack.csv"));
    assertThat(s).hasSize(1 + 40 * 4 + 20);
    assertThat(Files.readAllLines(dir.resolve("f/attack.csv"))).isEqualTo(s);
    assertThat(Files.readAllLines(dir.resolve("f/attack-summary.csv")))
        .isEqualTo(Files.readAllLines(dir.resolve("s/attack-summary.csv")));
    assertThat(stored.out()).contains("precision").contains("recall").contains("decoy");
  }

  @Test
  void auxFile_isScoredWithoutTruth_andBadRowsNameFileAndLine(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "--members", "300", "-o", run.toString(), "-q").exitCode()).isZero();
    // Member 0's first two views, as a researcher would bring them.
    List<String> views = Files.readAllLines(run.resolve("views.csv"));
    List<String> titles = Files.readAllLines(run.resolve("titles.csv"));
    String header = views.get(0);
    assertThat(header).startsWith("member_id,");
    Path aux = dir.resolve("aux.csv");
    Files.writeString(aux, "ref,title,date\nalice,\"" + titleName(titles, 0) + "\",2021-01-01\n");
    Cli ok = Cli.run("reidentify", "attack", run.toString(), "--aux", aux.toString(), "-o",
        dir.resolve("a").toString(), "-q");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("1 aux records");
    assertThat(Files.readAllLines(dir.resolve("a/attack.csv")).get(1)).startsWith("alice,,1,0,");
    Files.writeString(aux, "ref,title,date\nbob,No Such Film,2021-01-01\n");
    Cli bad = Cli.run("reidentify", "attack", run.toString(), "--aux", aux.toString(), "-q");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("aux.csv:2: no title named 'No Such Film'");
    Files.writeString(aux, "ref,title,date\nbob,\"" + titleName(titles, 0) + "\",01/02/2021\n");
    Cli date = Cli.run("reidentify", "attack", run.toString(), "--aux", aux.toString(), "-q");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("aux.csv:2: expected a date as yyyy-MM-dd");
  }

  private static String titleName(List<String> titlesCsv, int id) {
    // titles.csv: title_id,name,... with the name possibly quoted.
    String row = titlesCsv.get(1 + id);
    String rest = row.substring(row.indexOf(',') + 1);
    if (rest.startsWith("\"")) {
      return rest.substring(1, rest.indexOf("\",")).replace("\"\"", "\"");
    }
    return rest.substring(0, rest.indexOf(','));
  }

  @Test
  void badOptions_exit2WithAClearMessage() {
    String[][] cases = {
      {"--wrong-share", "1.5", "--wrong-share must be a share between 0 and 1"},
      {"--drop-share", "1", "--drop-share must be below 1"},
      {"--phi", "-1", "--phi must be a non-negative number"},
      {"--date-scale", "0", "--date-scale must be a positive number of days"},
      {"--aux-points", "0", "--aux-points: each must be between 1"},
      {"--date-noise-days", "-2", "--date-noise-days: each must be between 0"},
      {"--decoys", "-1", "--decoys must be between 0"},
      {"--targets", "0", "--targets must be between 1"},
    };
    for (String[] c : cases) {
      Cli r = Cli.run("reidentify", "attack", "tiny", "--members", "100", c[0], c[1], "-q");
      assertThat(r.exitCode()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains(c[2]).doesNotContain("Exception");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
