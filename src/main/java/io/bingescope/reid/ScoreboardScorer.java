package io.bingescope.reid;

import io.bingescope.model.History;

/**
 * Scores every member against every aux record of a {@link Scoreboard}: one per thread, fed one member at a time
 * (its released points: the trace less the points the release drops), counted into a {@link ScoreboardTally}. Only
 * the records sharing a title with the member are touched; makes no object per member.
 */
public final class ScoreboardScorer {
  private final Scoreboard board;
  private final Trace trace;
  private final ScoreboardTally tally;
  private final long dropSeed;
  private final double dropShare;
  private final double[] entryBest;
  private final int[] entryStamp;
  private final double[] recordScore;
  private final int[] recordStamp;
  private int[] touchedEntries = new int[256];
  private int[] touchedRecords = new int[256];
  private int stamp;

  /** Creates a scorer; the release misses a share {@code dropShare} of every member's points (seeded). */
  public ScoreboardScorer(Scoreboard board, Trace trace, ScoreboardTally tally, long dropSeed, double dropShare) {
    this.board = board;
    this.trace = trace;
    this.tally = tally;
    this.dropSeed = dropSeed;
    this.dropShare = dropShare;
    entryBest = new double[board.entryRecord.length];
    entryStamp = new int[board.entryRecord.length];
    recordScore = new double[board.records.size()];
    recordStamp = new int[board.records.size()];
  }

  /** Returns the tally. */
  public ScoreboardTally tally() {
    return tally;
  }

  /** Scores one member. */
  public void accept(History h) {
    Trace t = trace.read(h).drop(dropSeed, dropShare);
    tally.members++;
    if (++stamp == 0) {
      java.util.Arrays.fill(entryStamp, 0);
      java.util.Arrays.fill(recordStamp, 0);
      stamp = 1;
    }
    int entries = 0;
    int[] start = board.titleStart;
    double[] sim = board.simByDays;
    for (int i = 0; i < t.size(); i++) {
      long k = t.key(i);
      int title = Trace.title(k);
      long day = Trace.day(k);
      for (int x = start[title]; x < start[title + 1]; x++) {
        double s = sim[(int) Math.min(sim.length - 1, Math.abs(day - board.entryDay[x]))];
        if (entryStamp[x] != stamp) {
          entryStamp[x] = stamp;
          entryBest[x] = s;
          if (entries == touchedEntries.length) {
            touchedEntries = java.util.Arrays.copyOf(touchedEntries, entries * 2);
          }
          touchedEntries[entries++] = x;
        } else if (s > entryBest[x]) {
          entryBest[x] = s;
        }
      }
    }
    int records = 0;
    for (int i = 0; i < entries; i++) {
      int x = touchedEntries[i];
      int r = board.entryRecord[x];
      if (recordStamp[r] != stamp) {
        recordStamp[r] = stamp;
        recordScore[r] = 0;
        if (records == touchedRecords.length) {
          touchedRecords = java.util.Arrays.copyOf(touchedRecords, records * 2);
        }
        touchedRecords[records++] = r;
      }
      recordScore[r] += board.entryWeight[x] * entryBest[x];
    }
    for (int i = 0; i < records; i++) {
      int r = touchedRecords[i];
      tally.add(r, h.memberId(), recordScore[r]);
    }
  }
}
