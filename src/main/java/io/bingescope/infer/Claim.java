package io.bingescope.infer;

import java.util.List;
import java.util.Objects;

/**
 * One conclusion a platform could draw about a member from its views.
 *
 * @param memberId the member the claim is about
 * @param profile the profile name the claim is about, or empty when it is about the whole account
 * @param kind what kind of conclusion it is
 * @param value the conclusion in a short machine-readable form ({@code 23:30-07:15}, {@code
 *     America/Chicago}, {@code 3}, {@code true}); what the scorecard compares with the truth
 * @param statement the conclusion in plain words, for a person to read
 * @param confidence how sure the inference is, in 0..1
 * @param evidence the views, days and figures behind it, most telling first
 */
public record Claim(
    int memberId,
    String profile,
    ClaimKind kind,
    String value,
    String statement,
    double confidence,
    List<Evidence> evidence) {

  public Claim {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(statement, "statement");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
    evidence = List.copyOf(evidence);
  }
}
