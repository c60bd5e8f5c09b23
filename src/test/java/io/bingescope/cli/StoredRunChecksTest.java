package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored runs and exports whose content cannot be right are refused with a located message and
 * exit 2, never trusted (issue 14, "Wrong or unsafe results").
 */
class StoredRunChecksTest {
  @TempDir static Path shared;
  static Path run;
  @TempDir Path tmp;

  @BeforeAll
  static void simulate() {
    run = shared.resolve("run");
    Cli r = Cli.run("simulate", "tiny", "-q", "-o", run.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void aManifestClaimingMoreMembersThanItsFiles_isRefused_evenWhenItsEntryWasEditedToo()
      throws Exception {
    Path edited = copyOfRun(m -> m.put("members", Integer.MAX_VALUE));
    assertRefused(edited, "manifest.json", "claims 2147483647 members, but members.csv holds 20");
    Path both = copyOfRun(m -> {
      m.put("members", Integer.MAX_VALUE);
      ((ObjectNode) entry(m, "members.csv")).put("rows", Integer.MAX_VALUE);
      return m;
    });
    assertRefused(both, "manifest.json", "members.csv with 2147483647 rows, found 20");
    Path withoutTruth = copyOfRun(m -> m.put("members", Integer.MAX_VALUE));
    Files.delete(withoutTruth.resolve("members.csv"));
    assertRefused(withoutTruth, "manifest.json", "claims 2147483647 members, more than its");
    assertThat(Files.list(tmp).filter(p -> p.getFileName().toString().startsWith("m")).toList())
        .isEmpty();
  }

  @Test
  void aManifestClaimingOtherViews_orAChangedFile_isRefused() throws Exception {
    long views = new ObjectMapper().readTree(run.resolve("manifest.json").toFile())
        .get("views").asLong();
    Path claimed = copyOfRun(m -> {
      m.put("views", views + 1);
      ((ObjectNode) entry(m, "views.csv")).put("rows", views + 1);
      return m;
    });
    assertRefused(claimed, "views.csv", "expected " + (views + 1) + " views, as manifest.json"
        + " claims, found " + views);
    Path changed = copyOfRun(m -> m);
    byte[] titles = Files.readAllBytes(changed.resolve("titles.csv"));
    titles[titles.length - 2] ^= 1; // same size, another byte
    Files.write(changed.resolve("titles.csv"), titles);
    assertRefused(changed, "manifest.json", "titles.csv with SHA-256");
    Path impossible = copyOfRun(m -> m.put("first_member", -1));
    assertRefused(impossible, "manifest.json", "first_member -1");
  }

  @Test
  void storedRowsWithABadZone_aBadCountry_orAViewLongerThanItsTitle_areMalformed()
      throws Exception {
    List<String> lines = Files.readAllLines(run.resolve("views.csv"));
    int at = 1;
    while (lines.get(at).contains("\"")) {
      at++; // a row without quoted fields splits at every comma
    }
    String[] row = lines.get(at).split(",", -1);
    assertThat(row).hasSize(12);
    int title = Integer.parseInt(row[2]);
    String titleRow = Files.readAllLines(run.resolve("titles.csv")).stream()
        .filter(l -> l.startsWith(title + ",")).findFirst().orElseThrow();
    String header = Files.readAllLines(run.resolve("titles.csv")).get(0);
    int runtimeAt = List.of(header.split(",")).indexOf("runtime_s");
    int runtime = Integer.parseInt(titleRow.split(",", -1)[runtimeAt]);
    record Case(int column, String value, String expected) {}
    for (Case c : List.of(
        new Case(6, "Mars/Olympus_Mons", "column time_zone: expected a time zone id"),
        new Case(9, "United States", "column country: expected an ISO 3166 alpha-2"),
        new Case(7, Integer.toString(runtime + 1), "column duration_s: expected a duration of at"
            + " most the title's runtime, " + runtime + " s"))) {
      Path bare = Files.createDirectories(tmp.resolve("bare-" + c.column));
      Files.copy(run.resolve("titles.csv"), bare.resolve("titles.csv"));
      String[] bad = row.clone();
      bad[c.column] = c.value;
      List<String> changed = new ArrayList<>(lines);
      changed.set(at, String.join(",", bad));
      Files.write(bare.resolve("views.csv"), changed);
      Cli r = Cli.run("analyze", bare.toString(), "-o", tmp.resolve("m").toString(), "-q");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains(bare.resolve("views.csv") + ":" + (at + 1) + ": " + c.expected)
          .doesNotContain("Exception");
    }
  }

  @Test
  void anExportViewLongerThanADay_isASkippedRow_notAThousandHourDay() throws Exception {
    Path export = tmp.resolve("ViewingActivity.csv");
    List<String> lines = Files.readAllLines(
        Path.of("src/test/resources/netflix/ViewingActivity.csv"), StandardCharsets.UTF_8);
    lines.set(1, lines.get(1).replace(",00:45:00,,", ",999:59:59,,"));
    assertThat(lines.get(1)).contains("999:59:59");
    Files.write(export, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("m");
    Cli r = Cli.run("analyze", export.toString(), "-o", out.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("ViewingActivity.csv:2: bad duration: expected a duration of at"
        + " most 24:00:00");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    int at = List.of(metrics.get(0).split(",")).indexOf("max_daily_hours");
    assertThat(Double.parseDouble(metrics.get(1).split(",")[at])).isLessThanOrEqualTo(24);
  }

  @Test
  void aLinkedViewingActivityOutsideTheFolder_isNotFollowedNorQuoted() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET-FIRST-LINE,a,b\nmore\n");
    Path folder = Files.createDirectories(tmp.resolve("export").resolve("CONTENT_INTERACTION"));
    Files.createSymbolicLink(folder.resolve("ViewingActivity.csv"), secret);
    Cli r = Cli.run("analyze", tmp.resolve("export").toString(), "-o", tmp.resolve("m").toString(),
        "-q");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("a link to a file outside").doesNotContain("SECRET")
        .doesNotContain("Exception");
    // A link inside the folder is the folder's own file and is read.
    Path inside = Files.createDirectories(tmp.resolve("export2").resolve("CONTENT_INTERACTION"));
    Files.copy(Path.of("src/test/resources/netflix/ViewingActivity.csv"),
        tmp.resolve("export2").resolve("real.csv"));
    Files.createSymbolicLink(inside.resolve("ViewingActivity.csv"), Path.of("../real.csv"));
    Cli ok = Cli.run("analyze", tmp.resolve("export2").toString(), "-o",
        tmp.resolve("m2").toString(), "-q");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
  }

  private static com.fasterxml.jackson.databind.JsonNode entry(ObjectNode m, String name) {
    for (var f : m.get("files")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no " + name);
  }

  /** Copies the run with its manifest changed by {@code edit}. */
  private Path copyOfRun(UnaryOperator<ObjectNode> edit) throws IOException {
    Path copy = Files.createDirectories(tmp.resolve("run-" + System.nanoTime()));
    for (String f : List.of("views.csv", "titles.csv", "members.csv")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = (ObjectNode) json.readTree(run.resolve("manifest.json").toFile());
    json.writerWithDefaultPrettyPrinter().writeValue(copy.resolve("manifest.json").toFile(),
        edit.apply(m));
    return copy;
  }

  private void assertRefused(Path input, String file, String what) throws IOException {
    Path out = tmp.resolve("m" + System.nanoTime());
    for (String command : List.of("analyze", "infer")) {
      Cli r = Cli.run(command, input.toString(), "-o", out.toString(), "-q");
      assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains(file + ": ").contains(what).doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }
}
