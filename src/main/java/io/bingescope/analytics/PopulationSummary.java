package io.bingescope.analytics;

import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import java.util.Locale;
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

  /**
   * A per-member figure that is summarised: one of the {@link MetricColumn}s, or a figure derived
   * from one (in another unit), whose {@link Column} gives its name in output files, its unit and
   * what the input must record.
   */
  public enum Metric {
    VIEWING_HOURS(MetricColumn.VIEWING_HOURS, MemberMetrics::viewingHours),
    MEAN_DAILY_HOURS(MetricColumn.MEAN_DAILY_HOURS, MemberMetrics::meanDailyHours),
    MAX_DAILY_HOURS(MetricColumn.MAX_DAILY_HOURS, MemberMetrics::maxDailyHours),
    SITTINGS(MetricColumn.SITTINGS, MemberMetrics::sittings),
    BINGE_SITTINGS(MetricColumn.BINGE_SITTINGS, MemberMetrics::bingeSittings),
    LONGEST_SITTING_HOURS(
        Column.of("longest_sitting_hours", ColumnType.DOUBLE).unit("h")
            .needsAsMuchAs(MetricColumn.LONGEST_SITTING_S.column()),
        m -> m.longestSittingS() / 3_600.0),
    WINDOW_EPISODES(MetricColumn.WINDOW_EPISODES, MemberMetrics::windowEpisodes),
    LONGEST_STREAK_DAYS(MetricColumn.LONGEST_STREAK_DAYS, MemberMetrics::longestStreakDays),
    NIGHT_SHARE(MetricColumn.NIGHT_SHARE, MemberMetrics::nightShare),
    WORK_SHARE(MetricColumn.WORK_SHARE, MemberMetrics::workShare),
    BINGE_RACES(MetricColumn.BINGE_RACES, MemberMetrics::bingeRaces);

    private final Column column;
    private final ToDoubleFunction<MemberMetrics> value;

    /** A summary of a column of metrics.csv, under its name and unit. */
    Metric(MetricColumn source, ToDoubleFunction<MemberMetrics> value) {
      this(source.column(), value);
    }

    Metric(Column column, ToDoubleFunction<MemberMetrics> value) {
      this.column = column;
      this.value = value;
    }

    /** Returns the metric's column: its name, unit and needs. */
    public Column column() {
      return column;
    }

    /** Returns the metric's name in output files, e.g. {@code viewing_hours}. */
    public String key() {
      return column.name();
    }

    /** Returns the unit, e.g. {@code h/day}. */
    public String unit() {
      return column.unit();
    }

    /** Returns the member's value of this metric. */
    public double of(MemberMetrics m) {
      return value.applyAsDouble(m);
    }
  }

  /**
   * A threshold whose members are counted: a metric at least a bound. Its name in output files is
   * the metric's with {@code _ge_} and the bound, and it needs what the metric needs.
   */
  public enum Threshold {
    /** At least 2 hours a day on average over the period: Netflix's "devoured". */
    DEVOURED(Metric.MEAN_DAILY_HOURS, 2, "mean >= 2 h/day (\"devoured\")"),
    BINGED(Metric.BINGE_SITTINGS, 1, "at least 1 binge sitting"),
    WINDOW_50(Metric.WINDOW_EPISODES, 50, "window episodes >= 50"),
    WINDOW_100(Metric.WINDOW_EPISODES, 100, "window episodes >= 100"),
    /** The 188 episodes of The Office (U.S.) someone watched in a week (Netflix, 2018). */
    WINDOW_188(Metric.WINDOW_EPISODES, 188, "window episodes >= 188"),
    STREAK_7(Metric.LONGEST_STREAK_DAYS, 7, "streak >= 7 days"),
    /** The 18 days of "the 53" who watched A Christmas Prince every day. */
    STREAK_18(Metric.LONGEST_STREAK_DAYS, 18, "streak >= 18 days");

    private final Metric metric;
    private final int atLeast;
    private final String label;

    Threshold(Metric metric, int atLeast, String label) {
      this.metric = metric;
      this.atLeast = atLeast;
      this.label = label;
    }

    /** Returns the threshold's name in output files, e.g. {@code longest_streak_days_ge_18}. */
    public String key() {
      return metric.key() + "_ge_" + atLeast;
    }

    /** Returns the metric compared with the bound. */
    public Metric metric() {
      return metric;
    }

    /** Returns a short description for people. */
    public String label() {
      return label;
    }

    /** Returns whether the member reaches the threshold. */
    public boolean reachedBy(MemberMetrics m) {
      return metric.of(m) >= atLeast;
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
