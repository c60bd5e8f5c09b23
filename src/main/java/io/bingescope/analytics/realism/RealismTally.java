package io.bingescope.analytics.realism;

/**
 * The sums behind every realism figure, kept separately for each of {@link #batches()} batches of members (a member
 * goes to batch {@code memberId mod batches}), so that a figure can be computed per batch for its interval
 * ({@link RealismResults}). Fixed size whatever the population: about 430 KiB for 20 batches. Mergeable: a worker
 * fills one per block of members and the blocks are merged in any order with the same sums.
 */
public final class RealismTally {
  /** The most days a season completion is counted with; longer ones count as this many. */
  static final int MAX_DAYS = 400;
  /** Sub-buckets per power of two of a member's viewing seconds, for the heaviest fifth's share. */
  static final int SUB_BITS = 5;
  static final int SUBS = 1 << SUB_BITS;
  /** Buckets of member seconds: exact zero, then 2^0 .. 2^33 s in {@link #SUBS} parts each. */
  static final int HIST = 1 + 34 * SUBS;

  final int batches;
  final long[] members;
  final long[] seconds;
  final long[] histCount;
  final long[] histSum;
  final long[] sit8;
  final long[] sit12;
  final long[] sit24;
  final long[] bingeSittings;
  final long[] bingeEpisodes;
  final long[] bingeSeconds;
  final long[] hourSeconds;
  final long[] weekendSeconds;
  final long[] weekdaySeconds;
  final long[] starts;
  final long[] qualifyingStarts;
  final long[] completerDays;
  final long[] c3Started;
  final long[] c3Finished;
  final long[] truthMembers;
  final long[] calmMembers;
  final long[] calmSeconds;
  final long[] calmSleepSeconds;
  final long[] calmMostNights;
  final long[] titleSeconds;
  final long[] rewatchSeconds;
  final long[] profiles;
  final long[] kidsAccounts;
  // Every array above, for merging and pooling without naming each again.
  private final long[][] arrays;

  /** Creates an empty tally with the given number of batches (at least 2). */
  public RealismTally(int batches) {
    if (batches < 2) {
      throw new IllegalArgumentException("at least 2 batches: " + batches);
    }
    this.batches = batches;
    members = new long[batches];
    seconds = new long[batches];
    histCount = new long[batches * HIST];
    histSum = new long[batches * HIST];
    sit8 = new long[batches];
    sit12 = new long[batches];
    sit24 = new long[batches];
    bingeSittings = new long[batches];
    bingeEpisodes = new long[batches];
    bingeSeconds = new long[batches];
    hourSeconds = new long[batches * 24];
    weekendSeconds = new long[batches];
    weekdaySeconds = new long[batches];
    starts = new long[batches];
    qualifyingStarts = new long[batches];
    completerDays = new long[batches * (MAX_DAYS + 1)];
    c3Started = new long[batches];
    c3Finished = new long[batches];
    truthMembers = new long[batches];
    calmMembers = new long[batches];
    calmSeconds = new long[batches];
    calmSleepSeconds = new long[batches];
    calmMostNights = new long[batches];
    titleSeconds = new long[batches];
    rewatchSeconds = new long[batches];
    profiles = new long[batches];
    kidsAccounts = new long[batches];
    arrays = new long[][] {members, seconds, histCount, histSum, sit8, sit12, sit24, bingeSittings, bingeEpisodes,
        bingeSeconds, hourSeconds, weekendSeconds, weekdaySeconds, starts, qualifyingStarts, completerDays,
        c3Started, c3Finished, truthMembers, calmMembers, calmSeconds, calmSleepSeconds, calmMostNights,
        titleSeconds, rewatchSeconds, profiles, kidsAccounts};
  }

  public int batches() {
    return batches;
  }

  /** Returns the total number of members added. */
  public long members() {
    long n = 0;
    for (long m : members) {
      n += m;
    }
    return n;
  }

  /** Returns the batch of a member. */
  int batchOf(long memberId) {
    return (int) Math.floorMod(memberId, (long) batches);
  }

  /** Returns the histogram bucket of a member's viewing seconds. */
  static int bucket(long s) {
    if (s <= 0) {
      return 0;
    }
    int e = 63 - Long.numberOfLeadingZeros(s);
    if (e >= 34) {
      return HIST - 1;
    }
    // The SUB_BITS bits after the leading one cut each power of two in equal parts.
    int sub = e >= SUB_BITS ? (int) (s >>> (e - SUB_BITS)) & (SUBS - 1) : (int) (s << (SUB_BITS - e)) & (SUBS - 1);
    return 1 + e * SUBS + sub;
  }

  /** Adds another tally's sums (same number of batches) to this one. */
  public void merge(RealismTally o) {
    if (o.batches != batches) {
      throw new IllegalArgumentException("batches differ: " + o.batches + " and " + batches);
    }
    for (int k = 0; k < arrays.length; k++) {
      long[] into = arrays[k];
      long[] from = o.arrays[k];
      for (int i = 0; i < into.length; i++) {
        into[i] += from[i];
      }
    }
  }

  /** Returns a tally with one more batch, {@code batches()}, holding the sums over every batch of this one. */
  RealismTally pooled() {
    RealismTally out = new RealismTally(batches + 1);
    for (int k = 0; k < arrays.length; k++) {
      long[] from = arrays[k];
      long[] into = out.arrays[k];
      int width = from.length / batches;
      System.arraycopy(from, 0, into, 0, from.length);
      for (int i = 0; i < from.length; i++) {
        into[batches * width + i % width] += from[i];
      }
    }
    return out;
  }
}
