package io.bingescope.sim;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throws mutated scenarios at {@code validate} and, when one is accepted, at a tiny in-memory {@code simulate}: the
 * outcome must be located problems or a run whose output holds (see {@link ScenarioInvariants}), never another
 * exception. In {@code mvn verify} each test replays its committed corpus ({@code src/test/resources/io/bingescope/
 * sim/ScenarioFuzzTestInputs/<test>/}); {@code JAZZER_FUZZ=1 mvn test -Dtest=ScenarioFuzzTest#<test>} fuzzes for
 * real and adds findings there.
 */
class ScenarioFuzzTest {
  private static final List<String> BASES =
      List.of(resource("scenarios/valid/minimal.yaml"), file("scenarios/tiny.yaml"));

  @FuzzTest(maxDuration = "60s")
  void refusesOrRuns_anyText(byte[] data) {
    ScenarioInvariants.check(new String(data, StandardCharsets.UTF_8), List.of());
  }

  // Values that sit at or just past the rules' edges, and shapes that are not what a key expects.
  private static final List<String> VALUES =
      List.of("0", "-1", "1", "0.5", "1e9", "2e9", "1e300", "-1e300", "1e-300", "2147483647", "2147483648",
          "9223372036854775807", "1_000_000", "1000000", "10000", "3660", "1440", "1e6", ".5", "[]", "{}", "~", "\"\"",
          "\" \"", "\"a\\0b\"", "\"a\\r\\nb\"", "x", "[1, 2]", "[10000, 10000, 10000]", "2017-11-17", "2100-12-31",
          "1899-12-31", "2018-02-29", "true", "{dist: poisson, mean: 1e9}", "{dist: poisson, mean: 1.2e9, max: 3}",
          "{dist: normal, mean: 2147483647, sd: 1e-9}", "{dist: normal, mean: 1e12, sd: 1}",
          "{dist: lognormal, median: 1, sigma: 30}", "{dist: gamma, shape: 1e-300, scale: 1e300}",
          "{dist: exponential, mean: 1e300, min: 1}", "{dist: uniform, min: 0, max: 1e300}",
          "{dist: choice, values: [1, 1e300], weights: [1, 1e-300]}", "{holiday: 1e300}", "{kids: 1}",
          "{tag: holiday, adopt: 1, rewatch: 1}", "{volume: 1e300, ignore_bedtime: true}");
  private static final List<String> PATHS =
      List.of("population.members", "period.end", "period.start", "seed", "catalog.filler.films",
          "catalog.filler.series", "catalog.filler.seasons", "catalog.filler.episodes_per_season",
          "catalog.filler.episode_runtime_min", "catalog.filler.zipf_exponent", "catalog.titles[0].popularity",
          "catalog.titles[1].seasons", "catalog.titles[0].runtime_min", "personas[0].sessions_per_day",
          "personas[0].session_minutes", "personas[0].affinities", "personas[0].comfort",
          "personas[1].sleep.bedtime", "households[0].adults", "households[0].kids", "seasons",
          "life_events[0].effects", "life_events[0].duration_days", "devices", "personas[99999999999].share");

  @FuzzTest(maxDuration = "60s")
  void refusesOrRuns_mutatedValues(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>(data.pickValue(BASES).lines().toList());
    int edits = data.consumeInt(0, 6);
    for (int k = 0; k < edits; k++) {
      int i = data.consumeInt(0, lines.size() - 1);
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      if (colon < 0) {
        continue;
      }
      String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(24);
      lines.set(i, line.substring(0, colon + 2) + value);
    }
    List<String> overrides = new ArrayList<>();
    int sets = data.consumeInt(0, 3);
    for (int k = 0; k < sets; k++) {
      String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(24);
      overrides.add(data.pickValue(PATHS) + "=" + value);
    }
    ScenarioInvariants.check(String.join("\n", lines), overrides);
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String file(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
