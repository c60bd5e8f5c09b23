package io.bingescope.cli;

import io.bingescope.infer.Claim;
import io.bingescope.infer.Inferences;
import io.bingescope.infer.Scorecard;
import io.bingescope.infer.ScorecardBuilder;
import io.bingescope.io.InputException;
import io.bingescope.io.run.MembersReader;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import java.io.IOException;
import java.util.List;

/**
 * Scores members' claims against the truth of a simulated input ({@code members.csv}), reading the
 * truth alongside the views in member order. Members in the truth without a view are scored with
 * no claims, like the rest of the population; a member with views but no truth is an error in the
 * input. {@code infer} and {@code report} score through it.
 */
final class TruthJoin implements AutoCloseable {
  private final InferenceInput in;
  private final MembersReader truths;
  private final ScorecardBuilder scorer;
  private MemberTraits pending;

  private TruthJoin(InferenceInput in, MembersReader truths, ScorecardBuilder scorer)
      throws IOException, InputException {
    this.in = in;
    this.truths = truths;
    this.scorer = scorer;
    this.pending = truths.next();
  }

  /** Opens the truth of an input, or returns null when it has none (nothing to score). */
  static TruthJoin open(InferenceInput in, Inferences inferences)
      throws IOException, InputException {
    if (in.truth() == null) {
      return null;
    }
    MembersReader truths = MembersReader.open(in.members().get());
    try {
      return new TruthJoin(in, truths, new ScorecardBuilder(inferences, in.truth()));
    } catch (IOException | InputException | RuntimeException e) {
      truths.close();
      throw e;
    }
  }

  /** Returns the builder the scores go to, for what it scores. */
  ScorecardBuilder scorer() {
    return scorer;
  }

  /**
   * Scores one member's claims; members before it in the truth without a view are scored first.
   *
   * @throws InputException if the member has no row in the truth
   */
  void add(History h, List<Claim> claims) throws IOException, InputException {
    while (pending != null && pending.memberId() < h.memberId()) {
      scorer.add(pending, List.of());
      pending = truths.next();
    }
    if (pending == null || pending.memberId() != h.memberId()) {
      throw new InputException(in.stored().views() + ": member " + h.memberId()
          + " has views but no row in " + in.members().get());
    }
    scorer.add(pending, claims);
    pending = truths.next();
  }

  /** Scores the members left in the truth (none of them has a view) and returns the scorecard. */
  Scorecard finish() throws IOException, InputException {
    while (pending != null) {
      scorer.add(pending, List.of());
      pending = truths.next();
    }
    return scorer.build();
  }

  @Override
  public void close() throws IOException {
    truths.close();
  }
}
