package io.bingescope.cli;

import io.bingescope.infer.WellnessRule;
import picocli.CommandLine.Option;

/** The options {@code infer} and {@code profile} share. */
final class InferenceOptions {
  @Option(names = "--wellness-rule", paramLabel = "episodes:N|hours:N",
      defaultValue = WellnessRule.DEFAULT_CODE,
      description = "The wellness-check rule to apply: N episodes of one series, or N hours of"
          + " viewing, in 7 days (default: ${DEFAULT-VALUE}).")
  String wellnessRule;

  @Option(names = "--scenario", paramLabel = "SCENARIO",
      description = "The scenario (bundled name or file) the input was simulated from, for the"
          + " truth of affinities and life events (default: the manifest's, when bundled).")
  String scenario;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "A scenario override the run was simulated with, e.g. --set"
          + " catalog.filler.films=500 (repeatable), to find its scenario.")
  java.util.List<String> sets = new java.util.ArrayList<>();

  /** Returns the wellness rule, or fails with a message for the user. */
  WellnessRule rule() {
    try {
      return WellnessRule.parse(wellnessRule);
    } catch (IllegalArgumentException e) {
      throw new UserException("--wellness-rule: " + e.getMessage());
    }
  }
}
