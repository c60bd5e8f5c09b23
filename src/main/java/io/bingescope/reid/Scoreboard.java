package io.bingescope.reid;

import java.util.ArrayList;
import java.util.List;

/**
 * Narayanan and Shmatikov's Scoreboard-RH over a population, built once from the auxiliary records and the
 * supports, shared by every thread's {@link ScoreboardScorer}: score(aux, member) = sum over the aux items of wt(i) x
 * Sim(item, member), where wt(i) = 1 / ln(support(i)) (a support below 2 counts as 2: ln 1 is 0) and Sim is
 * e^(-|days| / dateScale) for the member's closest point of the item's title, 0 without one. The items are indexed by
 * title.
 */
public final class Scoreboard {
  final List<AuxRecord> records;
  final double[] weight;
  final double phi;
  // Per title: the entries (record, item) whose item is that title.
  final int[] titleStart;
  final int[] entryRecord;
  final long[] entryDay;
  final double[] entryWeight;
  final double[] simByDays;

  /**
   * Creates the scoreboard of the records; {@code dateScale} is the days over which the date similarity falls by a
   * factor e, {@code phi} the eccentricity a match needs.
   */
  public Scoreboard(List<AuxRecord> records, Supports supports, double dateScale, double phi) {
    if (!(dateScale > 0) || !(phi >= 0)) {
      throw new IllegalArgumentException("date scale must be positive and phi non-negative");
    }
    this.records = List.copyOf(records);
    this.phi = phi;
    int titles = supports.titles();
    weight = new double[titles];
    for (int t = 0; t < titles; t++) {
      weight[t] = 1 / Math.log(Math.max(2, supports.of(t)));
    }
    int[] count = new int[titles + 1];
    int entries = 0;
    for (AuxRecord r : records) {
      for (int t : r.titles()) {
        count[t + 1]++;
        entries++;
      }
    }
    for (int t = 0; t < titles; t++) {
      count[t + 1] += count[t];
    }
    titleStart = count.clone();
    int[] fill = count.clone();
    entryRecord = new int[entries];
    entryDay = new long[entries];
    entryWeight = new double[entries];
    for (int r = 0; r < records.size(); r++) {
      AuxRecord a = records.get(r);
      for (int i = 0; i < a.items(); i++) {
        int at = fill[a.titles()[i]]++;
        entryRecord[at] = r;
        entryDay[at] = a.days()[i];
        entryWeight[at] = weight[a.titles()[i]];
      }
    }
    // Days between two points of the model span at most 2^17; the similarity is looked up by whole days.
    simByDays = new double[Trace.MAX_DAY_OFFSET + 2];
    for (int d = 0; d < simByDays.length; d++) {
      simByDays[d] = Math.exp(-d / dateScale);
    }
  }

  /** Returns the records. */
  public List<AuxRecord> records() {
    return records;
  }

  /** Returns the weight of a title. */
  public double weight(int title) {
    return weight[title];
  }

  /** Returns the score of an aux record against a member's points, computed directly (the reference). */
  public double score(AuxRecord a, long[] points) {
    double s = 0;
    for (int i = 0; i < a.items(); i++) {
      double best = 0;
      for (long k : points) {
        if (Trace.title(k) == a.titles()[i]) {
          best = Math.max(best, simByDays[(int) Math.min(simByDays.length - 1, Math.abs(Trace.day(k) - a.days()[i]))]);
        }
      }
      s += weight[a.titles()[i]] * best;
    }
    return s;
  }

}
