package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command :
        List.of(
            "scenarios", "validate", "simulate", "import", "analyze", "query", "profile", "infer",
            "report", "calibrate", "reproduce")) {
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
}
