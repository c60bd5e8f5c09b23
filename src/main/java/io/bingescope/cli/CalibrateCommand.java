package io.bingescope.cli;

import io.bingescope.scenario.Scenario;
import io.bingescope.sim.StreakCalibration;
import io.bingescope.sim.World;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Solves for a comfort-habit parameter so the expected streak count equals a target. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Solves for a persona's comfort-rewatch parameter so that the expected streak count equals a target.",
      "",
      "The expectation is computed exactly from the behaviour model (a dynamic programme over each member's",
      "day-to-day habit) and solved with a Brent solver: no simulation runs. A sensitivity table shows how the",
      "expected count moves when the parameter moves by a few percent.",
      "",
      "It ends with the scenario's 'fitted:' record for the solved value (see docs/scenario-format.md).",
      "",
      "Example:",
      "  bingescope calibrate christmas-prince-2017 --members 117580000 --title \"A Christmas Prince\" --target 53"
    })
final class CalibrateCommand implements Callable<Integer> {
  @CommandLine.Mixin ScenarioOptions options;

  @Option(names = "--title", required = true, paramLabel = "FILM", description = "The film of the streak.")
  String title;

  @Option(names = "--days", defaultValue = "18", paramLabel = "K",
      description = "Length of the streak in local days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--ending", paramLabel = "DATE",
      description = "Last day of the streak (default: the period's last day).")
  LocalDate ending;

  @Option(names = "--target", required = true, paramLabel = "COUNT",
      description = "The expected number of members to reach.")
  double target;

  @Option(names = "--persona", paramLabel = "NAME",
      description = "The persona to calibrate (default: the only one whose comfort habit covers the film).")
  String persona;

  @Option(names = "--parameter", defaultValue = "rewatch", paramLabel = "P",
      description = "adopt or rewatch (default: ${DEFAULT-VALUE}).")
  String parameter;

  @Option(names = "--source", paramLabel = "TEXT",
      description = "Where the target figure was published, for the scenario's fitted record.")
  String source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Scenario scenario = options.load();
    World world = World.of(scenario);
    StreakSetup setup = StreakSetup.of(world, title, days, ending);
    StreakCalibration.Parameter p = parameter(parameter);
    String who = persona != null ? persona : setup.onlyComfortPersona();
    StreakCalibration.Result r;
    try {
      r = StreakCalibration.solve(world, who, p, setup.titleId(), days, setup.ending(), target);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    String name = p.name().toLowerCase(Locale.ROOT);
    out.printf(Locale.ROOT, "Calibrating %s.comfort.%s in %s (%,d members)%n", who, name, scenario.name(),
        scenario.population().members());
    out.printf(Locale.ROOT, "so that the expected number of members who watched \"%s\" on every day %s..%s is %s.%n",
        title, setup.ending().minusDays(days - 1), setup.ending(), num(target));
    out.printf(Locale.ROOT, "  scenario value %8.5f  -> expected %s%n", r.current(), num(r.expectedAtCurrent()));
    out.printf(Locale.ROOT, "  solved value   %8.5f  -> expected %s%n", r.solved(), num(r.expectedAtSolved()));
    out.println();
    out.println("Sensitivity (expected count when the solved value moves):");
    out.printf(Locale.ROOT, "  %7s  %9s  %10s%n", "factor", name, "expected");
    for (StreakCalibration.Sensitivity s : r.sensitivity()) {
      out.printf(Locale.ROOT, "  %7.2f  %9.5f  %10s%n", s.factor(), s.value(), num(s.expected()));
    }
    out.println();
    String path = "personas." + who + ".comfort." + name;
    String value = String.format(Locale.ROOT, "%.6f", r.solved());
    out.printf(Locale.ROOT, "Use it with: --set %s=%s%n", path, value);
    out.println();
    out.println("To keep it, write the value into the scenario and record the fit beside it (reproduce prints the");
    out.println("record; validate refuses it once the parameter's value differs):");
    out.println("fitted:");
    out.println("  - parameter: " + path);
    out.println("    value: " + value);
    out.printf(Locale.ROOT, "    target: >-%n      the model's expected number of members, at %,d members, who watch"
            + " \"%s\"%n      (a view of at least 70%% of it) on every local day of the %d days ending %s%n",
        scenario.population().members(), title, days, setup.ending());
    out.println("    published: " + (target == Math.rint(target) ? Long.toString((long) target) : target));
    out.println("    source: "
        + yamlText(source != null ? source : "not published: a target chosen for calibrate"));
    out.println("    command: " + yamlText(commandLine()));
    out.flush();
    return 0;
  }

  /** Returns this invocation as a shell command, each argument quoted when it needs to be. */
  private String commandLine() {
    StringBuilder b = new StringBuilder("bingescope");
    for (String arg : spec.commandLine().getParseResult().originalArgs()) {
      boolean bare = arg.matches("[A-Za-z0-9_./=:,+-]+");
      b.append(' ').append(bare ? arg : "\"" + arg.replace("\"", "\\\"") + "\"");
    }
    return b.toString();
  }

  /** Returns text as a double-quoted YAML scalar, which reads back as exactly the text. */
  static String yamlText(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static StreakCalibration.Parameter parameter(String value) {
    try {
      return StreakCalibration.Parameter.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--parameter must be adopt or rewatch, got '" + value + "'");
    }
  }

  static String num(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%,.1f", x) : String.format(Locale.ROOT, "%.3g", x);
  }
}
