package io.bingescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.scenario.Scenario.Effects;
import io.bingescope.scenario.Scenario.Habits;
import io.bingescope.scenario.Scenario.Pauses;
import io.bingescope.scenario.Scenario.Platform;
import io.bingescope.scenario.Scenario.Rewatch;
import io.bingescope.scenario.Scenario.Span;
import io.bingescope.scenario.Scenario.Weighted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioLoaderTest {

  @Test
  void loadsEveryBundledScenario_withoutProblems() throws ScenarioException {
    assertThat(BundledScenarios.names()).isNotEmpty();
    for (String name : BundledScenarios.names()) {
      Scenario s = ScenarioLoader.load(name, List.of());
      assertThat(s.name()).isEqualTo(name);
      assertThat(BundledScenarios.describe(name)).isNotBlank();
    }
  }

  @Test
  void bundledIndex_listsExactlyTheScenarioFiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      List<String> onDisk =
          files.map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".yaml"))
              .map(f -> f.substring(0, f.length() - ".yaml".length()))
              .sorted()
              .toList();
      assertThat(BundledScenarios.names()).isEqualTo(onDisk);
    }
  }

  @Test
  void describesBundledScenario_byFirstLineOfDescription() {
    assertThat(BundledScenarios.describe("tiny")).startsWith("Twenty members").doesNotContain("\n");
  }

  @Test
  void reportsMissingFile_withBundledNames() {
    assertThatThrownBy(() -> ScenarioLoader.load("no/such/file.yaml", List.of()))
        .isInstanceOfSatisfying(ScenarioException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          Problem p = e.problems().get(0);
          assertThat(p.line()).isZero();
          assertThat(p.file()).isEqualTo("no/such/file.yaml");
          assertThat(p.message()).contains("bundled scenarios are: ").contains("tiny");
          assertThat(e.getMessage()).contains("no/such/file.yaml: no such file");
        });
  }

  @Test
  void loadsScenarioFile_byPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, Fixtures.text("valid/minimal.yaml"));
    assertThat(ScenarioLoader.load(file.toString(), List.of()).name()).isEqualTo("minimal");
  }

  @Test
  void fillsInDefaults_whenKeysAreLeftOut() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml");
    assertThat(s.description()).isEmpty();
    assertThat(s.seed()).isEqualTo(1);
    assertThat(s.devices()).isEqualTo(ScenarioBinder.DEFAULT_DEVICES);
    assertThat(s.households()).isEqualTo(ScenarioBinder.DEFAULT_HOUSEHOLDS);
    assertThat(s.catalog().titles().get(0).popularity()).isEqualTo(0.01);
    assertThat(s.catalog().titles().get(0).genres()).isEmpty();
    assertThat(s.catalog().filler().zipfExponent()).isEqualTo(1.0);
    assertThat(s.catalog().filler().genres()).isEqualTo(ScenarioBinder.DEFAULT_GENRES);
    assertThat(s.catalog().filler().tags()).isEmpty();
    assertThat(s.catalog().filler().releasedBefore()).isEqualTo(s.period().start());
    assertThat(s.catalog().filler().seasons())
        .isEqualTo(new Dist.Poisson(2, 1, Double.POSITIVE_INFINITY));
    Scenario.Persona casual = s.personas().get(0);
    assertThat(casual.sessionsPerDay()).isEqualTo(new Dist.Fixed(1));
    assertThat(casual.sessionMinutes())
        .isEqualTo(new Dist.LogNormal(45, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertThat(casual.comfort()).isNull();
    assertThat(casual.work()).isNull();
    assertThat(casual.affinities()).isEmpty();
    assertThat(casual.sleep().bedtime()).isEqualTo(ScenarioBinder.DEFAULT_BEDTIME);
    assertThat(s.lifeEvents().get(0).effects()).isEqualTo(new Effects(0.3, 0, 1, 0, false));
  }

  @Test
  void bindsDefaultHabitsAndPlatform_whenTheScenarioSetsNone() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml");
    assertThat(s.platform()).isEqualTo(Platform.DEFAULT);
    assertThat(s.personas()).extracting(Scenario.Persona::habits).containsOnly(Habits.DEFAULTS);
  }

  @Test
  void appliesTopLevelHabitsToEveryPersona_andPersonaHabitsOverrideKeyByKey() throws ScenarioException {
    Scenario s = Fixtures.load("valid/habits.yaml");
    assertThat(s.platform()).isEqualTo(new Platform(4, 120));
    Pauses pauses = new Pauses(new Span(4, 12), new Span(6, 60), new Span(15, 100), new Span(90, 500),
        new Span(20, 150), new Span(40, 600));
    Habits top = new Habits(0.05, 0.1, new Span(23, 6), 20, 8, 7, 0.7, 0.2, 0.4, new Span(15, 60), 0.6, 0.2,
        new Span(0.05, 0.5), 0.05, 0.4, 0.6, 0.7, pauses, new Rewatch(0.4, 0.3, 2));
    assertThat(s.personas().get(0).habits()).isEqualTo(top);
    // heavy overrides max_sitting_hours, pauses.busy and rewatch.choose; every other key is the top level's.
    Habits heavy = new Habits(0.05, 0.1, new Span(23, 6), 20, 14, 7, 0.7, 0.2, 0.4, new Span(15, 60), 0.6, 0.2,
        new Span(0.05, 0.5), 0.05, 0.4, 0.6, 0.7,
        new Pauses(pauses.autoplay(), pauses.prompt(), pauses.manual(), pauses.nextTitle(),
            pauses.afterAbandon(), new Span(10, 20)),
        new Rewatch(0.4, 0.5, 2));
    assertThat(s.personas().get(1).habits()).isEqualTo(heavy);
  }

  @Test
  void appliesHabitOverrides_atTheTopLevelAndPerPersona() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml",
        "habits.max_sitting_hours=8", "personas.heavy.habits.rest_hours=4", "platform.prompt_episodes=5");
    assertThat(s.platform()).isEqualTo(new Platform(5, 90));
    assertThat(s.personas().get(0).habits().maxSittingHours()).isEqualTo(8);
    assertThat(s.personas().get(0).habits().restHours()).isEqualTo(Habits.DEFAULTS.restHours());
    assertThat(s.personas().get(1).habits().maxSittingHours()).isEqualTo(8);
    assertThat(s.personas().get(1).habits().restHours()).isEqualTo(4);
  }

  @Test
  void keepsFileOrder_ofZoneShares() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml");
    assertThat(s.population().countries().get(0).zones())
        .containsExactly(
            new Weighted("America/New_York", 0.6), new Weighted("America/Los_Angeles", 0.4));
  }

  @Test
  void appliesOverrides_byPathIndexAndName() throws ScenarioException {
    Scenario s =
        Fixtures.load(
            "valid/minimal.yaml",
            "seed=7",
            "population.members=1e3",
            "period.end=2018-01-10",
            "personas.casual.share=0.5",
            "personas[1].share=0.5",
            "population.countries.GB.zones.Europe/London=1.0",
            "catalog.filler.films=10",
            "catalog.filler.tags={kids: 0.5, holiday: 0.7}",
            "personas.heavy.work.days=[6, 7]",
            "life_events.vacation.effects.night_shift=0.25",
            "description=set from the command line");
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.population().members()).isEqualTo(1000);
    assertThat(s.period().end()).hasToString("2018-01-10");
    assertThat(s.personas()).extracting(Scenario.Persona::share).containsExactly(0.5, 0.5);
    assertThat(s.catalog().filler().films()).isEqualTo(10);
    // Tags are independent shares, so 0.5 + 0.7 is fine.
    assertThat(s.catalog().filler().tags()).hasSize(2);
    assertThat(s.personas().get(1).work().days()).containsExactly(6, 7);
    assertThat(s.personas().get(1).work().hours()).isEqualTo(new Dist.Fixed(8));
    assertThat(s.description()).isEqualTo("set from the command line");
    assertThat(s.lifeEvents().get(0).effects().nightShift()).isEqualTo(0.25);
  }

  /** A fitted record for minimal.yaml's heavy persona, whose abandon is 0.05 in the file. */
  static final String FITTED =
      "fitted=[{parameter: personas.heavy.abandon, value: 0.05, target: the abandon rate, published: 0.05,"
          + " source: a fixture}]";

  @Test
  void bindsFittedRecord_currentWhileTheParameterHoldsTheValue() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml", FITTED);
    assertThat(s.fitted()).containsExactly(new Scenario.Fitted("personas.heavy.abandon", 0.05,
        "the abandon rate", 0.05, "a fixture", "", true));
    // An index path selects the same parameter.
    String byIndex = FITTED.replace("personas.heavy.abandon", "'personas[1].abandon'");
    assertThat(Fixtures.load("valid/minimal.yaml", byIndex).fitted().get(0).current()).isTrue();
  }

  @Test
  void bindsFittedRecord_notCurrentWhenAnOverrideChangesTheParameter() throws ScenarioException {
    Scenario s = Fixtures.load("valid/minimal.yaml", FITTED, "personas.heavy.abandon=0.2");
    assertThat(s.fitted()).singleElement().extracting(Scenario.Fitted::current).isEqualTo(false);
    assertThat(s.personas().get(1).abandon()).isEqualTo(0.2);
  }

  @Test
  void reportsFittedRecord_whoseParameterIsADefaultOrNotANumber() {
    assertThat(Fixtures.problems("valid/minimal.yaml", FITTED.replace("abandon", "autoplay")))
        .extracting(Problem::message).singleElement().asString()
        .contains("personas.heavy.autoplay's value 0.9").contains("stale");
    assertThat(Fixtures.problems("valid/minimal.yaml",
            FITTED.replace("personas.heavy.abandon", "personas.heavy.sleep.bedtime")))
        .extracting(Problem::message).singleElement().asString().contains("which selects nothing");
    assertThat(Fixtures.problems("valid/minimal.yaml", FITTED.replace("personas.heavy.abandon", "name")))
        .extracting(Problem::message).singleElement().asString().contains("which is minimal");
  }

  @Test
  void reportsBadOverrides_namingTheOverride() {
    List<Problem> problems =
        Fixtures.problems(
            "valid/minimal.yaml",
            "population.members=0",
            "personas.nobody.share=1",
            "catalog.filler.flims=3",
            "personas[9].share=1",
            "seed",
            "population.members.x=1",
            "households[0].share=1");
    assertThat(problems).extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "--set population.members: population.members: expected a whole number between 1 and"
                + " 2147483647, found 0",
            "--set personas.nobody.share: personas.nobody.share: no element of personas has name,"
                + " kind or code 'nobody'",
            "--set catalog.filler.flims: catalog.filler.flims: unknown key 'flims'; did you mean"
                + " 'films'?",
            "--set personas[9].share: personas[9].share: no element [9] in personas (it has 2)",
            "--set seed: expected PATH=VALUE, e.g. population.members=1000",
            "--set population.members.x: population.members.x: cannot select x in"
                + " population.members: expected a map, found 0",
            "--set households[0].share: households[0].share: no element [0] in households (it has"
                + " none)");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isZero());
  }

  @Test
  void reportsOverrideIndexBeyondAnInt_asNoSuchElement() {
    // Integer.parseInt used to throw NumberFormatException (exit 1) on an index past 2147483647.
    assertThat(Fixtures.problems("valid/minimal.yaml", "personas[2147483648].share=1",
            "personas[99999999999999999999].share=1"))
        .extracting(Problem::toString)
        .containsExactly(
            "--set personas[2147483648].share: personas[2147483648].share: no element [2147483648]"
                + " in personas (it has 2)",
            "--set personas[99999999999999999999].share: personas[99999999999999999999].share: no"
                + " element [99999999999999999999] in personas (it has 2)");
  }

  @Test
  void treatsQuotedNumber_asString() {
    assertThat(Fixtures.problems("valid/minimal.yaml", "population.members=\"10\""))
        .extracting(Problem::message)
        .containsExactly("expected a whole number between 1 and 2147483647, found \"10\"");
  }

  @Test
  void canonicalJson_isStableAndIgnoresLayoutAndSpelledOutDefaults() throws ScenarioException {
    Scenario a = Fixtures.load("valid/minimal.yaml");
    Scenario b = Fixtures.load("valid/minimal.yaml", "seed=1", "catalog.filler.zipf_exponent=1");
    assertThat(ScenarioJson.canonical(a)).isEqualTo(ScenarioJson.canonical(b));
    assertThat(ScenarioJson.sha256(a)).isEqualTo(ScenarioJson.sha256(b)).hasSize(64);
    assertThat(ScenarioJson.canonical(a))
        .startsWith("{\"name\":\"minimal\",\"description\":\"\",\"seed\":1,\"period\":")
        .contains("\"sessions_per_day\":1.0")
        .contains("{\"dist\":\"lognormal\",\"median\":45.0,\"sigma\":0.5}");
  }

  @Test
  void canonicalJson_changesWhenAValueChanges() throws ScenarioException {
    Scenario a = Fixtures.load("valid/minimal.yaml");
    Scenario b = Fixtures.load("valid/minimal.yaml", "personas.heavy.abandon=0.06");
    assertThat(ScenarioJson.sha256(a)).isNotEqualTo(ScenarioJson.sha256(b));
  }

  @Test
  void problemToString_leavesOutMissingPositionAndPath() {
    assertThat(new Problem("a.yaml", 3, 5, "seed", "bad")).hasToString("a.yaml:3:5: seed: bad");
    assertThat(new Problem("a.yaml", 0, 0, "", "gone")).hasToString("a.yaml: gone");
  }

  @Test
  void exceptionMessage_listsEveryProblem() {
    ScenarioException e =
        new ScenarioException(
            List.of(
                new Problem("a.yaml", 1, 1, "x", "one"), new Problem("a.yaml", 2, 1, "y", "two")));
    assertThat(e.getMessage())
        .isEqualTo("2 problems in scenario:\n  a.yaml:1:1: x: one\n  a.yaml:2:1: y: two");
  }
}
