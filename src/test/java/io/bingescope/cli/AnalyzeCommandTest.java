package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.report.MetricsCsv;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path tmp;

  @Test
  void writesMetricsEqualToThoseOfTheSimulatedHistories() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", out.toString()).exitCode()).isZero();
    Path metrics = tmp.resolve("m");
    Cli r = Cli.run("analyze", out.toString(), "--sitting-gap-min", "20", "-o", metrics.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("from manifest.json").contains("viewing_hours").contains("devoured");

    Scenario scenario = ScenarioLoader.load("tiny", List.of());
    World world = World.of(scenario);
    MemberGenerator gen = new MemberGenerator(world);
    MetricOptions options =
        new MetricOptions(
            MetricOptions.DEFAULTS.level(), MetricOptions.DEFAULTS.thresholds(), 1_200, 3, 7, 0,
            5 * 3_600, 9 * 3_600, 17 * 3_600);
    MemberMetrics m = new MemberMetrics(options);
    LocalDate first = scenario.period().start();
    LocalDate last = scenario.period().end();
    List<String> lines = Files.readAllLines(metrics.resolve("metrics.csv"));
    assertThat(lines.get(0)).isEqualTo(String.join(",", MetricsCsv.COLUMNS));
    assertThat(lines).hasSize((int) world.members() + 1);
    for (int id = 0; id < world.members(); id++) {
      m.compute(gen.generate(id), world.catalog(), first, last);
      String[] f = split(lines.get(id + 1));
      assertThat(f).as("member %d", id).hasSize(MetricsCsv.COLUMNS.size());
      String at = "member " + id;
      assertThat(Integer.parseInt(f[0])).as(at).isEqualTo(id);
      assertThat(Integer.parseInt(f[1])).as(at).isEqualTo(gen.history().size());
      assertThat(Long.parseLong(f[2])).as(at).isEqualTo(m.viewingSeconds());
      assertThat(Double.parseDouble(f[3])).as(at).isEqualTo(round4(m.viewingHours()));
      assertThat(Long.parseLong(f[4])).as(at).isEqualTo(m.periodSeconds());
      assertThat(Double.parseDouble(f[5])).as(at).isEqualTo(round4(m.meanDailyHours()));
      assertThat(Double.parseDouble(f[6])).as(at).isEqualTo(round4(m.maxDailyHours()));
      assertThat(Integer.parseInt(f[7])).as(at).isEqualTo(m.sittings());
      assertThat(Integer.parseInt(f[8])).as(at).isEqualTo(m.bingeSittings());
      assertThat(Long.parseLong(f[9])).as(at).isEqualTo(m.longestSittingS());
      assertThat(Integer.parseInt(f[10])).as(at).isEqualTo(m.windowEpisodes());
      assertThat(f[11]).as(at)
          .isEqualTo(m.windowSeries() < 0 ? "" : world.catalog().series().get(m.windowSeries()).name());
      assertThat(Integer.parseInt(f[12])).as(at).isEqualTo(m.longestStreakDays());
      assertThat(f[13]).as(at).isEqualTo(m.streakTitle() < 0 ? "" : Integer.toString(m.streakTitle()));
      assertThat(f[14]).as(at)
          .isEqualTo(m.streakTitle() < 0 ? "" : world.catalog().title(m.streakTitle()).name());
      assertThat(f[15]).as(at)
          .isEqualTo(m.streakTitle() < 0 ? "" : LocalDate.ofEpochDay(m.streakEndDay()).toString());
      assertThat(Long.parseLong(f[16])).as(at).isEqualTo(m.nightSeconds());
      assertThat(Double.parseDouble(f[17])).as(at).isEqualTo(round4(m.nightShare()));
      assertThat(Long.parseLong(f[18])).as(at).isEqualTo(m.workSeconds());
      assertThat(Double.parseDouble(f[19])).as(at).isEqualTo(round4(m.workShare()));
      assertThat(Integer.parseInt(f[20])).as(at).isEqualTo(m.bingeRaces());
    }

    JsonNode summary = new ObjectMapper().readTree(metrics.resolve("summary.json").toFile());
    assertThat(summary.get("members").asLong()).isEqualTo(world.members());
    assertThat(summary.get("period_source").asText()).isEqualTo("manifest");
    assertThat(summary.get("sitting_gap_s").asInt()).isEqualTo(1_200);
    assertThat(summary.at("/metrics/viewing_hours/max").isNumber()).isTrue();
    assertThat(summary.at("/thresholds/longest_streak_days_ge_18").isNumber()).isTrue();
  }

  @Test
  void takesThePeriodFromTheViews_withoutAManifest() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", out.toString()).exitCode()).isZero();
    Files.delete(out.resolve("manifest.json"));
    Cli r = Cli.run("analyze", out.resolve("views.csv").toString(), "-o", tmp.resolve("m").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("first to last day of the views");
  }

  @Test
  void exitsWith2AndNoStackTrace_onBadInput() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(dir.resolve("titles.csv"),
        "title_id,title,kind,series,season,episode,runtime_s,release_date,genres,tags\n");
    Files.writeString(dir.resolve("views.csv"), "member_id,oops\n");
    Cli r = Cli.run("analyze", dir.toString(), "-o", tmp.resolve("m").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("views.csv:1: expected the header").doesNotContain("\tat ");
    assertThat(tmp.resolve("m")).doesNotExist();

    Cli missing = Cli.run("analyze", tmp.resolve("nowhere").toString(), "-o", tmp.resolve("m").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory").doesNotContain("\tat ");
  }

  @Test
  void refusesABadOption_withExit2() {
    Cli r = Cli.run("analyze", tmp.toString(), "--window-days", "0", "-o", tmp.resolve("m").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--window-days");
  }

  /** Splits one CSV line (no line breaks inside its fields), undoing RFC 4180 quoting. */
  private static String[] split(String line) {
    List<String> fields = new java.util.ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields.toArray(String[]::new);
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  @Test
  void byProfile_writesEachProfilesFiguresNamed_whoseViewsAddUpToTheAccounts() throws Exception {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "office-binge-2018", "--members", "60", "-q", "-o", run.toString()).exitCode())
        .isZero();
    Path out = tmp.resolve("m");
    Cli r = Cli.run("analyze", run.toString(), "--by", "profile", "-q", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> account = Files.readAllLines(out.resolve("metrics.csv"));
    List<String> byProfile = Files.readAllLines(out.resolve("metrics-by-profile.csv"));
    assertThat(byProfile.get(0)).startsWith("member_id,profile,views,viewing_s,");
    java.util.Map<String, Long> views = new java.util.HashMap<>();
    int multi = 0;
    for (String row : byProfile.subList(1, byProfile.size())) {
      String[] f = row.split(",");
      views.merge(f[0], Long.parseLong(f[2]), Long::sum);
    }
    for (String row : account.subList(1, account.size())) {
      String[] f = row.split(",");
      long v = Long.parseLong(f[1]);
      assertThat(views.getOrDefault(f[0], 0L)).as("member " + f[0]).isEqualTo(v);
    }
    // A member with one profile has the account's figures, named.
    java.util.Map<String, Long> rowsPerMember = new java.util.HashMap<>();
    byProfile.subList(1, byProfile.size()).forEach(l -> rowsPerMember.merge(l.split(",")[0], 1L, Long::sum));
    for (String row : account.subList(1, account.size())) {
      String id = row.split(",")[0];
      if (rowsPerMember.getOrDefault(id, 0L) == 1) {
        String named = byProfile.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        String[] f = named.split(",", 3);
        assertThat(f[0] + "," + f[2]).isEqualTo(row);
      } else if (rowsPerMember.getOrDefault(id, 0L) > 1) {
        multi++;
      }
    }
    assertThat(multi).as("members with several profiles").isPositive();
    Path plain = tmp.resolve("plain");
    assertThat(Cli.run("analyze", run.toString(), "-q", "-o", plain.toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(plain.resolve("metrics.csv"))).isEqualTo(account);
    assertThat(plain.resolve("metrics-by-profile.csv")).doesNotExist();
  }
}
