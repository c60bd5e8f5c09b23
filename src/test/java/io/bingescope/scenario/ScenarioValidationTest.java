package io.bingescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One negative fixture per validation rule under {@code scenarios/invalid/}: each is the valid
 * {@code minimal.yaml} with one mistake, and must report exactly that mistake, where it is.
 */
final class ScenarioValidationTest {

  @Test
  void reportsUnknownKeyWithLineAndSuggestion() {
    expectOnly("unknown-key", "personas[1].afinities", 49, "did you mean 'affinities'?");
  }

  @Test
  void reportsMissingRequiredKey_atTheMapThatLacksIt() {
    expectOnly("missing-key", "personas[0].abandon", 25, "missing required key 'abandon'");
  }

  @Test
  void reportsWrongType_wordForNumber() {
    expectOnly(
        "wrong-type-number",
        "population.members",
        5,
        "expected a whole number between 1 and 2147483647, found many");
  }

  @Test
  void reportsWrongType_listForString() {
    expectOnly(
        "wrong-type-string",
        "population.countries[1].code",
        10,
        "expected a string, found a list");
  }

  @Test
  void reportsWrongType_numberForList() {
    expectOnly("wrong-type-list", "personas[0].rhythm.weekdays", 29, "expected a list, found 7");
  }

  @Test
  void reportsWrongType_wordForMap() {
    expectOnly("wrong-type-map", "personas[1].rhythm", 39, "expected a map, found nightly");
  }

  @Test
  void reportsWrongType_wordForBoolean() {
    expectOnly(
        "wrong-type-bool",
        "life_events[0].effects.ignore_bedtime",
        57,
        "expected true or false, found sometimes");
  }

  @Test
  void reportsProbabilityOutOfRange() {
    expectOnly(
        "probability-out-of-range",
        "personas[0].autoplay",
        34,
        "expected a number between 0 and 1, found 1.4");
  }

  @Test
  void reportsNegativeCount() {
    expectOnly("count-negative", "catalog.filler.films", 23, "found -5");
  }

  @Test
  void reportsRuntimeNotPositive() {
    expectOnly(
        "runtime-not-positive",
        "catalog.titles[0].runtime_min",
        16,
        "expected a number > 0 and at most 1440 (minutes), found 0");
  }

  @Test
  void reportsRhythmWithoutTwentyFourHours() {
    expectOnly("rhythm-hours-count", "personas[0].rhythm.hours", 28, "expected 24 weights");
  }

  @Test
  void reportsRhythmWeightsSummingToZero() {
    expectOnly("rhythm-zero-sum", "personas[1].rhythm.weekdays", 41, "positive sum");
  }

  @Test
  void reportsCountrySharesNotSummingToOne() {
    expectOnly("shares-countries", "population.countries", 7, "found a sum of 0.9");
  }

  @Test
  void reportsZoneSharesNotSummingToOne() {
    expectOnly("shares-zones", "population.countries[0].zones", 9, "found a sum of 1.1");
  }

  @Test
  void reportsUnknownTimeZone() {
    expectOnly(
        "unknown-zone",
        "population.countries[0].zones.America/New_Yrok",
        9,
        "IANA time zone such as America/New_York, found America/New_Yrok; did you mean"
            + " 'America/New_York'?");
  }

  @Test
  void reportsUnknownCountryCode() {
    expectOnly(
        "unknown-country",
        "population.countries[1].code",
        10,
        "ISO 3166 alpha-2 country code such as US or GB, found UK; the United Kingdom is GB");
  }

  @Test
  void reportsDateThatDoesNotExist() {
    expectOnly("bad-date", "period.start", 3, "expected a date YYYY-MM-DD, found 2018-02-30");
  }

  @Test
  void reportsPeriodEndingBeforeItStarts() {
    expectOnly(
        "period-end-before-start",
        "period.end",
        3,
        "on or after the start 2018-01-01, found 2017-12-14");
  }

  @Test
  void reportsDuplicatePersonaName() {
    expectOnly("duplicate-persona", "personas[1].name", 37, "duplicate name 'casual'");
  }

  @Test
  void reportsDuplicateTitle() {
    expectOnly(
        "duplicate-title",
        "catalog.titles[1].series",
        19,
        "duplicate title 'A Christmas Prince'");
  }

  @Test
  void reportsDuplicateLifeEventName() {
    expectOnly("duplicate-life-event", "life_events[1].name", 58, "duplicate name 'vacation'");
  }

  @Test
  void reportsDuplicateYamlKey() {
    expectOnly(
        "duplicate-key",
        "population.members",
        6,
        "duplicate key 'members' (first at line 5)");
  }

  @Test
  void reportsLifeEventNamingUnknownPersona() {
    expectOnly(
        "unknown-persona-reference",
        "life_events[0].personas[0]",
        52,
        "unknown persona 'casul'; did you mean 'casual'?");
  }

  @Test
  void reportsLifeEventNamingCountryOutsidePopulation() {
    expectOnly(
        "unknown-country-reference",
        "life_events[0].countries[1]",
        53,
        "unknown country 'FR'");
  }

  @Test
  void reportsUnknownDistributionWithSuggestion() {
    expectOnly(
        "dist-unknown-name",
        "personas[1].session_minutes.dist",
        43,
        "unknown distribution 'nromal'; did you mean 'normal'?");
  }

  @Test
  void reportsNormalWithZeroSd() {
    expectOnly(
        "dist-normal-sd",
        "personas[1].session_minutes.sd",
        43,
        "expected a number > 0, found 0");
  }

  @Test
  void reportsLogNormalWithNegativeSigma() {
    expectOnly(
        "dist-lognormal-sigma",
        "personas[0].session_minutes.sigma",
        31,
        "expected a number > 0, found -0.5");
  }

  @Test
  void reportsLogNormalWithZeroMedian() {
    expectOnly(
        "dist-lognormal-median",
        "personas[0].session_minutes.median",
        31,
        "expected a number > 0, found 0");
  }

  @Test
  void reportsGammaWithZeroShape() {
    expectOnly(
        "dist-gamma-shape",
        "personas[1].sessions_per_day.shape",
        42,
        "expected a number > 0, found 0");
  }

  @Test
  void reportsPoissonWithNegativeMean() {
    expectOnly(
        "dist-poisson-mean",
        "catalog.filler.seasons.mean",
        23,
        "expected a number between 0 and 1000000000, found -1");
  }

  @Test
  void reportsClampWithMinAboveMax() {
    expectOnly(
        "dist-min-above-max",
        "personas[1].session_minutes.max",
        43,
        "expected max >= min 200, found 100");
  }

  @Test
  void reportsChoiceWithMismatchedLengths() {
    expectOnly(
        "dist-choice-lengths",
        "catalog.titles[1].runtime_min.weights",
        21,
        "expected 3 weights (one per value), found 2");
  }

  @Test
  void reportsChoiceWithoutValues() {
    expectOnly(
        "dist-choice-empty",
        "catalog.titles[1].runtime_min.values",
        21,
        "expected at least one value");
  }

  @Test
  void reportsChoiceWithNegativeWeight() {
    expectOnly(
        "dist-choice-negative-weight",
        "catalog.titles[1].runtime_min.weights[1]",
        21,
        "expected a number >= 0, found -2");
  }

  @Test
  void reportsLifeEventStartingOutsidePeriod() {
    expectOnly(
        "life-event-outside-period",
        "life_events[0].start_to",
        55,
        "within the period 2018-01-01..2018-01-14, found 2018-02-07");
  }

  @Test
  void reportsLifeEventWindowEndingBeforeItStarts() {
    expectOnly(
        "life-event-window-reversed",
        "life_events[0].start_to",
        55,
        "on or after start_from 2018-01-03, found 2018-01-02");
  }

  @Test
  void reportsNameThatIsNotLowerCaseWithDashes() {
    expectOnly("bad-name", "name", 2, "lower-case letters, digits and dashes");
  }

  @Test
  void reportsListSeparatorInALabel() {
    expectOnly("label-with-bar", "catalog.titles[0].tags[1]", 18, "without '|'");
  }

  @Test
  void reportsMoreMembersThanAnIntCanIndex() {
    expectOnly(
        "members-too-many",
        "population.members",
        5,
        "between 1 and 2147483647, found 3000000000");
  }

  @Test
  void reportsYamlSyntaxErrorWithJacksonsPosition() {
    expectOnly("yaml-syntax", "", 19, "not valid YAML");
  }

  @Test
  void reportsEveryProblem_whenAFileHasSeveral() {
    assertThat(Fixtures.problems("invalid/several-problems.yaml"))
        .extracting(Problem::line, Problem::path)
        .containsExactly(
            tuple(3, "seeds"),
            tuple(4, "period.start"),
            tuple(10, "population.countries[0].zones.America/Nowhere"),
            tuple(35, "personas[0].autoplay"),
            tuple(38, "personas[1].name"));
  }

  @Test
  void reportsStaleFittedRecord_namingTheParameterAndItsLine() {
    expectOnly("fitted-stale", "fitted[0].value", 60,
        "personas.heavy.abandon's value 0.06 (line 48), found 0.05: the record is stale");
  }

  @Test
  void reportsFittedRecordWhoseParameterSelectsNothing() {
    expectOnly("fitted-unknown-parameter", "fitted[0].parameter", 59,
        "found 'personas.heavy.abandn', which selects nothing");
  }

  @Test
  void everyInvalidFixture_hasATest() throws Exception {
    // A fixture without a test would silently stop guarding its rule.
    String source = Files.readString(
        Path.of("src/test/java/io/bingescope/scenario/ScenarioValidationTest.java"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios/invalid"))) {
      files.map(f -> f.getFileName().toString())
          .forEach(f -> assertThat(source).contains(f.replace(".yaml", "")));
    }
  }

  @Test
  void reportsPeriodLongerThanTenYears() {
    expectOnly("period-too-long", "period.end", 3, "at most 3660 days");
  }

  @Test
  void reportsPeriodOutsideTheSupportedYears() {
    expectOnly("period-years", "period.start", 3, "years 1900..2100");
  }

  @Test
  void reportsRuntimeLongerThanADay() {
    expectOnly("runtime-too-long", "catalog.titles[0].runtime_min", 16, "at most 1440");
  }

  @Test
  void reportsFillerCatalogTooLargeToHold() {
    expectOnly("filler-too-large", "catalog.filler.films", 23, "between 0 and 1000000");
  }

  @Test
  void reportsPopularityOfZero() {
    expectOnly("popularity-zero", "catalog.titles[0].popularity", 19, "> 0");
  }

  @Test
  void reportsAffinityOfZero() {
    expectOnly("affinity-zero", "personas[0].affinities.holiday", 37, "> 0");
  }

  @Test
  void reportsSeasonEndingBeforeItStarts() {
    expectOnly("season-reversed", "seasons[0].to", 59, "on or after from 2018-01-10");
  }

  @Test
  void reportsSeasonWithoutBoost() {
    expectOnly("season-boost-zero", "seasons[0].boost", 59, "> 0 and at most 1000");
  }

  @Test
  void reportsPoissonMeanBeyondItsSampler_evenWithClamps() {
    expectOnly(
        "poisson-mean-too-large",
        "personas[0].sessions_per_day.mean",
        30,
        "expected a number between 0 and 1000000000, found 2000000000");
  }

  @Test
  void reportsNameOfSpacesAlone() {
    expectOnly("name-not-shown", "catalog.titles[0].film", 15, "visible character");
  }

  @Test
  void reportsNamesWithControlCharactersOrNothing_whereverOutputCarriesThem() {
    // Each override puts one bad name where output files would carry it; each must be refused where it is.
    List<Problem> problems = Fixtures.problems("valid/minimal.yaml",
        "catalog.titles[1].series=\"The\\0Office\"",
        "catalog.titles[1].episode_names=[\"Pilot\\r\\nTwo\"]",
        "catalog.titles[0].genres=[\"\"]",
        "devices={\"TV\\n\": 1}",
        "households=[{kind: \" \", share: 1}]",
        "personas[0].affinities={\"\\t\": 2}",
        "catalog.filler.tags={\"a\\u2028b\": 0.5}");
    assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
        "catalog.titles[1].series", "catalog.titles[1].episode_names[0]", "catalog.titles[0].genres[0]",
        "devices.TV\n", "households[0].kind", "personas[0].affinities.\t", "catalog.filler.tags.a\u2028b");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("visible character"));
    assertThat(problems.stream().map(Problem::message))
        .anySatisfy(m -> assertThat(m).endsWith("found \"The\\u0000Office\""))
        .anySatisfy(m -> assertThat(m).endsWith("found \"Pilot\\u000D\\u000ATwo\""));
  }

  @Test
  void reportsCatalogTooLargeToHold_whenFillerCountsMultiply() {
    expectOnly("catalog-too-large", "catalog", 14, "at most 2000000 titles (films and episodes), found about 1.0e12");
  }

  @Test
  void reportsCatalogTooLargeToHold_whenASeriesListsSeasonsWithoutEnd() {
    List<Problem> problems = Fixtures.problems("valid/minimal.yaml",
        "catalog.titles[1].seasons=" + java.util.Collections.nCopies(300, "10000"));
    assertThat(problems).extracting(Problem::path).containsExactly("catalog");
    assertThat(problems.get(0).message()).contains("found about 3000084: 3000001 explicit");
  }

  @Test
  void reportsChoiceWeightThatWouldOverflow() {
    expectOnly("weight-overflow", "catalog.titles[0].popularity", 19, "found about 1e312 for persona 'heavy'");
  }

  @Test
  void reportsMemberExpectedToWatchMoreThanAHistoryHolds() {
    expectOnly("member-views-too-many", "personas[1]", 37, "at most 200000 views per member over the period");
  }

  @Test
  void reportsRunExpectedToBeFarBeyondNetflixForAMonth() {
    expectOnly("run-views-too-many", "population.members", 5, "expected a run of at most 1e11 views, found about");
  }

  @Test
  void acceptsEveryBundledScenario_atNetflixsMembersForAMonth() throws Exception {
    // The run limit is documented as room for 117.58M members for a month: every bundled scenario must fit it.
    for (String name : BundledScenarios.names()) {
      Scenario s = ScenarioLoader.load(name, List.of("population.members=117580000"));
      Scenario month = ScenarioLoader.load(name, List.of("population.members=117580000",
          "period.end=" + s.period().start().plusDays(30)));
      assertThat(month.period().days()).isEqualTo(31);
    }
  }

  @Test
  void reportsDistributionCentredOutsideItsFieldsRange() {
    expectOnly("dist-mean-out-of-range", "catalog.titles[0].runtime_min", 16,
        "mean (within its min and max) is > 0 and at most 1440 (minutes), found a mean of 1000000000000");
  }

  @Test
  void acceptsDistributionCentredOutsideItsRange_whenItsClampsBringItIn() throws Exception {
    Scenario s = Fixtures.load("valid/minimal.yaml",
        "catalog.titles[0].runtime_min={dist: normal, mean: 1e12, sd: 1, min: 80, max: 100}");
    assertThat(s.catalog().titles().get(0).runtimeMin().max()).isEqualTo(100);
  }

  @Test
  void reportsMoreSessionsADayThanTheGeneratorPlays() {
    expectOnly("sessions-per-day-too-many", "personas[0].sessions_per_day", 30,
        "expected a mean of at most 63 sessions a day (the most the generator plays), found 100");
  }

  // ---------------------------------------------------------------- habits and platform (issue 13)

  @Test
  void reportsHabitProbabilityOutOfRange() {
    expectOnly("habit-probability-out-of-range", "habits.asleep_factor", 25,
        "expected a number between 0 and 1, found 1.5");
  }

  @Test
  void reportsBedtimeGraceLongerThanTwelveHours() {
    expectOnly("habit-grace-too-long", "habits.bedtime_grace_min", 25,
        "expected a number between 0 and 720 (minutes), found 800");
  }

  @Test
  void reportsSittingCapOfZeroHours() {
    expectOnly("habit-sitting-hours-zero", "habits.max_sitting_hours", 25,
        "expected a number > 0 and at most 20 (hours), found 0");
  }

  @Test
  void reportsRestShorterThanTheGapThatJoinsASitting() {
    expectOnly("habit-rest-too-short", "habits.rest_hours", 25,
        "expected a number between 0.5 and 24 (hours), found 0.25");
  }

  @Test
  void reportsPreviewOfZeroSeconds() {
    expectOnly("habit-preview-seconds-zero", "habits.preview_seconds[0]", 25,
        "expected a number between 1 and 600 (seconds), found 0");
  }

  @Test
  void reportsAbandonedViewThatPlaysNothing() {
    expectOnly("habit-abandoned-share-zero", "habits.abandoned_share[0]", 25,
        "expected a number > 0 and at most 1 (share of the runtime), found 0");
  }

  @Test
  void reportsCreditsLongerThanTheViewRuleAllows() {
    expectOnly("habit-credits-too-large", "habits.credits_skip", 25,
        "expected a number between 0 and 0.3 (share of the runtime), found 0.4");
  }

  @Test
  void reportsPauseLongerThanAnHour() {
    expectOnly("habit-pause-too-long", "habits.pauses.busy[1]", 26,
        "expected a number between 0 and 3600 (seconds), found 4000");
  }

  @Test
  void reportsNightHourPastTwentyFour() {
    expectOnly("habit-night-hours-out-of-range", "habits.night_hours[1]", 25,
        "expected a number between 0 and 24 (hours), found 25");
  }

  @Test
  void reportsSpanWhoseMinIsAboveItsMax() {
    expectOnly("habit-span-min-above-max", "habits.pauses.manual", 26,
        "expected [min, max] with min <= max, found [120, 10]");
  }

  @Test
  void reportsSpanOfOneNumber() {
    expectOnly("habit-span-one-number", "habits.preview_seconds", 25,
        "expected two numbers [min, max] between 1 and 600 (seconds), found 1 number");
  }

  @Test
  void reportsNightHoursThatStartAndEndAtTheSameHour() {
    expectOnly("habit-night-hours-equal", "habits.night_hours", 25,
        "expected two different hours [from, to] (to may be past midnight), found 22 twice");
  }

  @Test
  void reportsUnknownHabitWithSuggestion() {
    expectOnly("habit-unknown-key", "habits.try_abandn", 25, "did you mean 'try_abandon'?");
  }

  @Test
  void reportsRewatchIntervalThatIsNotWholeDays() {
    expectOnly("habit-rewatch-film-days-fraction", "habits.rewatch.film_days", 26,
        "expected a whole number between 1 and 3660, found 1.5");
  }

  @Test
  void reportsRewatchIntervalOfZeroDays() {
    expectOnly("habit-rewatch-film-days-zero", "habits.rewatch.film_days", 26,
        "expected a whole number between 1 and 3660, found 0");
  }

  @Test
  void reportsPromptAfterZeroEpisodes() {
    expectOnly("platform-prompt-episodes-zero", "platform.prompt_episodes", 25,
        "expected a whole number between 1 and 1000, found 0");
  }

  @Test
  void reportsPromptAfterZeroMinutes() {
    expectOnly("platform-prompt-minutes-zero", "platform.prompt_minutes", 25,
        "expected a number > 0 and at most 1440 (minutes), found 0");
  }

  @Test
  void reportsPersonaHabitOverride_atThePersonasPath() {
    expectOnly("habit-persona-override", "personas[1].habits.rest_hours", 50,
        "expected a number between 0.5 and 24 (hours), found 30");
  }

  /** Asserts the fixture reports exactly one problem, at {@code path} on {@code line}. */
  private static void expectOnly(String fixture, String path, int line, String fragment) {
    String file = "invalid/" + fixture + ".yaml";
    List<Problem> problems = Fixtures.problems(file);
    assertThat(problems).as(problems.toString()).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.file()).isEqualTo(file);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isPositive();
    assertThat(p.message()).contains(fragment);
    assertThat(p.toString()).startsWith(file + ":" + line + ":" + p.column() + ": ");
  }
}
