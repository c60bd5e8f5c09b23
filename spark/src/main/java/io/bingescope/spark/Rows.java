package io.bingescope.spark;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.model.Vocabulary;
import io.bingescope.report.MetricsCsv;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a run as Spark rows: the views, titles and per-member metrics with the core's column names
 * ({@code simulate}'s files and {@link MetricsCsv}), typed as the Parquet layout types them (timestamps, integers,
 * booleans). Each row is read off the core's {@link History}, {@link Catalog} and {@link MemberMetrics}.
 */
final class Rows {
  private Rows() {}

  private static final DataType INT = DataTypes.IntegerType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType DOUBLE = DataTypes.DoubleType;
  private static final DataType TEXT = DataTypes.StringType;

  /** The views: one row per view, in the columns of {@code views.csv}. */
  static final StructType VIEWS =
      schema(
          "member_id", INT, false,
          "profile", TEXT, false,
          "title_id", INT, false,
          "title", TEXT, false,
          "start_utc", DataTypes.TimestampType, false,
          "start_local", DataTypes.TimestampNTZType, false,
          "time_zone", TEXT, false,
          "duration_s", INT, false,
          "device", TEXT, false,
          "country", TEXT, false,
          "autoplayed", DataTypes.BooleanType, false,
          "supplemental", TEXT, false);

  /** The titles: one row per title of the catalog, in the columns of {@code titles.csv}. */
  static final StructType TITLES =
      schema(
          "title_id", INT, false,
          "title", TEXT, false,
          "kind", TEXT, false,
          "series", TEXT, true,
          "season", INT, true,
          "episode", INT, true,
          "runtime_s", INT, false,
          "release_date", DataTypes.DateType, false,
          "genres", DataTypes.createArrayType(TEXT, false), false,
          "tags", DataTypes.createArrayType(TEXT, false), false);

  /** The metrics: one row per member, in the columns of {@code metrics.csv}; a figure that does not apply is null. */
  static final StructType METRICS =
      schema(
          "member_id", INT, false,
          "views", INT, false,
          "viewing_s", LONG, false,
          "viewing_hours", DOUBLE, false,
          "period_s", LONG, false,
          "mean_daily_hours", DOUBLE, false,
          "max_daily_hours", DOUBLE, false,
          "sittings", INT, false,
          "binge_sittings", INT, false,
          "longest_sitting_s", LONG, false,
          "window_episodes", INT, false,
          "window_series", TEXT, true,
          "longest_streak_days", INT, false,
          "streak_title_id", INT, true,
          "streak_title", TEXT, true,
          "streak_end", DataTypes.DateType, true,
          "night_s", LONG, false,
          "night_share", DOUBLE, false,
          "work_s", LONG, false,
          "work_share", DOUBLE, false,
          "binge_races", INT, false);

  static {
    if (!List.of(METRICS.fieldNames()).equals(MetricsCsv.COLUMNS)) {
      throw new AssertionError("METRICS must have the columns of MetricsCsv: " + MetricsCsv.COLUMNS);
    }
  }

  /** Adds the rows of a member's views; the traits name its profiles. */
  static void views(MemberTraits traits, History h, Catalog catalog, Vocabulary vocabulary, List<Row> out) {
    List<MemberTraits.Profile> profiles = traits.profiles();
    List<String> zones = vocabulary.zones();
    List<String> devices = vocabulary.devices();
    List<String> countries = vocabulary.countries();
    Integer member = h.memberId();
    for (int i = 0; i < h.size(); i++) {
      int title = h.title(i);
      out.add(RowFactory.create(
          member,
          profiles.get(h.profile(i)).name(),
          title,
          catalog.title(title).name(),
          Instant.ofEpochSecond(h.startUtc(i)),
          LocalDateTime.ofEpochSecond(h.startLocal(i), 0, ZoneOffset.UTC),
          zones.get(h.zone(i)),
          h.durationS(i),
          devices.get(h.device(i)),
          countries.get(h.country(i)),
          h.autoplayed(i),
          h.supplemental(i).label()));
    }
  }

  /** Returns the rows of a catalog's titles; a film has no series, season or episode. */
  static List<Row> titles(Catalog catalog) {
    List<Row> rows = new ArrayList<>(catalog.size());
    for (Title t : catalog.titles()) {
      boolean film = t.kind() == TitleKind.FILM;
      rows.add(RowFactory.create(
          t.id(),
          t.name(),
          t.kind().name(),
          film ? null : t.series(),
          film ? null : t.season(),
          film ? null : t.episode(),
          t.runtimeS(),
          t.releaseDate(),
          t.genres().toArray(String[]::new),
          t.tags().toArray(String[]::new)));
    }
    return rows;
  }

  /** Returns the metrics row of the member whose figures {@code m} last computed from {@code h}. */
  static Row metrics(MemberMetrics m, History h, Catalog catalog) {
    boolean streak = m.streakTitle() >= 0;
    return RowFactory.create(
        m.memberId(),
        h.size(),
        m.viewingSeconds(),
        m.viewingHours(),
        m.periodSeconds(),
        m.meanDailyHours(),
        m.maxDailyHours(),
        m.sittings(),
        m.bingeSittings(),
        m.longestSittingS(),
        m.windowEpisodes(),
        m.windowSeries() >= 0 ? catalog.series().get(m.windowSeries()).name() : null,
        m.longestStreakDays(),
        streak ? m.streakTitle() : null,
        streak ? catalog.title(m.streakTitle()).name() : null,
        streak ? LocalDate.ofEpochDay(m.streakEndDay()) : null,
        m.nightSeconds(),
        m.nightShare(),
        m.workSeconds(),
        m.workShare(),
        m.bingeRaces());
  }

  private static StructType schema(Object... nameTypeNullable) {
    StructField[] fields = new StructField[nameTypeNullable.length / 3];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) nameTypeNullable[3 * i],
          (DataType) nameTypeNullable[3 * i + 1], (Boolean) nameTypeNullable[3 * i + 2]);
    }
    return DataTypes.createStructType(fields);
  }
}
