package io.bingescope.reid;

import java.math.BigInteger;

/**
 * Per aux record: its best and second-best members and the sums of every member's score and squared score (in
 * fixed point, 2^-20, so that sums are exact and the same in any order): fixed size, mergeable.
 */
public final class ScoreboardTally {
  /** Scores are summed as whole multiples of 2^-SCALE_BITS. */
  static final int SCALE_BITS = 20;

  final double[] best;
  final int[] bestId;
  final double[] second;
  final int[] secondId;
  final long[] sum;
  final long[] squaresLo;
  final long[] squaresHi;
  final long[] candidates;
  long members;

  /** Creates an empty tally for the scoreboard's records. */
  public ScoreboardTally(Scoreboard board) {
    int n = board.records.size();
    best = new double[n];
    bestId = new int[n];
    second = new double[n];
    secondId = new int[n];
    sum = new long[n];
    squaresLo = new long[n];
    squaresHi = new long[n];
    candidates = new long[n];
    java.util.Arrays.fill(bestId, -1);
    java.util.Arrays.fill(secondId, -1);
  }

  /** Counts one member's positive score for record r. */
  void add(int r, int member, double score) {
    long q = Math.round(Math.scalb(score, SCALE_BITS));
    candidates[r]++;
    sum[r] += q;
    long sq = q * q;
    long lo = squaresLo[r] + sq;
    if (Long.compareUnsigned(lo, sq) < 0) {
      squaresHi[r]++;
    }
    squaresLo[r] = lo;
    offer(r, member, score);
  }

  private void offer(int r, int member, double score) {
    if (above(score, member, best[r], bestId[r])) {
      second[r] = best[r];
      secondId[r] = bestId[r];
      best[r] = score;
      bestId[r] = member;
    } else if (above(score, member, second[r], secondId[r])) {
      second[r] = score;
      secondId[r] = member;
    }
  }

  // Higher score first, ties to the lower member id; an empty slot (-1) is below any member with a positive score.
  private static boolean above(double s, int id, double other, int otherId) {
    return otherId < 0 || s > other || (s == other && id < otherId);
  }

  /** Adds another tally of the same scoreboard. */
  public void merge(ScoreboardTally o) {
    members += o.members;
    for (int r = 0; r < best.length; r++) {
      sum[r] += o.sum[r];
      candidates[r] += o.candidates[r];
      long lo = squaresLo[r] + o.squaresLo[r];
      squaresHi[r] += o.squaresHi[r] + (Long.compareUnsigned(lo, o.squaresLo[r]) < 0 ? 1 : 0);
      squaresLo[r] = lo;
      if (o.bestId[r] >= 0) {
        offer(r, o.bestId[r], o.best[r]);
      }
      if (o.secondId[r] >= 0) {
        offer(r, o.secondId[r], o.second[r]);
      }
    }
  }

  /** Returns the candidates of record r: members with a positive score. */
  public long candidates(int r) {
    return candidates[r];
  }

  /** Returns the members scored. */
  public long members() {
    return members;
  }

  /**
   * Returns the standard deviation of record r's scores over every member scored, zeros included: the paper's
   * sigma(S) over all records of the release.
   */
  public double sd(int r) {
    if (members < 1) {
      return 0;
    }
    BigInteger n = BigInteger.valueOf(members);
    BigInteger s = BigInteger.valueOf(sum[r]);
    BigInteger sq = BigInteger.valueOf(squaresHi[r]).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(
        squaresLo[r])));
    // n^2 var = n sum(q^2) - (sum q)^2, exact; then scaled back.
    BigInteger num = n.multiply(sq).subtract(s.multiply(s));
    double var = num.doubleValue() / ((double) members * members);
    return Math.sqrt(Math.max(0, var)) / (1L << SCALE_BITS);
  }
}
