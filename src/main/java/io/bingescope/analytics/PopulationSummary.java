package io.bingescope.analytics;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Aggregates {@link MemberMetrics} over a population: for each {@link Metric} the exact count,
 * mean, min and max and the p50, p90 and p99 percentiles from a fixed log-scale histogram (never
 * above the true value, at most 0.78% below it, exact for zero and integers up to 256; see {@link
 * LogHistogram}), and for each {@link Threshold} the number of members reaching it. Memory is fixed
 * (about 64 KiB per metric) whatever the population. Summaries of consecutive blocks of members
 * {@link #merge} into the summary of the whole, so blocks may be summarised on several threads;
 * counts, min, max and percentiles do not depend on the split, the mean only in its last bits.
 */
public final class PopulationSummary {

  /** A per-member figure that is summarised, with its name in output files and its unit. */
  public enum Metric {
    VIEWING_HOURS("viewing_hours", "h", MemberMetrics::viewingHours),
    MEAN_DAILY_HOURS("mean_daily_hours", "h/day", MemberMetrics::meanDailyHours),
    MAX_DAILY_HOURS("max_daily_hours", "h", MemberMetrics::maxDailyHours),
    SITTINGS("sittings", "count", MemberMetrics::sittings),
    BINGE_SITTINGS("binge_sittings", "count", MemberMetrics::bingeSittings),
    LONGEST_SITTING_HOURS("longest_sitting_hours", "h", m -> m.longestSittingS() / 3_600.0),
    WINDOW_EPISODES("window_episodes", "count", MemberMetrics::windowEpisodes),
    LONGEST_STREAK_DAYS("longest_streak_days", "days", MemberMetrics::longestStreakDays),
    NIGHT_SHARE("night_share", "share", MemberMetrics::nightShare),
    WORK_SHARE("work_share", "share", MemberMetrics::workShare),
    BINGE_RACES("binge_races", "count", MemberMetrics::bingeRaces);

    private final String key;
    private final String unit;
    private final ToDoubleFunction<MemberMetrics> value;

    Metric(String key, String unit, ToDoubleFunction<MemberMetrics> value) {
      this.key = key;
      this.unit = unit;
      this.value = value;
    }

    /** Returns the metric's name in output files, e.g. {@code viewing_hours}. */
    public String key() {
      return key;
    }

    /** Returns the unit, e.g. {@code h/day}. */
    public String unit() {
      return unit;
    }

    /** Returns the member's value of this metric. */
    public double of(MemberMetrics m) {
      return value.applyAsDouble(m);
    }
  }

  /** A threshold whose members are counted, with its name in output files. */
  public enum Threshold {
    /** At least 2 hours a day on average over the period: Netflix's "devoured". */
    DEVOURED("mean_daily_hours_ge_2", "mean >= 2 h/day (\"devoured\")",
        m -> m.meanDailyHours() >= 2),
    BINGED("binge_sittings_ge_1", "at least 1 binge sitting", m -> m.bingeSittings() >= 1),
    WINDOW_50("window_episodes_ge_50", "window episodes >= 50", m -> m.windowEpisodes() >= 50),
    WINDOW_100("window_episodes_ge_100", "window episodes >= 100", m -> m.windowEpisodes() >= 100),
    /** The 188 episodes of The Office (U.S.) someone watched in a week (Netflix, 2018). */
    WINDOW_188("window_episodes_ge_188", "window episodes >= 188", m -> m.windowEpisodes() >= 188),
    STREAK_7("longest_streak_days_ge_7", "streak >= 7 days", m -> m.longestStreakDays() >= 7),
    /** The 18 days of "the 53" who watched A Christmas Prince every day. */
    STREAK_18("longest_streak_days_ge_18", "streak >= 18 days", m -> m.longestStreakDays() >= 18);

    private final String key;
    private final String label;
    private final Predicate<MemberMetrics> test;

    Threshold(String key, String label, Predicate<MemberMetrics> test) {
      this.key = key;
      this.label = label;
      this.test = test;
    }

    /** Returns the threshold's name in output files, e.g. {@code longest_streak_days_ge_18}. */
    public String key() {
      return key;
    }

    /** Returns a short description for people. */
    public String label() {
      return label;
    }

    /** Returns whether the member reaches the threshold. */
    public boolean reachedBy(MemberMetrics m) {
      return test.test(m);
    }
  }

  /**
   * The summary of one metric.
   *
   * @param mean the exact mean
   * @param min the exact minimum
   * @param max the exact maximum
   * @param p50 the median, to the histogram's resolution
   * @param p90 the 90th percentile, to the histogram's resolution
   * @param p99 the 99th percentile, to the histogram's resolution
   */
  public record Stats(double mean, double min, double max, double p50, double p90, double p99) {}

  private static final Metric[] METRICS = Metric.values();
  private static final Threshold[] THRESHOLDS = Threshold.values();

  private final LogHistogram[] histograms = new LogHistogram[METRICS.length];
  private final long[] reached = new long[THRESHOLDS.length];
  private long members;

  /** Creates an empty summary. */
  public PopulationSummary() {
    for (int i = 0; i < histograms.length; i++) {
      histograms[i] = new LogHistogram();
    }
  }

  /** Adds the member whose figures {@code m} last computed. */
  public void add(MemberMetrics m) {
    members++;
    for (int i = 0; i < METRICS.length; i++) {
      histograms[i].add(METRICS[i].of(m));
    }
    for (int i = 0; i < THRESHOLDS.length; i++) {
      if (THRESHOLDS[i].reachedBy(m)) {
        reached[i]++;
      }
    }
  }

  /**
   * Adds the members of {@code later}, the summary of the block of members after this one's, and
   * returns this summary.
   */
  public PopulationSummary merge(PopulationSummary later) {
    members += later.members;
    for (int i = 0; i < histograms.length; i++) {
      histograms[i].merge(later.histograms[i]);
    }
    for (int i = 0; i < reached.length; i++) {
      reached[i] += later.reached[i];
    }
    return this;
  }

  /** Returns the number of members added. */
  public long members() {
    return members;
  }

  /** Returns the summary of one metric; every figure is 0 without members. */
  public Stats stats(Metric metric) {
    LogHistogram h = histograms[metric.ordinal()];
    return new Stats(
        h.mean(), h.min(), h.max(), h.quantile(0.50), h.quantile(0.90), h.quantile(0.99));
  }

  /** Returns the number of members reaching the threshold. */
  public long count(Threshold threshold) {
    return reached[threshold.ordinal()];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PopulationSummary[%d members]", members);
  }
}
