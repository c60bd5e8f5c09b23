package io.bingescope.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads test fixtures from the classpath and loads them as scenarios. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the text of a fixture under {@code scenarios/}. */
  static String text(String name) {
    ClassLoader loader = Fixtures.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream("scenarios/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the scenario of a fixture, with overrides. */
  static Scenario load(String name, String... overrides) throws ScenarioException {
    return ScenarioLoader.parse(name, text(name), List.of(overrides));
  }

  /** Returns the problems loading a fixture reports; fails if it loads. */
  static List<Problem> problems(String name, String... overrides) {
    try {
      load(name, overrides);
    } catch (ScenarioException e) {
      return e.problems();
    }
    throw new AssertionError(name + " loaded without problems");
  }
}
