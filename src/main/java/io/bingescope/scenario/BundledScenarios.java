package io.bingescope.scenario;

import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenarios shipped in the jar, under {@code io/bingescope/scenarios/}. A jar's directories
 * cannot be listed portably, so {@code index.txt} names them; a test keeps it in step with the
 * {@code scenarios/} folder.
 */
public final class BundledScenarios {
  private static final String FOLDER = "io/bingescope/scenarios/";

  private BundledScenarios() {}

  /** Returns the names of the bundled scenarios, sorted. */
  public static List<String> names() {
    String index = resource("index.txt");
    if (index == null) {
      throw new IllegalStateException("missing resource " + FOLDER + "index.txt");
    }
    return index.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .sorted()
        .toList();
  }

  /** Returns the first line of a bundled scenario's description (empty when it has none). */
  public static String describe(String name) {
    String text = text(name);
    if (text == null) {
      throw new IllegalArgumentException("no bundled scenario " + name);
    }
    // Only the description is wanted, so a tree read suffices and validation is skipped.
    YamlNode root = LocatedYaml.read(sourceName(name), text, new Problems());
    if (root instanceof MapNode m && m.get("description") instanceof ScalarNode s && !s.isNull()) {
      return s.text().strip().lines().findFirst().orElse("");
    }
    return "";
  }

  /** Returns the YAML text of a bundled scenario, or null when there is none by that name. */
  public static String text(String name) {
    return ScenarioBinder.NAME.matcher(name).matches() && names().contains(name)
        ? resource(name + ".yaml")
        : null;
  }

  /** Returns the JSON Schema of the scenario format, for editors. */
  public static String schema() {
    try (InputStream in =
        BundledScenarios.class.getClassLoader().getResourceAsStream("io/bingescope/scenario.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the name problems in a bundled scenario are reported under. */
  static String sourceName(String name) {
    return "scenarios/" + name + ".yaml";
  }

  private static String resource(String file) {
    try (InputStream in =
        BundledScenarios.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
