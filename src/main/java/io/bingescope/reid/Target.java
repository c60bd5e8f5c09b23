package io.bingescope.reid;

/**
 * A member sampled as a target: its rank and its trace's points, in key order and in order of last view.
 */
public record Target(int memberId, long rank, long[] keys, long[] byLastView) {
  /** Returns whether this target comes before the other in the seeded order. */
  boolean before(Target other) {
    return Ranks.before(rank, memberId, other.rank, other.memberId);
  }
}
