package io.bingescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's mistake must end in problems, never in a stack trace: damaged versions of a valid
 * file either load or throw {@link ScenarioException}, and never anything else.
 */
final class ScenarioRobustnessTest {
  private static final List<String> JUNK =
      List.of("x", "-1", "0", "1e9", "[]", "{}", "[1, x]", "{dist: x}", "~", "\"\"", "2018-99-01");

  @Test
  void everyTruncation_endsInScenarioOrProblems() {
    List<String> lines = Fixtures.text("valid/minimal.yaml").lines().toList();
    for (int n = 0; n <= lines.size(); n++) {
      loadOrProblems(String.join("\n", lines.subList(0, n)));
    }
  }

  @Test
  void everyValueReplacedByJunk_endsInScenarioOrProblems() throws Exception {
    for (String text : List.of(
        Fixtures.text("valid/minimal.yaml"),
        Files.readString(Path.of("scenarios/tiny.yaml")))) {
      replaceEachValueByJunk(text.lines().toList());
    }
  }

  private static void replaceEachValueByJunk(List<String> lines) {
    int rejected = 0;
    for (int i = 0; i < lines.size(); i++) {
      int colon = lines.get(i).indexOf(": ");
      if (colon < 0) {
        continue;
      }
      for (String junk : JUNK) {
        List<String> damaged = new ArrayList<>(lines);
        damaged.set(i, lines.get(i).substring(0, colon + 2) + junk);
        rejected += loadOrProblems(String.join("\n", damaged)) ? 0 : 1;
      }
    }
    assertThat(rejected).isPositive();
  }

  @Test
  void brokenPeriod_withFillerOnlyCatalog_endsInProblems() {
    String text = Fixtures.text("valid/minimal.yaml")
        .replace("period: {start: 2018-01-01, end: 2018-01-14}", "period: soon");
    String fillerOnly = text.substring(0, text.indexOf("  titles:"))
        + text.substring(text.indexOf("  filler:"));
    assertThat(loadOrProblems(fillerOnly)).isFalse();
  }

  @Test
  void reportsEmptyFile_asMissingScenario() {
    try {
      ScenarioLoader.parse("empty.yaml", "", List.of());
      fail("an empty file loaded");
    } catch (ScenarioException e) {
      assertThat(e.problems()).extracting(Problem::toString)
          .containsExactly("empty.yaml:1:1: expected a map of scenario keys, found nothing");
    }
  }

  /** Returns whether the text loaded; fails the test on anything but a ScenarioException. */
  private static boolean loadOrProblems(String text) {
    try {
      ScenarioLoader.parse("damaged.yaml", text, List.of());
      return true;
    } catch (ScenarioException e) {
      assertThat(e.problems()).isNotEmpty();
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError("stack trace for a user mistake in:\n" + text, e);
    }
  }
}
