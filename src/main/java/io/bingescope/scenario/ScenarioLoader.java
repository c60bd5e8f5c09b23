package io.bingescope.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scenario from a bundled name or a file, applies {@code --set} overrides, and checks it;
 * either every value is valid or a {@link ScenarioException} lists every problem.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Returns the scenario named by {@code argument}: a file path if such a file exists, else the
   * name of a bundled scenario (see {@link BundledScenarios#names()}).
   */
  public static Scenario load(String argument, List<String> overrides) throws ScenarioException {
    Source source = source(argument);
    return parse(source.name(), source.text(), overrides);
  }

  /**
   * A scenario's YAML text and the name its problems are reported under: what a process that cannot share the
   * parsed {@link Scenario} (a Spark executor) parses again to get the same scenario.
   */
  public record Source(String name, String text) {}

  /**
   * Returns the text named by {@code argument}: a file path if such a file exists, else the name of a bundled
   * scenario (see {@link BundledScenarios#names()}).
   */
  public static Source source(String argument) throws ScenarioException {
    Path file = Path.of(argument);
    if (Files.isRegularFile(file)) {
      try {
        return new Source(argument, Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ScenarioException(
            List.of(new Problem(argument, 0, 0, "", "cannot read the file: " + e.getMessage())));
      }
    }
    String bundled = BundledScenarios.text(argument);
    if (bundled != null) {
      return new Source(BundledScenarios.sourceName(argument), bundled);
    }
    throw new ScenarioException(
        List.of(new Problem(argument, 0, 0, "",
            "no such file, and not a bundled scenario; bundled scenarios are: "
                + String.join(", ", BundledScenarios.names()))));
  }

  /** Returns the scenario written in {@code yamlText}; {@code sourceName} names it in problems. */
  public static Scenario parse(String sourceName, String yamlText, List<String> overrides)
      throws ScenarioException {
    Problems problems = new Problems();
    YamlNode root = LocatedYaml.read(sourceName, yamlText, problems);
    if (root == null) {
      problems.throwIfAny();
    }
    Overrides.apply(root, overrides, problems);
    Scenario scenario = ScenarioBinder.bind(root, problems);
    problems.throwIfAny();
    return scenario;
  }
}
