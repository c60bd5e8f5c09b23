package io.bingescope.analytics;

import java.util.OptionalDouble;

/**
 * How well a rule that selects members finds the members with some property, from the counts of
 * its confusion table: of the {@code selected} members, {@code truePositives} have the property,
 * out of {@code positives} members who have it in all. Precision is the share of the selected who
 * have it, recall the share of those who have it who are selected; a share of nothing (0/0) is
 * empty rather than 0 or 1, since it says nothing about the rule.
 *
 * @param selected members the rule selects
 * @param truePositives selected members who have the property
 * @param positives members who have the property, selected or not
 */
public record RuleScore(long selected, long truePositives, long positives) {

  public RuleScore {
    if (truePositives < 0 || truePositives > selected || truePositives > positives) {
      throw new IllegalArgumentException(
          "true positives must be in 0..min(selected, positives): "
              + truePositives + " of " + selected + " selected, " + positives + " positives");
    }
  }

  /** Returns the selected members who do not have the property. */
  public long falsePositives() {
    return selected - truePositives;
  }

  /** Returns the members who have the property but are not selected. */
  public long falseNegatives() {
    return positives - truePositives;
  }

  /** Returns truePositives / selected, empty when the rule selects nobody. */
  public OptionalDouble precision() {
    return selected == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) truePositives / selected);
  }

  /** Returns truePositives / positives, empty when nobody has the property. */
  public OptionalDouble recall() {
    return positives == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) truePositives / positives);
  }
}
