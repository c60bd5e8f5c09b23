package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.StreakExpectation;
import io.bingescope.sim.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {
  @TempDir Path tmp;

  /** A small population where streaks are common: half the members rewatch, and more faithfully. */
  static final String[] OVERRIDES = {
    "--set", "personas.holiday-rewatcher.share=0.5", "--set", "personas.casual.share=0.051",
    "--set", "personas.holiday-rewatcher.comfort.rewatch=0.9"
  };

  @Test
  void fiftyThreeViewersCountsWhatTheViewsShow() throws Exception {
    Cli r = Cli.run(concat(new String[] {"reproduce", "53-viewers", "--members", "5000", "-q"}, OVERRIDES));
    assertThat(r.exitCode()).as(r.err()).isZero();
    Matcher m = Pattern.compile("simulated \\(counted from the views\\)\\s+([\\d,]+) members").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    long printed = Long.parseLong(m.group(1).replace(",", ""));

    // The same population written out and counted from views.csv by a deliberately simple reader.
    Path out = tmp.resolve("sim");
    Cli sim = Cli.run(concat(new String[] {"simulate", "christmas-prince-2017", "--members", "5000", "-q",
        "-o", out.toString()}, OVERRIDES));
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    Map<String, Integer> runtime = new HashMap<>();
    for (Map<String, String> t : SimulateCommandTest.readCsv(out.resolve("titles.csv"))) {
      runtime.put(t.get("title_id"), Integer.parseInt(t.get("runtime_s")));
    }
    Map<String, Set<LocalDate>> days = new HashMap<>();
    for (Map<String, String> v : SimulateCommandTest.readCsv(out.resolve("views.csv"))) {
      if (v.get("title").equals("A Christmas Prince") && v.get("supplemental").isEmpty()
          && Integer.parseInt(v.get("duration_s")) >= 0.7 * runtime.get(v.get("title_id"))) {
        days.computeIfAbsent(v.get("member_id"), k -> new HashSet<>())
            .add(LocalDate.parse(v.get("start_local").substring(0, 10)));
      }
    }
    long expected =
        days.values().stream()
            .filter(d -> LocalDate.of(2017, 11, 23).datesUntil(LocalDate.of(2017, 12, 11)).allMatch(d::contains))
            .count();
    assertThat(printed).isEqualTo(expected).isGreaterThan(20);
    assertThat(r.out()).contains("published by Netflix, 10 Dec 2017   53").contains("model expectation");

    // The predictions: members by their longest run of consecutive days with the film, in the period.
    Map<Integer, Long> reached = new HashMap<>();
    for (Set<LocalDate> d : days.values()) {
      int best = 0;
      int run = 0;
      for (LocalDate day = LocalDate.of(2017, 11, 17); !day.isAfter(LocalDate.of(2017, 12, 10));
          day = day.plusDays(1)) {
        run = d.contains(day) ? run + 1 : 0;
        best = Math.max(best, run);
      }
      for (int k = 1; k <= best; k++) {
        reached.merge(k, 1L, Long::sum);
      }
    }
    Matcher rows = Pattern.compile("^  (at all|on (\\d+)\\+ consecutive days)\\s+([\\d,]+)  ([\\d.]+)% \\(([\\d.]+)%"
        + "\\.\\.([\\d.]+)%\\)\\s+([\\d,]+) .*none$", Pattern.MULTILINE).matcher(r.out());
    int found = 0;
    while (rows.find()) {
      found++;
      int k = rows.group(2) == null ? 1 : Integer.parseInt(rows.group(2));
      long count = Long.parseLong(rows.group(3).replace(",", ""));
      assertThat(count).as(rows.group()).isEqualTo(reached.getOrDefault(k, 0L));
      double share = Double.parseDouble(rows.group(4));
      assertThat(share).as(rows.group()).isCloseTo(100.0 * count / 5000, org.assertj.core.data.Offset.offset(0.01));
      assertThat(Double.parseDouble(rows.group(5))).isLessThanOrEqualTo(share);
      assertThat(Double.parseDouble(rows.group(6))).isGreaterThanOrEqualTo(share);
      // Scaled to 117,580,000 members and rounded to 3 significant digits.
      assertThat((double) Long.parseLong(rows.group(7).replace(",", "")))
          .isCloseTo(117_580_000.0 * count / 5000, org.assertj.core.data.Percentage.withPercentage(0.5));
    }
    assertThat(found).as(r.out()).isEqualTo(3);
    assertThat(reached.get(10)).as("members with 10+ days, so the row is tested on more than zeros").isPositive();
    // A --set override of the fitted rewatch: the record says the fit does not hold.
    assertThat(oneLine(r.out())).contains("This run gives the parameter another value (--set), so the fit does not"
        + " hold here.").doesNotContain("by construction");
  }

  @Test
  void fiftyThreeViewersStatesTheFitFromTheScenariosData() {
    Cli r = Cli.run("reproduce", "53-viewers", "--members", "2000", "-q", "--set", "fitted[0].published=41",
        "--set", "fitted[0].source=a source named by the test", "--set", "fitted[0].target=a target the test wrote");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(oneLine(r.out()))
        .contains("personas.holiday-rewatcher.comfort.rewatch = 0.703545 was solved (bingescope calibrate"
            + " christmas-prince-2017 --members 117580000 --title \"A Christmas Prince\" --target 53) so that a"
            + " target the test wrote equals 41, the figure published by a source named by the test.")
        .contains("by construction: matching it confirms nothing")
        // 41 is not Netflix's 53, so the published line is no longer the fit's target.
        .doesNotContain("the fit's target");
    Cli bundled = Cli.run("reproduce", "53-viewers", "--members", "2000", "-q");
    assertThat(oneLine(bundled.out())).contains("equals 53, the figure published by Netflix's US account")
        .contains("53   (the fit's target, below: not a test of the model)")
        .doesNotContain("never an input");
    Cli none = Cli.run("reproduce", "53-viewers", "--members", "2000", "-q", "--set", "fitted=[]");
    assertThat(oneLine(none.out())).contains("Fitted: nothing").doesNotContain("the fit's target");
  }

  @Test
  void clopperPearsonMatchesItsClosedFormsAtTheEnds() {
    // k = 0: the upper bound solves (1 - p)^n = 0.025; k = n: the lower bound solves p^n = 0.025.
    assertThat(FiftyThreeViewersCommand.clopperPearson(0, 10))
        .containsExactly(new double[] {0, 1 - Math.pow(0.025, 0.1)}, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(FiftyThreeViewersCommand.clopperPearson(10, 10))
        .containsExactly(new double[] {Math.pow(0.025, 0.1), 1}, org.assertj.core.data.Offset.offset(1e-9));
    // k = 1 of 2: by symmetry the bounds are 1 - each other.
    double[] half = FiftyThreeViewersCommand.clopperPearson(1, 2);
    assertThat(half[0] + half[1]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
  }

  /** Returns the output with its line breaks and indents as single spaces, so wrapped sentences can be searched. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ");
  }

  @Test
  void calibrationFindsTheValueWhoseExpectationIsTheTarget() throws Exception {
    Cli r = Cli.run("calibrate", "christmas-prince-2017", "--members", "117580000",
        "--title", "A Christmas Prince", "--target", "40");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Matcher m = Pattern.compile("comfort\\.rewatch=([0-9.]+)").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    String solved = m.group(1);
    World world = World.of(ScenarioLoader.load("christmas-prince-2017",
        List.of("population.members=117580000", "personas.holiday-rewatcher.comfort.rewatch=" + solved)));
    int film = world.catalog().filmNamed("A Christmas Prince").orElseThrow();
    double expected = StreakExpectation.of(world, film, 18, LocalDate.of(2017, 12, 10)).expected();
    // The printed value is rounded to 6 decimals; the count moves ~19% per 1% of rewatch.
    assertThat(expected).isCloseTo(40, org.assertj.core.data.Offset.offset(0.01));
    assertThat(r.out()).contains("Sensitivity");

    // The printed record, written into the scenario with the solved value, is accepted as current.
    String yaml = Files.readString(Path.of("scenarios", "christmas-prince-2017.yaml"));
    yaml = yaml.substring(0, yaml.indexOf("\nfitted:\n") + 1) + r.out().substring(r.out().indexOf("fitted:\n"));
    yaml = yaml.replaceFirst("rewatch: [0-9.]+", "rewatch: " + solved);
    Scenario.Fitted fitted = ScenarioLoader.parse("calibrated.yaml", yaml, List.of()).fitted().get(0);
    assertThat(fitted.current()).isTrue();
    assertThat(fitted.value()).isEqualTo(Double.parseDouble(solved));
    assertThat(fitted.published()).isEqualTo(40);
    assertThat(fitted.parameter()).isEqualTo("personas.holiday-rewatcher.comfort.rewatch");
    assertThat(fitted.target()).contains("117,580,000 members").contains("18 days ending 2017-12-10");
    assertThat(fitted.command()).isEqualTo("bingescope calibrate christmas-prince-2017 --members 117580000"
        + " --title \"A Christmas Prince\" --target 40");
  }

  @Test
  void calibrationRefusesUnreachableTargetsAndUnknownFilms() {
    Cli unreachable = Cli.run("calibrate", "christmas-prince-2017", "--title", "A Christmas Prince",
        "--target", "53");
    assertThat(unreachable.exitCode()).isEqualTo(2);
    assertThat(unreachable.err()).contains("no rewatch in [0, 1]").doesNotContain("\tat ");
    Cli unknown = Cli.run("calibrate", "christmas-prince-2017", "--title", "A Christmas Princes",
        "--target", "1");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("A Christmas Prince");
  }

  static String[] concat(String[] a, String[] b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
