package io.bingescope.analytics.realism;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Computes every figure of a {@link RealismTally} with its 95% interval by batch means: the figure is computed on
 * each batch of members alone, and the interval is the value over the whole population plus or minus Student's
 * t(0.975, k-1) x the batches' standard deviation / sqrt(k), over the k batches where it was measurable. Members go
 * to batches by id, so the batches are independent samples of the same population when members are (docs/realism.md).
 */
public final class RealismResults {
  private final RealismTally t;
  private final int days;
  private final int weekendDays;
  private final String inputGap;
  // The index of the pooled values: sums over every batch are kept at index `batches`.
  private final int all;
  private final RealismTally s;

  private RealismResults(RealismTally tally, LocalDate first, LocalDate last, String inputGap) {
    this.t = tally;
    this.days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
    int w = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        w++;
      }
    }
    this.weekendDays = w;
    this.inputGap = inputGap;
    this.all = tally.batches;
    this.s = tally.pooled();
  }

  /**
   * Returns every figure measured on the tally of a period's members; {@code inputGap} (or null) says why the input
   * cannot support figures of times and durations at all (e.g. Netflix's simple history, dates only).
   */
  public static List<Estimate> of(RealismTally tally, LocalDate first, LocalDate last, String inputGap) {
    RealismResults r = new RealismResults(tally, first, last, inputGap);
    List<Estimate> out = new ArrayList<>();
    for (Figure f : Figure.values()) {
      out.add(r.estimate(f));
    }
    return out;
  }

  private Estimate estimate(Figure f) {
    String why = unavailable(f);
    if (why != null) {
      return Estimate.unavailable(f, why);
    }
    double value = value(f, all);
    if (Double.isNaN(value)) {
      return Estimate.unavailable(f, "not measurable on this input");
    }
    int k = 0;
    double sum = 0;
    double sumSq = 0;
    double[] vs = new double[t.batches];
    for (int b = 0; b < t.batches; b++) {
      double v = value(f, b);
      if (!Double.isNaN(v)) {
        vs[k++] = v;
        sum += v;
      }
    }
    if (k < 2) {
      return new Estimate(f, value, Double.NaN, Double.NaN, k, null);
    }
    double mean = sum / k;
    for (int j = 0; j < k; j++) {
      sumSq += (vs[j] - mean) * (vs[j] - mean);
    }
    double sd = Math.sqrt(sumSq / (k - 1));
    double half = TDistribution.of(k - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(k);
    // Clipped to the figure's range: every figure is >= 0, a share <= 1, an hour of the clock <= 23.
    double top = f.unit() == Figure.Unit.SHARE ? 1 : f.unit() == Figure.Unit.HOUR ? 23 : Double.POSITIVE_INFINITY;
    return new Estimate(f, value, Math.max(0, value - half), Math.min(top, value + half), k, null);
  }

  /** Returns why a figure cannot be measured on this population at all, or null. */
  private String unavailable(Figure f) {
    if (s.members[all] == 0) {
      return "no members";
    }
    if (f.needsTruth() || f == Figure.H2_TIME || f == Figure.H2_NIGHTS) {
      if (s.truthMembers[all] == 0) {
        return "needs the hidden truth (members.csv), which the input lacks";
      }
    }
    if (inputGap != null && !(f == Figure.H3_PROFILES || f == Figure.H3_KIDS)) {
      return inputGap;
    }
    return switch (f) {
      case V3 -> s.members[all] < 5 ? "a fifth of the members needs 5 members or more"
          : s.seconds[all] == 0 ? "no viewing" : null;
      case V1, T2, T1_00, T1_03 -> s.seconds[all] == 0 ? "no viewing" : null;
      case S3, S3_HOURS -> s.bingeSittings[all] == 0 ? "no binge sitting (3+ episodes of one series)" : null;
      case T3 -> weekendDays == 0 || weekendDays == days ? "the period has no weekend day or no weekday"
          : s.seconds[all] == 0 ? "no viewing" : null;
      case C1 -> s.starts[all] == 0 ? "no view" : null;
      case S1, S2 -> completers(all) == 0 ? "no season completer (every episode to 70%, from episode 1, begun at"
          + " least " + RealismPass.S1_DAYS + " days before the period's end)" : null;
      case C3 -> s.c3Started[all] == 0
          ? "no season started with episode 1 at least " + RealismPass.C3_DAYS + " days before the period's end"
          : null;
      case H2_TIME, H2_NIGHTS -> s.calmMembers[all] == 0 ? "no member without life events"
          : f == Figure.H2_TIME && s.calmSeconds[all] == 0 ? "no viewing by members without life events" : null;
      case R1 -> s.titleSeconds[all] == 0 ? "no viewing" : null;
      default -> null;
    };
  }

  /** Returns a figure on batch b (or on every member, b = batches), NaN when not measurable there. */
  private double value(Figure f, int b) {
    return switch (f) {
      case V1 -> ratio(s.seconds[b], (double) s.members[b] * days * 3_600);
      case V3 -> topFifthShare(b);
      case S8_8H -> ratio(s.sit8[b], s.members[b]);
      case S8_12H -> ratio(s.sit12[b], s.members[b]);
      // A count scales with its batch's share of the population.
      case S8_24H -> b == all ? s.sit24[b] : ratio((double) s.sit24[b] * s.members[all], s.members[b]);
      case S3 -> ratio(s.bingeEpisodes[b], s.bingeSittings[b]);
      case S3_HOURS -> ratio(s.bingeSeconds[b], s.bingeSittings[b] * 3_600.0);
      case T2 -> peak(b) < 0 ? Double.NaN : peak(b);
      case T1_00 -> hourShare(b, 0);
      case T1_03 -> hourShare(b, 3);
      case T3 -> ratio(s.weekendSeconds[b] / (double) weekendDays, s.weekdaySeconds[b] / (double) (days - weekendDays));
      case C1 -> ratio(s.qualifyingStarts[b], s.starts[b]);
      case S1 -> completers(b) == 0 ? Double.NaN : medianDays(b);
      case S2 -> completers(b) == 0 ? Double.NaN : ratio(completersWithin(b, 2), completers(b));
      case C3 -> ratio(s.c3Finished[b], s.c3Started[b]);
      case H2_TIME -> ratio(s.calmSleepSeconds[b], s.calmSeconds[b]);
      case H2_NIGHTS -> ratio(s.calmMostNights[b], s.calmMembers[b]);
      case R1 -> ratio(s.rewatchSeconds[b], s.titleSeconds[b]);
      case H3_PROFILES -> ratio(s.profiles[b], s.truthMembers[b]);
      case H3_KIDS -> ratio(s.kidsAccounts[b], s.truthMembers[b]);
    };
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  private int peak(int b) {
    int best = -1;
    long most = 0;
    for (int h = 0; h < 24; h++) {
      long v = s.hourSeconds[b * 24 + h];
      if (v > most) {
        most = v;
        best = h;
      }
    }
    return best;
  }

  private double hourShare(int b, int hour) {
    int p = peak(b);
    return p < 0 ? Double.NaN : (double) s.hourSeconds[b * 24 + hour] / s.hourSeconds[b * 24 + p];
  }

  private long completers(int b) {
    long n = 0;
    int base = b * (RealismTally.MAX_DAYS + 1);
    for (int d = 0; d <= RealismTally.MAX_DAYS; d++) {
      n += s.completerDays[base + d];
    }
    return n;
  }

  private long completersWithin(int b, int maxDays) {
    long n = 0;
    int base = b * (RealismTally.MAX_DAYS + 1);
    for (int d = 0; d <= maxDays; d++) {
      n += s.completerDays[base + d];
    }
    return n;
  }

  /** Returns the median of the completers' days: the mean of the two middle values when their count is even. */
  private double medianDays(int b) {
    long n = completers(b);
    int base = b * (RealismTally.MAX_DAYS + 1);
    return (dayOfRank(base, (n + 1) / 2) + dayOfRank(base, n / 2 + 1)) / 2.0;
  }

  private int dayOfRank(int base, long rank) {
    long seen = 0;
    for (int d = 0; d <= RealismTally.MAX_DAYS; d++) {
      seen += s.completerDays[base + d];
      if (seen >= rank) {
        return d;
      }
    }
    return RealismTally.MAX_DAYS;
  }

  /**
   * Returns the heaviest fifth's share of viewing time from the histogram of member seconds: the buckets above the
   * one holding the 80th percentile member count whole; within that bucket, its members are taken at the bucket's
   * mean (docs/realism.md bounds the error).
   */
  private double topFifthShare(int b) {
    long n = s.members[b];
    long totalSeconds = s.seconds[b];
    if (n == 0 || totalSeconds == 0) {
      return Double.NaN;
    }
    double top = n / 5.0;
    double sum = 0;
    int base = b * RealismTally.HIST;
    for (int i = RealismTally.HIST - 1; i >= 0 && top > 0; i--) {
      long c = s.histCount[base + i];
      if (c == 0) {
        continue;
      }
      if (c <= top) {
        sum += s.histSum[base + i];
        top -= c;
      } else {
        sum += top * ((double) s.histSum[base + i] / c);
        top = 0;
      }
    }
    return sum / totalSeconds;
  }
}
