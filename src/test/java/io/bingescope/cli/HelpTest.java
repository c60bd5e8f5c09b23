package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class HelpTest {

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command :
        List.of(
            "scenarios", "validate", "simulate", "import", "analyze", "query", "profile", "infer",
            "report", "calibrate", "reproduce", "completion", "titles")) {
      Cli r = Cli.run(command, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).as(command).contains("Example").contains("bingescope " + command);
    }
  }

  @Test
  void everyReproduceCommandHasHelpWithAnExample() {
    for (String command : List.of("53-viewers", "office-188")) {
      Cli r = Cli.run("reproduce", command, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .as(command)
          .contains("Example")
          .contains("bingescope reproduce " + command);
      assertThat(r.err()).as(command).isEmpty();
    }
  }

  @Test
  void simulateExamplesNameValidScenariosAndOverrides() {
    String help = Cli.run("simulate", "--help").out();
    List<String> examples =
        help.lines().map(String::strip).filter(l -> l.startsWith("bingescope simulate ")).toList();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    for (String example : examples) {
      // Replays the example as 'validate', which takes the same scenario options but writes nothing.
      List<String> args = new ArrayList<>(Arrays.asList(example.split("\\s+")).subList(2, example.split("\\s+").length));
      int o = args.indexOf("-o");
      args.remove(o + 1);
      args.remove(o);
      args.remove("--force");
      int format = args.indexOf("--format");
      if (format >= 0) {
        args.remove(format + 1);
        args.remove(format);
      }
      args.add(0, "validate");
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(example + "\n" + r.err()).isZero();
    }
  }

  @Test
  void noArguments_printsAShortUsageAndExitsTwo() {
    Cli r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Usage: bingescope COMMAND").contains("simulate").contains("Try 'bingescope --help'");
    assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(6);
  }

  @Test
  void missingSubcommand_printsAShortUsageAndExitsTwo() {
    for (String command : List.of("query", "reproduce")) {
      Cli r = Cli.run(command);
      assertThat(r.exitCode()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("Try 'bingescope " + command + " --help'").doesNotContain("Examples");
    }
  }

  @Test
  void usageError_printsTheErrorAndAHint_notTheHelp() {
    Cli unknown = Cli.run("analyze", "in", "-o", "out", "--bogus");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--bogus")
        .contains("Try 'bingescope analyze --help' for more information.")
        .doesNotContain("Examples")
        .doesNotContain("--sitting-gap-min");
    assertThat(unknown.err().lines().count()).as(unknown.err()).isLessThanOrEqualTo(4);
    Cli missing = Cli.run("query", "streak", "out");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required").contains("Try 'bingescope query streak --help'");
    assertThat(missing.err().lines().count()).as(missing.err()).isLessThanOrEqualTo(4);
  }

  @Test
  void help_breaksLinesOnlyAtSpaces_andKeepsExamplesWhole() {
    int width = HelpLayout.widthFrom(System.getenv());
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new Main()), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(12);
    for (List<String> path : paths) {
      CommandSpec spec = specOf(path);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli r = Cli.run(args.toArray(String[]::new));
      String name = String.join(" ", path);
      assertThat(r.exitCode()).as(name).isZero();
      Set<String> words = new HashSet<>(Arrays.asList(r.out().split("\\s+")));
      List<String> source = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
      spec.options().forEach(o -> source.addAll(Arrays.asList(o.description())));
      for (String text : source) {
        for (String word : text.replace("%%", "%").split("\\s+")) {
          if (!word.isEmpty() && !word.contains("${")) {
            assertThat(words).as(name + ": '" + word + "' broken apart in\n" + r.out()).contains(word);
          }
        }
      }
      List<String> lines = r.out().lines().toList();
      for (String text : spec.usageMessage().description()) {
        if (text.startsWith("  ")) {
          assertThat(lines).as(name + ": example split").contains(text.stripTrailing());
        }
      }
      for (String line : lines) {
        boolean example = line.startsWith("  bingescope ");
        boolean oneWord = !line.strip().contains(" ");
        if (!example && !oneWord) {
          assertThat(line.length()).as(name + ": too wide: " + line).isLessThanOrEqualTo(width);
        }
      }
    }
  }

  @Test
  void wrapAtSpaces_neverSplitsAWord() {
    List<String> lines = HelpLayout.at(60).wrapAtSpaces(
        "Writes metrics.csv (one row per member) and summary.json into DIR, see docs/netflix-export.md", 0, 2);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", lines).split("\\s+"))
        .contains("metrics.csv", "summary.json", "docs/netflix-export.md");
    lines.forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
  }

  private static void collect(CommandLine line, List<String> prefix, List<List<String>> out) {
    for (var sub : line.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(sub.getKey());
      out.add(path);
      collect(sub.getValue(), path, out);
    }
  }

  private static CommandSpec specOf(List<String> path) {
    CommandLine line = new CommandLine(new Main());
    for (String name : path) {
      line = line.getSubcommands().get(name);
    }
    return line.getCommandSpec();
  }
}
