package io.bingescope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the browser check does without a browser: never installs one, fails under CI, skips elsewhere. */
class ChromiumTest {

  @Test
  void missingBrowser_failsUnderCi_andIsASkipElsewhere() {
    assertThat(Chromium.required(Map.of("CI", "true"))).isTrue();
    assertThat(Chromium.required(Map.of("BINGESCOPE_REQUIRE_CHROMIUM", "true"))).isTrue();
    assertThat(Chromium.required(Map.of())).isFalse();
    assertThat(Chromium.required(Map.of("CI", "false"))).isFalse();
    assertThat(Chromium.missing(Map.of())).contains("apt-get install -y chromium").doesNotContain("CI requires");
    assertThat(Chromium.missing(Map.of("CI", "true"))).contains("CI requires it");
  }

  @Test
  void browserCheck_neverInstallsAnything() throws Exception {
    String source = Files.readString(Path.of("src/test/java/io/bingescope/report/Chromium.java"));
    assertThat(source).doesNotContain("\"apt-get\"").doesNotContain("ProcessBuilder(command).redirectErrorStream");
  }
}
