package io.bingescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Measures how re-identifiable members are from a few known views, and attacks a release with auxiliary records. */
@Command(
    name = "reidentify",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how few known views single a member out (unicity), and runs a de-anonymisation",
      "attack scored against the truth. Definitions and figures: docs/reidentification.md.",
      "",
      "Examples:",
      "  bingescope reidentify unicity tiny --members 2000 --targets 200 --points 1,2,4 -o unicity.csv",
      "  bingescope reidentify attack tiny --members 2000 --targets 100 --aux-points 2,4,8"
    },
    subcommands = {UnicityCommand.class, AttackCommand.class})
final class ReidentifyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw Main.missingCommand(spec);
  }
}
