package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final String HOSTILE = "<script>alert(1)</script>";
  private static final Pattern MEMBER_SECTION =
      Pattern.compile("<section class=\"member\" id=\"member-(\\d+)\"");

  @TempDir static Path shared;
  static Path out;

  @TempDir Path tmp;

  @BeforeAll
  static void simulate() {
    out = shared.resolve("out");
    Cli r = Cli.run("simulate", "tiny", "-q", "-o", out.toString(),
        "--set", "catalog.titles[1].series=" + HOSTILE);
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void writesAPageWithTheTellingMembersOfAnalyze() throws Exception {
    Path html = tmp.resolve("r.html");
    Cli r = Cli.run("report", out.toString(), "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + html.toAbsolutePath()).contains("20 members");
    String page = Files.readString(html);
    assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("No scorecard computed");
    // The member with the most viewing hours is the one analyze's metrics.csv says.
    Path metrics = tmp.resolve("m");
    assertThat(Cli.run("analyze", out.toString(), "-q", "-o", metrics.toString()).exitCode())
        .isZero();
    List<String> rows = Files.readAllLines(metrics.resolve("metrics.csv"));
    int most = -1;
    long seconds = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      if (Long.parseLong(f[2]) > seconds) {
        seconds = Long.parseLong(f[2]);
        most = Integer.parseInt(f[0]);
      }
    }
    List<Integer> pages = memberSections(page);
    assertThat(pages).isNotEmpty().hasSizeLessThanOrEqualTo(4).startsWith(most);
    assertThat(page)
        .contains(String.format(Locale.ROOT, "the most viewing hours (%.1f h)", seconds / 3600.0));
  }

  @Test
  void scorecardAndClaimsAreTheOnesInferWrites() throws Exception {
    Path html = tmp.resolve("r.html");
    Path claims = tmp.resolve("claims");
    assertThat(Cli.run("report", out.toString(), "--html", html.toString(), "--member", "3", "-q")
        .exitCode()).isZero();
    Cli infer = Cli.run("infer", out.toString(), "-q", "-o", claims.toString());
    assertThat(infer.exitCode()).as(infer.err()).isZero();
    String page = Files.readString(html);
    // Every row of infer's scorecard.csv appears in the page's scorecard with the same counts.
    List<String> rows = Files.readAllLines(claims.resolve("scorecard.csv"));
    assertThat(rows).hasSizeGreaterThan(1);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      io.bingescope.infer.ClaimKind kind = java.util.Arrays.stream(
              io.bingescope.infer.ClaimKind.values())
          .filter(k -> k.code().equals(f[0])).findFirst().orElseThrow();
      StringBuilder cells = new StringBuilder("<tr><th scope=\"row\">" + kind.label() + "</th>");
      for (int c = 1; c <= 6; c++) {
        cells.append("<td class=\"num\">")
            .append(String.format(Locale.ROOT, "%,d", Long.parseLong(f[c]))).append("</td>");
      }
      assertThat(page).as(f[0]).contains(cells);
    }
    // Member 3's page states each of the claims that infer wrote about member 3.
    Path jsonl = tmp.resolve("claims-jsonl");
    assertThat(Cli.run("infer", out.toString(), "-q", "--format", "jsonl", "-o", jsonl.toString())
        .exitCode()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> statements = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(jsonl.resolve("claims.jsonl"))) {
      com.fasterxml.jackson.databind.JsonNode claim = json.readTree(line);
      if (claim.get("member_id").asInt() == 3) {
        statements.add(claim.get("statement").asText());
      }
    }
    assertThat(statements).isNotEmpty();
    String section = page.substring(page.indexOf("id=\"member-3\""));
    for (String statement : statements) {
      assertThat(section).contains(io.bingescope.report.Html.text(statement));
    }
  }

  @Test
  void namedMembersGetPagesInTheOrderNamed() throws Exception {
    Path html = tmp.resolve("r.html");
    Cli r = Cli.run("report", out.toString(), "--html", html.toString(), "--member", "5",
        "--member", "3", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(memberSections(Files.readString(html))).containsExactly(5, 3);
  }

  @Test
  void pngDirGetsEveryChartAsADecodablePicture() throws Exception {
    Path html = tmp.resolve("r.html");
    Path png = tmp.resolve("charts");
    Cli r = Cli.run("report", out.toString(), "--html", html.toString(), "--member", "2",
        "--png", png.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("binge-sittings.png", "manifest.json", "member-2-calendar.png",
              "streak-days.png", "weekday-hour.png", "weekly-hours.png");
    }
    BufferedImage image = ImageIO.read(png.resolve("weekday-hour.png").toFile());
    assertThat(image.getWidth()).isGreaterThan(600);
    assertThat(Files.readString(html)).contains("id=\"chart-weekday-hour\"");
  }

  @Test
  void readsAViewsFileWithoutManifestTakingThePeriodFromTheViews() throws Exception {
    Path bare = Files.createDirectories(tmp.resolve("bare"));
    Files.copy(out.resolve("views.csv"), bare.resolve("views.csv"));
    Files.copy(out.resolve("titles.csv"), bare.resolve("titles.csv"));
    Path html = tmp.resolve("r.html");
    Cli r = Cli.run("report", bare.resolve("views.csv").toString(), "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(html)).contains("period 2017-11-17 to 2017-11-2");
  }

  @Test
  void refusesAMemberTheInputDoesNotHold() {
    Cli r = Cli.run("report", out.toString(), "--html", tmp.resolve("r.html").toString(),
        "--member", "20");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--member 20").contains("holds members 0..19")
        .doesNotContain("Exception");
    assertThat(tmp.resolve("r.html")).doesNotExist();
  }

  @Test
  void refusesToReplaceAFileWithoutForce_andWithForceReplacesOnlyItsOwnReport() throws Exception {
    Path html = Files.writeString(tmp.resolve("r.html"), "keep");
    Cli r = Cli.run("report", out.toString(), "--html", html.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("exists; use --force");
    assertThat(Files.readString(html)).isEqualTo("keep");
    Cli notOurs = Cli.run("report", out.toString(), "--html", html.toString(), "--force", "-q");
    assertThat(notOurs.exitCode()).isEqualTo(2);
    assertThat(notOurs.err()).contains("bingescope did not write it");
    assertThat(Files.readString(html)).isEqualTo("keep");
    Files.delete(html);
    assertThat(Cli.run("report", out.toString(), "--html", html.toString(), "-q").exitCode())
        .isZero();
    Cli ours = Cli.run("report", out.toString(), "--html", html.toString(), "--force", "-q",
        "--member", "3");
    assertThat(ours.exitCode()).as(ours.err()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    assertThat(memberSections(Files.readString(html))).containsExactly(3);
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.html");
    }
  }

  @Test
  void missingInputIsAUserError() {
    Cli r = Cli.run("report", tmp.resolve("nope").toString(), "--html",
        tmp.resolve("r.html").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory");
  }

  @Test
  void simpleNetflixHistoryHasNoHourChartsAndSaysWhy() throws Exception {
    Path html = tmp.resolve("r.html");
    Path png = tmp.resolve("charts");
    Cli r = Cli.run("report", netflix("NetflixViewingHistory-us.csv"), "--html", html.toString(),
        "--png", png.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("member pages: 0").contains("wrote 2 PNG charts");
    String page = Files.readString(html);
    assertThat(page).doesNotContain("id=\"chart-weekday-hour\"")
        .doesNotContain("id=\"chart-weekly-hours\"").doesNotContain("-calendar")
        .contains("<figure id=\"fig-weekday-hour\" class=\"unavailable\">")
        .contains("unavailable: this input records only the date of each view"
            + " (Netflix&#39;s simple viewing history)")
        .contains("id=\"chart-streak-days\"").contains("id=\"chart-member-0-days\"")
        .contains("being the only member with views");
    assertThat(memberSections(page)).containsExactly(0);
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("manifest.json", "member-0-days.png", "streak-days.png");
    }
  }

  @Test
  void fullNetflixArchiveHasTheChartsAndMemberZeroWithProfilesEscaped() throws Exception {
    Path html = tmp.resolve("r.html");
    Cli r = Cli.run("report", netflix("ViewingActivity.csv"), "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(memberSections(page)).containsExactly(0);
    assertThat(page).contains("id=\"chart-weekday-hour\"").contains("id=\"chart-weekly-hours\"")
        .contains("id=\"chart-binge-sittings\"").contains("id=\"chart-member-0-calendar\"")
        .doesNotContain("records only the date")
        .contains("&lt;b&gt;Ann&lt;/b&gt;").doesNotContain("<b>");
  }

  private static String netflix(String name) {
    return Path.of("src/test/resources/netflix", name).toString();
  }

  private static List<Integer> memberSections(String page) {
    Matcher m = MEMBER_SECTION.matcher(page);
    return m.results().map(x -> Integer.parseInt(x.group(1))).toList();
  }
}
