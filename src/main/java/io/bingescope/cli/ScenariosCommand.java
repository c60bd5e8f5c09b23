package io.bingescope.cli;

import io.bingescope.scenario.BundledScenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the bundled scenarios. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the scenarios bundled with bingescope; any of them can be named where a scenario file is expected.",
      "",
      "Example:  bingescope scenarios"
    })
final class ScenariosCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    var out = spec.commandLine().getOut();
    for (String name : BundledScenarios.names()) {
      out.printf("%-24s %s%n", name, BundledScenarios.describe(name));
    }
    out.flush();
  }
}
