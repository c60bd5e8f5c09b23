package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  @TempDir Path tmp;

  @Test
  void badDateOrMemberCount_namesTheOptionAndWhatWasExpected() {
    Cli date = Cli.run("simulate", "tiny", "--start", "2017-13-01", "-o", "never");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("'--start': expected a date as yyyy-MM-dd")
        .contains("found '2017-13-01'").doesNotContain("java.time");
    Cli members = Cli.run("simulate", "tiny", "--members", "-5", "-o", "never");
    assertThat(members.exitCode()).isEqualTo(2);
    assertThat(members.err()).contains("--members: expected a whole number of members from 1")
        .doesNotContain("population.members");
    Cli reproduce = Cli.run("reproduce", "office-188", "--members", "0");
    assertThat(reproduce.exitCode()).isEqualTo(2);
    assertThat(reproduce.err()).contains("--members: expected a whole number of members from 1");
  }

  @Test
  void simulatesTinyIntoAFreshDirectoryWithEveryFile() throws IOException {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("simulate", "tiny", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("views.csv")).exists();
    assertThat(out.resolve("titles.csv")).exists();
    assertThat(out.resolve("members.csv")).exists();
    assertThat(out.resolve("manifest.json")).exists();
    assertThat(r.out()).contains("members").contains("views").contains("seed");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void outputIsByteIdenticalForOneAndTwoThreads() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(Cli.run("simulate", "tiny", "--threads", "1", "-q", "-o", a.toString()).exitCode()).isZero();
    assertThat(Cli.run("simulate", "tiny", "--threads", "2", "-q", "-o", b.toString()).exitCode()).isZero();
    for (String f : List.of("views.csv", "titles.csv", "members.csv", "manifest.json")) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void oneMemberAloneMatchesItsRowsInTheFullRun() throws IOException {
    Path all = tmp.resolve("all");
    Path one = tmp.resolve("one");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", all.toString()).exitCode()).isZero();
    List<String> allViews = Files.readAllLines(all.resolve("views.csv"));
    String member = "3";
    assertThat(Cli.run("simulate", "tiny", "--member", member, "-q", "-o", one.toString()).exitCode())
        .isZero();
    List<String> oneViews = Files.readAllLines(one.resolve("views.csv"));
    List<String> expected =
        allViews.stream().skip(1).filter(l -> l.startsWith(member + ",")).collect(Collectors.toList());
    assertThat(expected).isNotEmpty();
    assertThat(oneViews.subList(1, oneViews.size())).isEqualTo(expected);
    assertThat(Files.readAllLines(one.resolve("members.csv")).get(1))
        .isEqualTo(
            Files.readAllLines(all.resolve("members.csv")).stream()
                .filter(l -> l.startsWith(member + ","))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void refusesANonEmptyDirectoryUnlessForced_andForcedOnlyWhenItWroteIt() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    Cli refused = Cli.run("simulate", "tiny", "-q", "-o", out.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(out.toString()).contains("--force").doesNotContain("Exception");
    assertThat(out.resolve("keep.txt")).exists();
    assertThat(out.resolve("views.csv")).doesNotExist();
    Cli notOurs = Cli.run("simulate", "tiny", "-q", "--force", "-o", out.toString());
    assertThat(notOurs.exitCode()).isEqualTo(2);
    assertThat(notOurs.err()).contains("no bingescope manifest.json").doesNotContain("Exception");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    Path ours = tmp.resolve("ours");
    assertThat(Cli.run("simulate", "tiny", "-q", "--seed", "1", "-o", ours.toString()).exitCode())
        .isZero();
    Cli forced = Cli.run("simulate", "tiny", "-q", "--seed", "2", "--force", "-o", ours.toString());
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(ours.resolve("manifest.json"))).contains("\"seed\" : 2");
  }

  @Test
  void badOptionsAreUserErrorsWithExitCode2() {
    for (String[] args :
        List.of(
            new String[] {"simulate", "tiny", "--threads", "0", "-o", tmp.resolve("x").toString()},
            new String[] {"simulate", "tiny", "--format", "xml", "-o", tmp.resolve("x").toString()},
            new String[] {"simulate", "tiny", "--member", "999999", "-o", tmp.resolve("x").toString()},
            new String[] {"simulate", "tiny", "--members", "0", "-o", tmp.resolve("x").toString()},
            new String[] {"simulate", "no-such-scenario", "-o", tmp.resolve("x").toString()},
            new String[] {"simulate", "tiny"})) {
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
      assertThat(tmp.resolve("x")).doesNotExist();
    }
  }

  @Test
  void jsonLinesCarryTheSameViewsAsCsv() throws IOException {
    Path csv = tmp.resolve("csv");
    Path jsonl = tmp.resolve("jsonl");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", csv.toString()).exitCode()).isZero();
    assertThat(Cli.run("simulate", "tiny", "-q", "--format", "jsonl", "-o", jsonl.toString()).exitCode())
        .isZero();
    List<Map<String, String>> rows = readCsv(csv.resolve("views.csv"));
    List<String> lines = Files.readAllLines(jsonl.resolve("views.jsonl"));
    assertThat(lines).hasSameSizeAs(rows);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode node = json.readTree(lines.get(i));
      for (var e : rows.get(i).entrySet()) {
        assertThat(node.get(e.getKey()).asText()).as("row %d %s", i, e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void anIndependentCsvReaderLoadsViewsWithTheDocumentedSchema() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", out.toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(out.resolve("views.csv")).get(0))
        .isEqualTo(
            "member_id,profile,title_id,title,start_utc,start_local,time_zone,duration_s,device,country,"
                + "autoplayed,supplemental");
    List<Map<String, String>> titles = readCsv(out.resolve("titles.csv"));
    List<Map<String, String>> views = readCsv(out.resolve("views.csv"));
    assertThat(views).hasSizeGreaterThan(20);
    long lastMember = -1;
    for (Map<String, String> v : views) {
      long member = Long.parseLong(v.get("member_id"));
      assertThat(member).isGreaterThanOrEqualTo(lastMember);
      lastMember = member;
      Instant start = Instant.parse(v.get("start_utc"));
      LocalDateTime local = LocalDateTime.parse(v.get("start_local"));
      assertThat(start.atZone(ZoneId.of(v.get("time_zone"))).toLocalDateTime()).isEqualTo(local);
      int titleId = Integer.parseInt(v.get("title_id"));
      assertThat(titles.get(titleId).get("title")).isEqualTo(v.get("title"));
      assertThat(Integer.parseInt(v.get("duration_s")))
          .isBetween(1, Integer.parseInt(titles.get(titleId).get("runtime_s")));
      assertThat(v.get("autoplayed")).isIn("true", "false");
      assertThat(v.get("country")).matches("[A-Z]{2}");
    }
  }

  @Test
  void manifestCountsAndHashesEveryFile() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", out.toString()).exitCode()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("scenario").asText()).isEqualTo("tiny");
    assertThat(manifest.get("scenario_sha256").asText()).matches("[0-9a-f]{64}");
    for (JsonNode f : manifest.get("files")) {
      Path file = out.resolve(f.get("name").asText());
      assertThat(f.get("sha256").asText()).isEqualTo(sha256(file));
      long lines = Files.readAllLines(file).size() - 1;
      assertThat(f.get("rows").asLong()).as(f.get("name").asText()).isEqualTo(lines);
    }
    assertThat(manifest.get("views").asLong()).isEqualTo(Files.readAllLines(out.resolve("views.csv")).size() - 1);
  }

  static List<Map<String, String>> readCsv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return it.readAll();
    }
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void acceptsEverySeedOfTheLongRange_fromTheOptionAndTheScenario() throws IOException {
    Path scenario = tmp.resolve("s.yaml");
    String tiny = Cli.run("scenarios", "--show", "tiny").out();
    for (long seed : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1}) {
      Path byOption = tmp.resolve("o" + seed);
      Cli r = Cli.run("simulate", "tiny", "-q", "--seed", Long.toString(seed), "-o",
          byOption.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(new ObjectMapper().readTree(byOption.resolve("manifest.json").toFile())
          .get("seed").asText()).isEqualTo(Long.toString(seed));
      Files.writeString(scenario, tiny.replaceFirst("(?m)^seed:.*$", "seed: " + seed));
      Path byFile = tmp.resolve("f" + seed);
      Cli f = Cli.run("simulate", scenario.toString(), "-q", "-o", byFile.toString());
      assertThat(f.exitCode()).as(f.err()).isZero();
      assertThat(byFile.resolve("views.csv")).hasSameBinaryContentAs(byOption.resolve("views.csv"));
    }
    assertThat(Files.readString(tmp.resolve("o" + Long.MAX_VALUE).resolve("views.csv")))
        .isNotEqualTo(Files.readString(tmp.resolve("o" + (Long.MAX_VALUE - 1)).resolve("views.csv")));
  }
}
