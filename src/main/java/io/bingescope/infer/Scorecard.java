package io.bingescope.infer;

import java.util.List;

/**
 * How often each kind of claim is right against the simulated truth: one {@link Score} per kind,
 * in {@link ClaimKind} order. This is the measure of how much the viewing log exposes; it is always
 * counted from claims and traits, never asserted.
 *
 * @param scores one score per kind that was scored
 */
public record Scorecard(List<Score> scores) {

  public Scorecard {
    scores = List.copyOf(scores);
  }
}
