package io.bingescope.cli;

import io.bingescope.scenario.Scenario;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Checks a scenario and reports every problem at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a scenario and reports every problem at once.",
      "",
      "Each problem comes with file:line:column, the YAML path and what was expected. Exits with 2 when there",
      "is any problem; every command that takes a scenario checks it the same way before anything runs.",
      "",
      "Example:  bingescope validate my-scenario.yaml"
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Mixin ScenarioOptions options;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Scenario s = options.load();
    int titles = s.catalog().titles().size();
    spec.commandLine()
        .getOut()
        .printf(
            "%s: valid (%,d members, %s .. %s, %d personas, %d explicit titles)%n",
            s.name(), s.population().members(), s.period().start(), s.period().end(),
            s.personas().size(), titles);
    return 0;
  }
}
