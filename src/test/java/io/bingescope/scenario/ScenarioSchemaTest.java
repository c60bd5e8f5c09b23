package io.bingescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema must accept what the loader accepts, so editors never mislead. */
final class ScenarioSchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void readSchema() throws Exception {
    try (InputStream in = ScenarioSchemaTest.class.getClassLoader()
        .getResourceAsStream("io/bingescope/scenario.schema.json")) {
      JsonNode node = new ObjectMapper().readTree(in);
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
  }

  @Test
  void acceptsEveryBundledScenario() throws Exception {
    for (String name : BundledScenarios.names()) {
      JsonNode tree = YAML.readTree(Files.readString(Path.of("scenarios", name + ".yaml")));
      assertThat(schema.validate(tree)).as(name).isEmpty();
    }
  }

  @Test
  void acceptsMinimalFixture() throws Exception {
    assertThat(schema.validate(YAML.readTree(Fixtures.text("valid/minimal.yaml")))).isEmpty();
  }

  @Test
  void acceptsScenarioWithEveryHabitsAndPlatformKey_topLevelAndPerPersona() throws Exception {
    assertThat(schema.validate(YAML.readTree(Fixtures.text("valid/habits.yaml")))).isEmpty();
  }

  @Test
  void rejectsHabitsAndPlatformValuesTheLoaderRefuses_exceptOrderOfSpanEnds() throws Exception {
    // A schema cannot compare a span's two ends, so min > max and equal night hours are the loader's alone.
    for (String fixture : List.of("habit-probability-out-of-range", "habit-grace-too-long",
        "habit-sitting-hours-zero", "habit-rest-too-short", "habit-preview-seconds-zero",
        "habit-abandoned-share-zero", "habit-credits-too-large", "habit-pause-too-long",
        "habit-night-hours-out-of-range", "habit-span-one-number", "habit-unknown-key",
        "habit-rewatch-film-days-fraction", "habit-rewatch-film-days-zero",
        "platform-prompt-episodes-zero", "platform-prompt-minutes-zero",
        "habit-persona-override")) {
      JsonNode tree = YAML.readTree(Fixtures.text("invalid/" + fixture + ".yaml"));
      assertThat(schema.validate(tree)).as(fixture).isNotEmpty();
    }
  }

  @Test
  void rejectsUnknownKey() throws Exception {
    ObjectNode tree = (ObjectNode) YAML.readTree(Fixtures.text("valid/minimal.yaml"));
    tree.put("colour", "red");
    Set<ValidationMessage> errors = schema.validate(tree);
    assertThat(errors).isNotEmpty();
    assertThat(errors.toString()).contains("colour");
  }

  @Test
  void rejectsWhatTheLoaderRefusesForSafety_nameOfSpacesAndHugePoissonMean() throws Exception {
    for (String fixture : List.of("invalid/name-not-shown.yaml", "invalid/poisson-mean-too-large.yaml")) {
      assertThat(schema.validate(YAML.readTree(Fixtures.text(fixture)))).as(fixture).isNotEmpty();
    }
  }

  @Test
  void rejectsProbabilityAboveOne() throws Exception {
    JsonNode tree = YAML.readTree(Fixtures.text("invalid/probability-out-of-range.yaml"));
    assertThat(schema.validate(tree)).isNotEmpty();
  }
}
