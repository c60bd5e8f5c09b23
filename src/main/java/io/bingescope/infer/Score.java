package io.bingescope.infer;

import java.util.OptionalDouble;

/**
 * The confusion table of one kind of claim against the truth, over the members it was scored on.
 * For a yes/no kind (disrupted sleep, a life event) a claim is positive when it says yes; for a
 * kind with a value (a sleep window, a zone, a household size) a claim is a true positive when its
 * value matches the truth within the kind's tolerance, and a false positive otherwise.
 *
 * @param kind the kind of claim
 * @param members members scored
 * @param truePositives claims made and right
 * @param falsePositives claims made and wrong
 * @param falseNegatives claims not made where the truth has the property
 * @param trueNegatives claims not made where the truth does not have the property
 */
public record Score(
    ClaimKind kind,
    long members,
    long truePositives,
    long falsePositives,
    long falseNegatives,
    long trueNegatives) {

  public Score {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (truePositives + falsePositives + falseNegatives + trueNegatives != members) {
      throw new IllegalArgumentException(
          "the four counts must add up to the members scored (" + members + ")");
    }
  }

  /** Returns the members the claim was made for. */
  public long claimed() {
    return truePositives + falsePositives;
  }

  /** Returns the share of claims made that are right; empty when no claim was made. */
  public OptionalDouble precision() {
    return share(truePositives, truePositives + falsePositives);
  }

  /** Returns the share of members with the property that the claim found; empty when none has it. */
  public OptionalDouble recall() {
    return share(truePositives, truePositives + falseNegatives);
  }

  /** Returns the share of members for whom claim and truth agree; empty when none was scored. */
  public OptionalDouble accuracy() {
    return share(truePositives + trueNegatives, members);
  }

  private static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
