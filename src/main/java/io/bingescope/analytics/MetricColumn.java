package io.bingescope.analytics;

import static io.bingescope.model.ColumnType.DATE;
import static io.bingescope.model.ColumnType.DOUBLE;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.LONG;
import static io.bingescope.model.ColumnType.STRING;
import static io.bingescope.model.Need.DURATIONS;
import static io.bingescope.model.Need.RELEASE_DATES;
import static io.bingescope.model.Need.TIMES_OF_DAY;

import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.History;
import io.bingescope.model.Schema;
import java.time.LocalDate;

/**
 * The per-member figures of {@link MemberMetrics}, one constant per column of {@code metrics.csv}
 * in file order: each with its {@link Column} (name, type, unit, what the input must record) and
 * how its value is read from the computed metrics. A new figure is one constant here; the file, its
 * header and which columns an input leaves empty follow. Definitions in docs/metrics.md.
 */
public enum MetricColumn implements Column.Declared {
  MEMBER_ID(Column.of("member_id", INT), (m, h, c) -> m.memberId()),
  VIEWS(Column.of("views", INT).unit("count"), (m, h, c) -> h.size()),
  VIEWING_S(Column.of("viewing_s", LONG).unit("s").needs(DURATIONS),
      (m, h, c) -> m.viewingSeconds()),
  VIEWING_HOURS(hours("viewing_hours", "h").needs(DURATIONS), (m, h, c) -> m.viewingHours()),
  PERIOD_S(Column.of("period_s", LONG).unit("s").needs(DURATIONS),
      (m, h, c) -> m.periodSeconds()),
  MEAN_DAILY_HOURS(hours("mean_daily_hours", "h/day").needs(DURATIONS),
      (m, h, c) -> m.meanDailyHours()),
  MAX_DAILY_HOURS(hours("max_daily_hours", "h").needs(DURATIONS),
      (m, h, c) -> m.maxDailyHours()),
  SITTINGS(Column.of("sittings", INT).unit("count").needs(TIMES_OF_DAY, DURATIONS),
      (m, h, c) -> m.sittings()),
  BINGE_SITTINGS(Column.of("binge_sittings", INT).unit("count").needs(TIMES_OF_DAY, DURATIONS),
      (m, h, c) -> m.bingeSittings()),
  LONGEST_SITTING_S(Column.of("longest_sitting_s", LONG).unit("s").needs(TIMES_OF_DAY, DURATIONS),
      (m, h, c) -> m.longestSittingS()),
  WINDOW_EPISODES(Column.of("window_episodes", INT).unit("count"),
      (m, h, c) -> m.windowEpisodes()),
  WINDOW_SERIES(Column.of("window_series", STRING).asOptional(),
      (m, h, c) -> m.windowSeries() < 0 ? null : c.series().get(m.windowSeries()).name()),
  LONGEST_STREAK_DAYS(Column.of("longest_streak_days", INT).unit("days"),
      (m, h, c) -> m.longestStreakDays()),
  STREAK_TITLE_ID(Column.of("streak_title_id", INT).asOptional(),
      (m, h, c) -> m.streakTitle() < 0 ? null : m.streakTitle()),
  STREAK_TITLE(Column.of("streak_title", STRING).asOptional(),
      (m, h, c) -> m.streakTitle() < 0 ? null : c.title(m.streakTitle()).name()),
  STREAK_END(Column.of("streak_end", DATE).asOptional(),
      (m, h, c) -> m.streakTitle() < 0 ? null : LocalDate.ofEpochDay(m.streakEndDay())),
  NIGHT_S(Column.of("night_s", LONG).unit("s").needs(TIMES_OF_DAY, DURATIONS),
      (m, h, c) -> m.nightSeconds()),
  NIGHT_SHARE(share("night_share").needs(TIMES_OF_DAY, DURATIONS), (m, h, c) -> m.nightShare()),
  WORK_S(Column.of("work_s", LONG).unit("s").needs(TIMES_OF_DAY, DURATIONS),
      (m, h, c) -> m.workSeconds()),
  WORK_SHARE(share("work_share").needs(TIMES_OF_DAY, DURATIONS), (m, h, c) -> m.workShare()),
  BINGE_RACES(Column.of("binge_races", INT).unit("count").needs(RELEASE_DATES),
      (m, h, c) -> m.bingeRaces());

  /** The columns of {@code metrics.csv}, in order. */
  public static final Schema SCHEMA = Schema.of(MetricColumn.class);

  /** How a column's value is read: boxed, as this is a per-member path, never a per-view one. */
  @FunctionalInterface
  private interface Value {
    Object of(MemberMetrics m, History h, Catalog c);
  }

  private final Column column;
  private final Value value;

  MetricColumn(Column column, Value value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /**
   * Returns the value for the member whose figures {@code m} last computed from {@code h}, titles
   * named from {@code c}: an Integer, Long, Double, String or LocalDate as the type says, or null
   * when the figure does not apply (no streak).
   */
  public Object value(MemberMetrics m, History h, Catalog c) {
    return value.of(m, h, c);
  }

  private static Column hours(String name, String unit) {
    return Column.of(name, DOUBLE).unit(unit).decimals(4);
  }

  private static Column share(String name) {
    return Column.of(name, DOUBLE).unit("share").decimals(4);
  }
}
