package io.bingescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Reproduces the published figures bingescope is built around. */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = {
      "Reproduces a published figure from simulated viewing logs.",
      "",
      "Examples:",
      "  bingescope reproduce 53-viewers",
      "  bingescope reproduce office-188"
    },
    subcommands = {FiftyThreeViewersCommand.class, OfficeBingeCommand.class})
final class ReproduceCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw Main.missingCommand(spec);
  }
}
