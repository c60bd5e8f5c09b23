package io.bingescope.cli;

import io.bingescope.io.CsvStyle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, CSV formula injection: titles a spreadsheet would run, with and without the option. */
class SpreadsheetSafeTest {
  private static final List<String> FORMULAS = List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)");

  @TempDir Path tmp;

  @Test
  void simulate_writesFormulaTitlesExactly_andReadsThemBack_byDefault() throws IOException {
    Path out = tmp.resolve("exact");
    Cli r = Cli.run("simulate", scenario().toString(), "-q", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(column(out.resolve("titles.csv"), "title")).containsAll(FORMULAS);
    assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain("spreadsheet_safe");
    Cli titles = Cli.run("titles", out.toString());
    assertThat(titles.exitCode()).as(titles.err()).isZero();
    for (String f : FORMULAS) {
      assertThat(titles.out()).contains("film     " + f + "\n");
    }
  }

  @Test
  void simulate_prefixesOnlyFormulaTextFields_withSpreadsheetSafe() throws IOException {
    Path exact = tmp.resolve("exact");
    Path safe = tmp.resolve("safe");
    assertThat(Cli.run("simulate", scenario().toString(), "-q", "-o", exact.toString()).exitCode())
        .isZero();
    Cli r = Cli.run("simulate", scenario().toString(), "-q", "--spreadsheet-safe", "-o",
        safe.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(column(safe.resolve("titles.csv"), "title"))
        .contains("'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)").doesNotContainAnyElementsOf(FORMULAS);
    int prefixed = 0;
    for (String file : List.of("views.csv", "titles.csv", "members.csv")) {
      prefixed += comparePrefixed(exact.resolve(file), safe.resolve(file));
    }
    assertThat(prefixed).isGreaterThanOrEqualTo(FORMULAS.size());
    assertThat(new ObjectMapper().readTree(safe.resolve("manifest.json").toFile())
        .get("spreadsheet_safe").asBoolean()).isTrue();
  }

  @Test
  void readers_refuseARunWrittenSpreadsheetSafe_withExit2() throws IOException {
    Path safe = tmp.resolve("safe");
    assertThat(Cli.run("simulate", scenario().toString(), "-q", "--spreadsheet-safe", "-o",
        safe.toString()).exitCode()).isZero();
    for (String[] args : List.of(new String[] {"titles", safe.toString()},
        new String[] {"analyze", safe.toString(), "-o", tmp.resolve("m").toString()})) {
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("manifest.json").contains("--spreadsheet-safe")
          .doesNotContain("Exception");
    }
    assertThat(tmp.resolve("m")).doesNotExist();
  }

  @Test
  void simulate_refusesSpreadsheetSafe_whereItDoesNotApply() {
    for (String[] extra : List.of(new String[] {"--format", "jsonl"},
        new String[] {"--format", "netflix"}, new String[] {"--analyze-only"})) {
      String[] args = new String[extra.length + 6];
      System.arraycopy(new String[] {"simulate", "tiny", "-q", "--spreadsheet-safe", "-o",
          tmp.resolve("x").toString()}, 0, args, 0, 6);
      System.arraycopy(extra, 0, args, 6, extra.length);
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as(String.join(" ", extra)).isEqualTo(2);
      assertThat(r.err()).contains("--spreadsheet-safe");
    }
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void analyze_prefixesOnlyFormulaNamesInMetrics_withSpreadsheetSafe() throws IOException {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", scenario().toString(), "-q", "-o", run.toString()).exitCode())
        .isZero();
    Path exact = tmp.resolve("exact");
    Path safe = tmp.resolve("safe");
    Cli a = Cli.run("analyze", run.toString(), "-q", "--by", "profile", "-o", exact.toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    Cli b = Cli.run("analyze", run.toString(), "-q", "--by", "profile", "--spreadsheet-safe", "-o",
        safe.toString());
    assertThat(b.exitCode()).as(b.err()).isZero();
    int prefixed = 0;
    for (String file : List.of("metrics.csv", "metrics-by-profile.csv")) {
      prefixed += comparePrefixed(exact.resolve(file), safe.resolve(file));
    }
    // The series "-The Office" is the window series of members who watched it.
    assertThat(prefixed).isPositive();
    assertThat(column(safe.resolve("metrics.csv"), "window_series")).contains("'-The Office")
        .doesNotContain("-The Office");
    assertThat(new ObjectMapper().readTree(safe.resolve("manifest.json").toFile())
        .get("spreadsheet_safe").asBoolean()).isTrue();
    assertThat(Files.readString(exact.resolve("manifest.json"))).doesNotContain("spreadsheet_safe");
  }

  @Test
  void infer_recordsSpreadsheetSafeInItsManifest_andRefusesItWithJsonl() throws IOException {
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", run.toString()).exitCode()).isZero();
    Path exact = tmp.resolve("exact");
    Path safe = tmp.resolve("safe");
    assertThat(Cli.run("infer", run.toString(), "-q", "-o", exact.toString()).exitCode()).isZero();
    Cli r = Cli.run("infer", run.toString(), "-q", "--spreadsheet-safe", "-o", safe.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    comparePrefixed(exact.resolve("claims.csv"), safe.resolve("claims.csv"));
    assertThat(new ObjectMapper().readTree(safe.resolve("manifest.json").toFile())
        .get("spreadsheet_safe").asBoolean()).isTrue();
    Cli jsonl = Cli.run("infer", run.toString(), "-q", "--spreadsheet-safe", "--format", "jsonl",
        "-o", tmp.resolve("j").toString());
    assertThat(jsonl.exitCode()).isEqualTo(2);
    assertThat(jsonl.err()).contains("--spreadsheet-safe applies to --format csv");
    assertThat(tmp.resolve("j")).doesNotExist();
  }

  @Test
  void query_prefixesFormulaProfileNames_withSpreadsheetSafe() throws IOException {
    // An export (an export's profile names are the user's) whose two profiles watched the film "+1".
    Path export = tmp.resolve("ViewingActivity.csv");
    String row = ",2021-02-10 20:00:00,01:30:00,,+1,,Chrome PC (Cadmium),01:30:00,01:30:00,US (United States)\n";
    Files.writeString(export, "Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,"
        + "Device Type,Bookmark,Latest Bookmark,Country\n=cmd" + row + "-Kid" + row);
    String[] query = {"query", "streak", "--title", "+1", "--days", "1", "--ending", "2021-02-10", "--by",
        "profile", export.toString()};
    Cli exact = Cli.run(query);
    assertThat(exact.exitCode()).as(exact.err()).isZero();
    assertThat(exact.out()).isEqualTo("2\n0,-Kid\n0,=cmd\n");
    String[] safeQuery = java.util.Arrays.copyOf(query, query.length + 1);
    safeQuery[query.length] = "--spreadsheet-safe";
    Cli safe = Cli.run(safeQuery);
    assertThat(safe.exitCode()).as(safe.err()).isZero();
    assertThat(safe.out()).isEqualTo("2\n0,'-Kid\n0,'=cmd\n");
  }

  @Test
  void realism_prefixesFormulaTextOfTheTargets_withSpreadsheetSafe() throws IOException {
    // A user's targets file whose name, published figure and source a spreadsheet would run.
    Path targets = tmp.resolve("targets.yaml");
    Files.writeString(targets, "targets:\n  - {figure: V1, name: '=cmd', published: '-2 h', source: '@x',"
        + " tolerance: {min: 0, max: 24}}\n");
    Path exact = tmp.resolve("exact");
    Path safe = tmp.resolve("safe");
    Cli a = Cli.run("realism", "tiny", "-q", "--targets", targets.toString(), "-o", exact.toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    Cli b = Cli.run("realism", "tiny", "-q", "--targets", targets.toString(), "--spreadsheet-safe", "-o",
        safe.toString());
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(comparePrefixed(exact.resolve("realism.csv"), safe.resolve("realism.csv"))).isEqualTo(3);
    assertThat(column(safe.resolve("realism.csv"), "name")).containsExactly("'=cmd");
    assertThat(new ObjectMapper().readTree(safe.resolve("manifest.json").toFile())
        .get("spreadsheet_safe").asBoolean()).isTrue();
    Cli noOutput = Cli.run("realism", "tiny", "-q", "--targets", targets.toString(), "--spreadsheet-safe");
    assertThat(noOutput.exitCode()).isEqualTo(2);
    assertThat(noOutput.err()).contains("--spreadsheet-safe applies to realism.csv");
  }

  /**
   * Checks that {@code safe} is {@code exact} but for the text fields a spreadsheet would run, which
   * carry a leading {@code '}; columns holding only numbers are identical. Returns how many fields
   * were prefixed.
   */
  private static int comparePrefixed(Path exact, Path safe) throws IOException {
    List<List<String>> a = rows(exact);
    List<List<String>> b = rows(safe);
    assertThat(b).as("%s", safe).hasSameSizeAs(a);
    int prefixed = 0;
    for (int c = 0; c < a.get(0).size(); c++) {
      boolean numeric = true;
      for (int i = 1; i < a.size(); i++) {
        numeric &= a.get(i).get(c).matches("-?[0-9]*(\\.[0-9]+)?");
      }
      for (int i = 0; i < a.size(); i++) {
        String was = a.get(i).get(c);
        String now = b.get(i).get(c);
        if (numeric || !CsvStyle.startsFormula(was)) {
          assertThat(now).as("%s row %d column %d", safe, i, c).isEqualTo(was);
        } else {
          assertThat(now).as("%s row %d column %d", safe, i, c).isEqualTo("'" + was);
          prefixed++;
        }
      }
    }
    return prefixed;
  }

  /**
   * The tiny scenario with four more films named like formulas, popular enough to be watched, and its
   * series renamed "-The Office".
   */
  private Path scenario() throws IOException {
    String yaml = Files.readString(Path.of("scenarios/tiny.yaml"));
    StringBuilder films = new StringBuilder("  titles:\n");
    for (String f : FORMULAS) {
      films.append("    - film: '").append(f).append("'\n")
          .append("      runtime_min: 90\n      released: 2017-01-01\n      popularity: 5\n");
    }
    Path file = tmp.resolve("formulas.yaml");
    Files.writeString(file, yaml.replaceFirst("  titles:\n", films.toString())
        .replace("series: The Office (U.S.)", "series: '-The Office'"));
    return file;
  }

  private static List<String> column(Path csv, String name) throws IOException {
    List<List<String>> rows = rows(csv);
    int c = rows.get(0).indexOf(name);
    return rows.stream().skip(1).map(r -> r.get(c)).toList();
  }

  private static List<List<String>> rows(Path csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it =
        mapper.readerFor(List.class).readValues(csv.toFile())) {
      return it.readAll();
    }
  }
}
