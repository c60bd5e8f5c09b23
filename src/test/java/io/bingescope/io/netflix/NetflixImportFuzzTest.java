package io.bingescope.io.netflix;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.bingescope.io.InputException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Throws random bytes and mutated rows at the Netflix importer: it must never fail with anything
 * but a clear {@link InputException} (see {@link ImportInvariants}). In {@code mvn verify} each
 * test replays its committed corpus ({@code src/test/resources/io/bingescope/io/
 * NetflixImportFuzzTestInputs/<test>/}); {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=NetflixImportFuzzTest#<test>} fuzzes for real and adds findings there.
 */
class NetflixImportFuzzTest {
  private static final ImportSettings STRICT_BERLIN =
      new ImportSettings(Optional.of(ZoneId.of("Europe/Berlin")), DateOrder.DMY, true);

  @FuzzTest(maxDuration = "30s")
  void refusesOrImports_anyBytes(byte[] data) {
    ImportInvariants.check(data, ImportSettings.DEFAULTS);
    ImportInvariants.check(data, STRICT_BERLIN);
  }

  private static final List<String> PROFILES = List.of("Sam", "\"Kid, Jr.\"", "<b>Ann</b>", "");
  private static final List<String> STARTS =
      List.of("2021-01-04 01:00:00", "2021-02-29 01:00:00", "2021-01-04T01:00:00Z", "1999-01-01"
          + " 00:00:00", "2099-12-31 23:59:59", "");
  private static final List<String> DURATIONS = List.of("00:21:40", "1:5:00", "999:59:59", "-1",
      "00:60:00", "");
  private static final List<String> TITLES =
      List.of("The Office (U.S.): Season 2: The Dundies (Episode 1)", "Mission: Impossible",
          "Dark: Staffel 1: Geheimnisse (Folge 1)", "X_hook_primary_16x9", "\"a, \"\"b\"\"\"",
          "S: Season 99999: E (Episode 99999)", "");
  private static final List<String> KINDS = List.of("", "HOOK", "TRAILER", "RECAP", "NEW_KIND");
  private static final List<String> COUNTRIES =
      List.of("US (United States)", "DE (Germany)", "XK (Kosovo)", "United States", "");

  @FuzzTest(maxDuration = "30s")
  void refusesOrImports_mutatedRows(FuzzedDataProvider data) {
    StringBuilder csv = new StringBuilder();
    csv.append(data.consumeBoolean() ? "\uFEFF" : "")
        .append(String.join(",", NetflixImporter.ACTIVITY_COLUMNS)).append('\n');
    int rows = data.consumeInt(0, 40);
    for (int i = 0; i < rows; i++) {
      String[] f = {
        pick(data, PROFILES), pick(data, STARTS), pick(data, DURATIONS),
        data.consumeBoolean() ? "Autoplayed: user action: None; " : "", pick(data, TITLES),
        pick(data, KINDS), data.consumeBoolean() ? "Chrome PC (Cadmium)" : "", "00:01:00",
        "Not latest view", pick(data, COUNTRIES)
      };
      if (data.consumeBoolean()) {
        f[data.consumeInt(0, f.length - 1)] = data.consumeString(30);
      }
      int fields = data.consumeBoolean() ? f.length : data.consumeInt(0, f.length);
      csv.append(String.join(",", List.of(f).subList(0, fields)));
      csv.append(data.consumeBoolean() ? "\n" : "\r\n");
    }
    csv.append(data.consumeRemainingAsString());
    ImportInvariants.check(csv.toString().getBytes(StandardCharsets.UTF_8),
        ImportSettings.DEFAULTS);
  }

  private static String pick(FuzzedDataProvider data, List<String> values) {
    return data.pickValue(values);
  }
}
