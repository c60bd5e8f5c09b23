package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path tmp;

  private Path fixture(String name) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    try (InputStream in = getClass().getResourceAsStream("/netflix/" + name)) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void importsAnExport_intoAStoredRunThatAnalyzeReads() throws Exception {
    Path file = fixture("ViewingActivity.csv");
    Path out = tmp.resolve("mine");
    Cli r = Cli.run("import", file.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("9 rows read, 9 imported, 0 skipped")
        .contains("US -> America/New_York").contains("profiles Sam, Kid, Jr., <b>Ann</b>");
    assertThat(out.resolve("views.csv")).exists();
    assertThat(out.resolve("titles.csv")).exists();
    assertThat(out.resolve("members.csv")).doesNotExist();
    assertThat(Files.readString(out.resolve("views.csv")))
        .contains("0,\"Kid, Jr.\",")
        .contains("\"The Crown: Season 1: Wolferton Splash, Part \"\"One\"\"\"");
    Cli again = Cli.run("import", file.toString(), "-o", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--force");
    Cli analyzed = Cli.run("analyze", out.toString(), "-o", tmp.resolve("m").toString());
    assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
    assertThat(analyzed.out()).contains("binge_races").contains("unavailable");
  }

  @Test
  void analyzesAnExportDirectly_withTheSkippedRowSummaryOnStandardError() throws Exception {
    Path file = fixture("broken/ViewingActivity.csv");
    Path out = tmp.resolve("m");
    Cli r = Cli.run("analyze", file.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("ViewingActivity.csv:5: bad duration: expected a duration HH:MM:SS,"
            + " found '1:5:00'")
        .contains("12 rows read, 2 imported, 10 skipped")
        .contains("skipped, bad duration: 2 rows (lines 5, 13)")
        .contains("skipped, invalid UTF-8: 1 row (line 10)")
        .doesNotContain("\tat ");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics).hasSize(2);
    // Two views of 40 and 90 minutes survive.
    assertThat(metrics.get(1)).startsWith("0,2,7800,");
  }

  @Test
  void reportsAnExport_withItsNamesEscaped() throws Exception {
    Path page = tmp.resolve("report.html");
    Cli r = Cli.run("report", fixture("ViewingActivity.csv").toString(), "--html", page.toString(),
        "--member", "0", "--zone", "UTC");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("(--zone)");
    String html = Files.readString(page);
    assertThat(html).contains("&lt;b&gt;Ann&lt;/b&gt;").doesNotContain("<b>Ann</b>")
        .contains("Mission: Impossible");
  }

  @Test
  void stopsAtTheFirstBadRow_withExit2_whenStrict() throws Exception {
    Path file = fixture("broken/ViewingActivity.csv");
    for (String command : List.of("import", "analyze")) {
      Cli r = Cli.run(command, file.toString(), "--strict", "-o", tmp.resolve(command).toString());
      assertThat(r.exitCode()).as(command).isEqualTo(2);
      assertThat(r.err()).contains("ViewingActivity.csv:3: wrong column count")
          .doesNotContain("\tat ");
      assertThat(tmp.resolve(command)).doesNotExist();
    }
  }

  @Test
  void reportsDateOnlyFiguresAsUnavailable_forTheSimpleHistory() throws Exception {
    Path file = fixture("NetflixViewingHistory-us.csv");
    Path out = tmp.resolve("m");
    Cli r = Cli.run("analyze", file.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("viewing_hours          h      unavailable: needs durations")
        .contains("sittings               count  unavailable: needs times of day");
    assertThat(r.err()).contains("dates only");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    // views, then empty hours and sittings; the window and the streak are there.
    assertThat(metrics.get(1)).startsWith("0,10,,,,,,,,,3,The Office (U.S.),5,");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("observed").get("times_of_day").asBoolean()).isFalse();
    assertThat(summary.get("metrics").get("viewing_hours").get("unavailable").asText())
        .contains("durations");
    assertThat(summary.get("metrics").get("longest_streak_days").get("max").asDouble())
        .isEqualTo(5.0);
    assertThat(summary.get("thresholds").get("mean_daily_hours_ge_2").isNull()).isTrue();
  }

  @Test
  void queriesAnExport_endToEnd() throws Exception {
    Path file = fixture("NetflixViewingHistory-us.csv");
    Cli streak = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "5",
        "--ending", "2017-12-05", file.toString());
    assertThat(streak.exitCode()).as(streak.err()).isZero();
    assertThat(streak.out()).isEqualTo("1\n0\n");
    Cli none = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "6",
        "--ending", "2017-12-05", file.toString());
    assertThat(none.out()).isEqualTo("0\n");
    Cli ambiguous = Cli.run("query", "window", "--series", "X", "--min-episodes", "1",
        fixture("NetflixViewingHistory-ambiguous.csv").toString());
    assertThat(ambiguous.exitCode()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("--date-format");
    Cli forced = Cli.run("query", "streak", "--title", "Roma", "--days", "1", "--ending",
        "2019-01-02", "--date-format", "D/M/YY",
        tmp.resolve("in/NetflixViewingHistory-ambiguous.csv").toString());
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).isEqualTo("1\n0\n");
  }

  @Test
  void refusesAFileThatIsNotAnExport_andBadOptions() throws Exception {
    Cli r = Cli.run("import", fixture("not-netflix.csv").toString(), "-o",
        tmp.resolve("x").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not-netflix.csv:1: not a Netflix viewing history")
        .doesNotContain("\tat ");
    Cli zone = Cli.run("import", fixture("ViewingActivity.csv").toString(), "--zone", "Mars/Base",
        "-o", tmp.resolve("y").toString());
    assertThat(zone.exitCode()).isEqualTo(2);
    assertThat(zone.err()).contains("IANA time zone");
    Cli order = Cli.run("import", fixture("ViewingActivity.csv").toString(), "--date-format", "Q/Z",
        "-o", tmp.resolve("z").toString());
    assertThat(order.exitCode()).isEqualTo(2);
    assertThat(order.err()).contains("M/D/YY");
  }

  @Test
  void simulatesEachMembersOwnExport_thatImportReads() throws Exception {
    Path demo = tmp.resolve("demo");
    Cli sim = Cli.run("simulate", "tiny", "--format", "netflix", "-q", "-o", demo.toString());
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    Path file = demo.resolve("members/3/CONTENT_INTERACTION/ViewingActivity.csv");
    assertThat(file).exists();
    assertThat(demo.resolve("members.csv")).exists();
    assertThat(demo.resolve("views.csv")).doesNotExist();
    JsonNode manifest = new ObjectMapper().readTree(demo.resolve("manifest.json").toFile());
    assertThat(manifest.get("files").toString())
        .contains("members/3/CONTENT_INTERACTION/ViewingActivity.csv");
    Cli r = Cli.run("import", demo.resolve("members/3").toString(), "-o",
        tmp.resolve("i").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Cli whole = Cli.run("analyze", demo.toString(), "-o", tmp.resolve("w").toString());
    assertThat(whole.exitCode()).isEqualTo(2);
    assertThat(whole.err()).contains("Netflix exports").contains("name the one to read");
  }
}
