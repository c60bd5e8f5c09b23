package io.bingescope.spark;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricColumn;
import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Schema;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.model.Vocabulary;
import java.time.Instant;
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
 * ({@code simulate}'s files and {@link MetricColumn}), typed as the Parquet layout types them (timestamps, integers,
 * booleans). Each row is read off the core's {@link History}, {@link Catalog} and {@link MemberMetrics}.
 */
final class Rows {
  private Rows() {}

  /** The metrics: one row per member, in the columns of {@code metrics.csv}; a figure that does not apply is null. */
  static final StructType METRICS = struct(MetricColumn.SCHEMA);

  /** The views: one row per view, in the columns of {@code views.csv}. */
  static final StructType VIEWS =
      struct(new Schema(List.of(
          Column.of("member_id", ColumnType.INT),
          Column.of("profile", ColumnType.STRING),
          Column.of("title_id", ColumnType.INT),
          Column.of("title", ColumnType.STRING),
          Column.of("start_utc", ColumnType.TIMESTAMP_UTC),
          Column.of("start_local", ColumnType.TIMESTAMP_LOCAL),
          Column.of("time_zone", ColumnType.STRING),
          Column.of("duration_s", ColumnType.INT),
          Column.of("device", ColumnType.STRING),
          Column.of("country", ColumnType.STRING),
          Column.of("autoplayed", ColumnType.BOOLEAN),
          Column.of("supplemental", ColumnType.STRING))));

  /** The titles: one row per title of the catalog, in the columns of {@code titles.csv}. */
  static final StructType TITLES =
      struct(new Schema(List.of(
          Column.of("title_id", ColumnType.INT),
          Column.of("title", ColumnType.STRING),
          Column.of("kind", ColumnType.STRING),
          Column.of("series", ColumnType.STRING).asOptional(),
          Column.of("season", ColumnType.INT).asOptional(),
          Column.of("episode", ColumnType.INT).asOptional(),
          Column.of("runtime_s", ColumnType.INT),
          Column.of("release_date", ColumnType.DATE),
          Column.listOf("genres", ColumnType.STRING),
          Column.listOf("tags", ColumnType.STRING))));

  /** Returns the Spark type of a core schema: its names, types and which columns may be null. */
  static StructType struct(Schema schema) {
    return DataTypes.createStructType(schema.columns().stream().map(Rows::field).toList());
  }

  private static StructField field(Column c) {
    DataType type = c.type() != ColumnType.LIST ? scalar(c.type())
        : DataTypes.createArrayType(c.element() == ColumnType.RECORD
            ? DataTypes.createStructType(c.fields().stream().map(Rows::field).toList())
            : scalar(c.element()), false);
    return DataTypes.createStructField(c.name(), type, c.optional());
  }

  private static DataType scalar(ColumnType t) {
    return switch (t) {
      case BOOLEAN -> DataTypes.BooleanType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case STRING, TIME_OF_DAY -> DataTypes.StringType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP_UTC -> DataTypes.TimestampType;
      case TIMESTAMP_LOCAL -> DataTypes.TimestampNTZType;
      case LIST, RECORD -> throw new IllegalArgumentException("not a scalar type: " + t);
    };
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
    MetricColumn[] columns = MetricColumn.values();
    Object[] values = new Object[columns.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns[i].value(m, h, catalog);
    }
    return RowFactory.create(values);
  }
}
