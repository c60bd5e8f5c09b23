package io.bingescope.reid;

/**
 * The members matched by each class of one {@link UnicityQueries}, and the members counted: fixed size (one long
 * per class), mergeable in any order.
 */
public final class UnicityTally {
  final long[] counts;
  long members;

  /** Creates an empty tally for the queries. */
  public UnicityTally(UnicityQueries q) {
    counts = new long[q.classes()];
  }

  /** Adds another tally of the same queries. */
  public void merge(UnicityTally other) {
    if (other.counts.length != counts.length) {
      throw new IllegalArgumentException("tallies of different queries");
    }
    members += other.members;
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** Returns the members counted. */
  public long members() {
    return members;
  }
}
