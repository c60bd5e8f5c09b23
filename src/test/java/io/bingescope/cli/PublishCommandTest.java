package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish end to end on a small simulated run: the release, the ledger, the budget, the evaluation. */
class PublishCommandTest {
  @TempDir static Path tmp;
  static Path run;

  @BeforeAll
  static void simulate() {
    run = tmp.resolve("run");
    Cli c = Cli.run("simulate", "christmas-prince-2017", "--members", "400", "--seed", "3", "-o", run.toString(),
        "--quiet");
    assertThat(c.exitCode()).as(c.err()).isZero();
  }

  @Test
  void dpRelease_writesTheReleaseItsLedgerEntryAndTheEvaluation() throws Exception {
    Path ledger = tmp.resolve("a-ledger.json");
    Path out = tmp.resolve("a-rel");
    Cli c = Cli.run("publish", run.toString(), "--table", "binge", "--policy", "dp:epsilon=0.25", "--max-cells", "2",
        "--ledger", ledger.toString(), "--budget", "0.6", "-o", out.toString(), "--repetitions", "500");
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out()).contains("spent 0.25 of 0.6", "attacker's advantage", "largest advantage the policy allows");
    List<String> csv = Files.readAllLines(out.resolve("release.csv"));
    assertThat(csv.get(0)).isEqualTo("row,column,count");
    assertThat(csv).hasSizeGreaterThan(8);
    JsonNode json = new ObjectMapper().readTree(out.resolve("release.json").toFile());
    assertThat(json.get("policy").asText()).isEqualTo("dp:epsilon=0.25");
    assertThat(json.get("privacy_unit").asText()).startsWith("member");
    assertThat(json.get("parameters").get("max_cells").asInt()).isEqualTo(2);
    assertThat(json.get("private").asBoolean()).isTrue();
    assertThat(json.has("warning")).isFalse();
    assertThat(Files.readString(out.resolve("evaluation.csv"))).startsWith("figure,value\n")
        .contains("attacker's advantage");
    assertThat(Files.readString(out.resolve("release-vs-truth.svg"))).contains("beside the truth", "true count");
    JsonNode book = new ObjectMapper().readTree(ledger.toFile());
    assertThat(book.get("releases")).hasSize(1);
    assertThat(book.get("releases").get(0).get("epsilon").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(book.get("releases").get(0).get("noise").asText()).startsWith("SecureRandom");
  }

  @Test
  void releaseOverBudget_isRefusedAndWritesNothing() throws Exception {
    Path ledger = tmp.resolve("b-ledger.json");
    Cli first = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "dp:epsilon=0.75", "--ledger",
        ledger.toString(), "-o", tmp.resolve("b1").toString(), "--repetitions", "100");
    assertThat(first.exitCode()).as(first.err()).isZero();
    byte[] before = Files.readAllBytes(ledger);
    Path second = tmp.resolve("b2");
    Cli over = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "dp:epsilon=0.5", "--ledger",
        ledger.toString(), "-o", second.toString());
    assertThat(over.exitCode()).isEqualTo(2);
    assertThat(over.err()).contains("refused", "0.25 left", "budget 1", "nothing was written")
        .doesNotContain("Exception");
    assertThat(second).doesNotExist();
    assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".b2")
          || n.startsWith(".b-ledger"));
    }
    // exactly the rest of the budget is allowed
    Cli rest = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "dp:epsilon=0.25", "--ledger",
        ledger.toString(), "-o", tmp.resolve("b3").toString(), "--repetitions", "100");
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(new ObjectMapper().readTree(ledger.toFile()).get("releases")).hasSize(2);
  }

  @Test
  void seededNoise_isReproducibleAndMarkedNotPrivate() throws Exception {
    Path ledger = tmp.resolve("c-ledger.json");
    String[] args = {"publish", run.toString(), "--table", "query", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-05", "--policy", "dp:epsilon=0.1", "--noise-seed", "7", "--ledger", ledger.toString(),
        "--repetitions", "100", "-o"};
    Cli a = Cli.run(append(args, tmp.resolve("c1").toString()));
    Cli b = Cli.run(append(args, tmp.resolve("c2").toString()));
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(Files.readString(tmp.resolve("c1/release.csv"))).isEqualTo(Files.readString(tmp.resolve("c2/release.csv")));
    assertThat(a.out()).contains("not private: seeded noise");
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("c1/release.json").toFile());
    assertThat(json.get("warning").asText()).isEqualTo("not private: seeded noise");
    assertThat(json.get("private").asBoolean()).isFalse();
    JsonNode entry = new ObjectMapper().readTree(ledger.toFile()).get("releases").get(0);
    assertThat(entry.get("noise").asText()).contains("not private: seeded noise");
    assertThat(entry.get("private_release").asBoolean()).isFalse();
  }

  @Test
  void thresholdRelease_suppressesSmallCellsAndTheirComplements() throws Exception {
    Path out = tmp.resolve("d");
    Cli c = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "threshold:11", "-o", out.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("release.csv")).subList(1, 0 + Files.readAllLines(
        out.resolve("release.csv")).size());
    for (String row : rows) {
      String count = row.substring(row.lastIndexOf(',') + 1);
      if (!count.isEmpty()) {
        long n = Long.parseLong(count);
        assertThat(n == 0 || n >= 11).as(row).isTrue();
      }
    }
    assertThat(rows).anyMatch(r -> r.endsWith(","));
  }

  @Test
  void fusedScenario_releasesTheSameTableAsItsStoredRun() throws Exception {
    for (String table : new String[] {"streaks", "hours", "binge"}) {
      Path stored = tmp.resolve("f-stored-" + table);
      Path fused = tmp.resolve("f-fused-" + table);
      Cli a = Cli.run("publish", run.toString(), "--table", table, "--policy", "raw", "-o", stored.toString());
      Cli b = Cli.run("publish", "christmas-prince-2017", "--members", "400", "--seed", "3", "--threads", "2", "-q",
          "--table", table, "--policy", "raw", "-o", fused.toString());
      assertThat(a.exitCode()).as(a.err()).isZero();
      assertThat(b.exitCode()).as(b.err()).isZero();
      // The fused run's countries are the scenario's, in its order; the stored run's those of its views, as met.
      assertThat(populatedRows(fused.resolve("release.csv"))).as(table)
          .isEqualTo(populatedRows(stored.resolve("release.csv")));
      if (!table.equals("hours")) {
        assertThat(Files.readString(fused.resolve("release.csv"))).as(table)
            .isEqualTo(Files.readString(stored.resolve("release.csv")));
      }
    }
    Cli misplaced = Cli.run("publish", run.toString(), "--members", "5", "--table", "hours", "--policy", "raw", "-o",
        tmp.resolve("f-bad").toString());
    assertThat(misplaced.exitCode()).isEqualTo(2);
    assertThat(misplaced.err()).contains("apply to a scenario only");
  }

  @Test
  void badRequests_exitTwoWithAMessage() {
    Cli noLedger = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "dp:epsilon=1", "-o",
        tmp.resolve("e1").toString());
    assertThat(noLedger.exitCode()).isEqualTo(2);
    assertThat(noLedger.err()).contains("needs --ledger");
    Cli badPolicy = Cli.run("publish", run.toString(), "--table", "hours", "--policy", "laplace", "-o",
        tmp.resolve("e2").toString());
    assertThat(badPolicy.exitCode()).isEqualTo(2);
    assertThat(badPolicy.err()).contains("expected raw, threshold:K");
    Cli badTable = Cli.run("publish", run.toString(), "--table", "genres", "--policy", "raw", "-o",
        tmp.resolve("e3").toString());
    assertThat(badTable.exitCode()).isEqualTo(2);
    assertThat(badTable.err()).contains("expected streaks, binge, hours or query");
    Cli outside = Cli.run("publish", run.toString(), "--table", "query", "--title", "A Christmas Prince", "--days",
        "3", "--ending", "2017-12-31", "--policy", "raw", "-o", tmp.resolve("e4").toString());
    assertThat(outside.exitCode()).isEqualTo(2);
    assertThat(outside.err()).contains("not inside the input's period");
    assertThat(tmp.resolve("e1")).doesNotExist();
    assertThat(tmp.resolve("e3")).doesNotExist();
  }

  /** Returns release.csv's entries by "row,column", without the rows whose total is 0. */
  private static java.util.Map<String, String> populatedRows(Path csv) throws Exception {
    java.util.Map<String, String> all = new java.util.TreeMap<>();
    java.util.Set<String> empty = new java.util.HashSet<>();
    for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      int last = line.lastIndexOf(',');
      all.put(line.substring(0, last), line.substring(last + 1));
      if (line.endsWith(",total,0")) {
        empty.add(line.substring(0, line.indexOf(",total,0") + 1));
      }
    }
    all.keySet().removeIf(k -> empty.stream().anyMatch(k::startsWith));
    return all;
  }

  private static String[] append(String[] a, String last) {
    String[] b = java.util.Arrays.copyOf(a, a.length + 1);
    b[a.length] = last;
    return b;
  }
}
