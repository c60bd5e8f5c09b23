package io.bingescope.cli;

import io.bingescope.scenario.BundledScenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the bundled scenarios. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the bundled scenarios.",
      "",
      "Any of them can be named where a scenario file is expected.",
      "",
      "Examples:",
      "  bingescope scenarios",
      "  bingescope scenarios --show tiny > my-scenario.yaml      # a starting point to edit",
      "  bingescope scenarios --schema > scenario.schema.json     # for editors that check YAML"
    })
final class ScenariosCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--show", paramLabel = "NAME", description = "Prints a bundled scenario's YAML.")
  String show;

  @CommandLine.Option(names = "--schema", description = "Prints the JSON Schema of the scenario format.")
  boolean schema;

  @Override
  public void run() {
    var out = spec.commandLine().getOut();
    if (schema) {
      out.print(BundledScenarios.schema());
      out.flush();
      return;
    }
    if (show != null) {
      String text = BundledScenarios.text(show);
      if (text == null) {
        throw new UserException(
            "no bundled scenario named '" + show + "'; bundled: " + String.join(", ", BundledScenarios.names()));
      }
      out.print(text);
      out.flush();
      return;
    }
    for (String name : BundledScenarios.names()) {
      out.printf("%-24s %s%n", name, BundledScenarios.describe(name));
    }
    out.flush();
  }
}
