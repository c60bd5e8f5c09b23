package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
  private static final String HASH = "ab".repeat(32);

  private final Manifest manifest =
      new Manifest(
          "bingescope",
          "0.1.0",
          "2025a",
          Manifest.SCHEMA_VERSION,
          "christmas-prince",
          HASH,
          42L,
          "2017-11-01",
          "2017-12-31",
          0L,
          1_000_000L,
          50_000_000L,
          List.of(
              new Manifest.FileEntry("views.csv", 50_000_000L, 7_000_000_000L, HASH),
              new Manifest.FileEntry("titles.csv", 3, 120, HASH)),
          null);

  @Test
  void roundTrips_throughJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    manifest.write(out);
    assertThat(Manifest.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(manifest);
  }

  @Test
  void writesSnakeCasePrettyJson_withUnixLineEnds() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    manifest.write(out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith("{\n  \"tool\" : \"bingescope\",\n  \"tool_version\" : \"0.1.0\",\n")
        .contains("\"schema_version\" : 1", "\"scenario_sha256\"", "\"period_start\"",
            "\"tzdata_version\" : \"2025a\"")
        .doesNotContain("\r")
        .endsWith("}\n");
  }

  @Test
  void readsAManifestWrittenBeforeTheTzdataVersion_asUnknown() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    manifest.write(out);
    String older = out.toString(StandardCharsets.UTF_8).replace("  \"tzdata_version\" : \"2025a\",\n", "");
    assertThat(older).doesNotContain("tzdata");
    Manifest read = Manifest.read(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8)));
    assertThat(read.tzdataVersion()).isNull();
    assertThat(read.members()).isEqualTo(manifest.members());
  }

  @Test
  void recordsTheRunningJdksTzdataVersion() {
    // The JDK names its tzdata release like IANA's: a year and a letter (e.g. 2025a).
    assertThat(Tool.tzdataVersion()).matches("\\d{4}[a-z]");
  }

  @Test
  void rejectsManifest_missingAField() {
    byte[] json = "{\"tool\": \"bingescope\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Manifest.read(new ByteArrayInputStream(json)))
        .isInstanceOf(IOException.class);
  }
}
