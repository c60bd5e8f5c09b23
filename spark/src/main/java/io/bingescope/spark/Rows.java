package io.bingescope.spark;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricColumn;
import io.bingescope.io.MembersColumn;
import io.bingescope.io.RowWriter;
import io.bingescope.io.TitlesColumn;
import io.bingescope.io.ViewsColumn;
import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Schema;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a run as Spark rows: the core's column model ({@link ViewsColumn}, {@link TitlesColumn},
 * {@link MembersColumn}, {@link MetricColumn}) gives each table's names, types and values, which this class only
 * spells as Spark's: timestamps as timestamps (with and without zone), lists as arrays, a list's records as structs,
 * a time of day as text {@code HH:MM} (as the core's Parquet files hold it), a value that does not apply as null.
 */
final class Rows {
  private Rows() {}

  /** The views: one row per view, in the columns of {@code views.csv}. */
  static final StructType VIEWS = struct(ViewsColumn.SCHEMA);

  /** The titles: one row per title of the catalog, in the columns of {@code titles.csv}. */
  static final StructType TITLES = struct(TitlesColumn.SCHEMA);

  /** The members' hidden truth: one row per member, in the columns of {@code members.csv}. */
  static final StructType MEMBERS = struct(MembersColumn.SCHEMA);

  /** The metrics: one row per member, in the columns of {@code metrics.csv}; a figure that does not apply is null. */
  static final StructType METRICS = struct(MetricColumn.SCHEMA);

  /** Adds the rows of a member's views; the traits name its profiles. */
  static void views(MemberTraits traits, History h, Catalog catalog, Vocabulary vocabulary, List<Row> out) {
    for (int i = 0; i < h.size(); i++) {
      out.add(row(ViewsColumn.SCHEMA, ViewsColumn.values(new ViewsColumn.View(catalog, vocabulary, traits, h, i))));
    }
  }

  /** Returns the rows of a catalog's titles. */
  static List<Row> titles(Catalog catalog) {
    List<Row> rows = new ArrayList<>(catalog.size());
    for (Title t : catalog.titles()) {
      rows.add(row(TitlesColumn.SCHEMA, TitlesColumn.values(t)));
    }
    return rows;
  }

  /** Returns a member's row of the hidden truth, devices named from {@code vocabulary}. */
  static Row member(MemberTraits traits, Vocabulary vocabulary) {
    return row(MembersColumn.SCHEMA, MembersColumn.values(traits, vocabulary));
  }

  /** Returns the metrics row of the member whose figures {@code m} last computed from {@code h}. */
  static Row metrics(MemberMetrics m, History h, Catalog catalog) {
    return row(MetricColumn.SCHEMA, Schema.row(MetricColumn.values(), c -> c.value(m, h, catalog)));
  }

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

  private static Row row(Schema schema, Object[] values) {
    return row(schema.columns(), values);
  }

  private static Row row(List<Column> columns, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = spark(columns.get(i), values[i]);
    }
    return RowFactory.create(values);
  }

  /** Returns a value of the core's column model as Spark takes it; instants, dates and numbers are taken as they are. */
  private static Object spark(Column c, Object value) {
    if (value == null) {
      return null;
    }
    if (c.type() == ColumnType.LIST) {
      List<?> items = (List<?>) value;
      Object[] array = new Object[items.size()];
      for (int k = 0; k < array.length; k++) {
        Object item = items.get(k);
        if (c.element() == ColumnType.RECORD) {
          List<Column> fields = c.fields();
          Object[] record = new Object[fields.size()];
          for (int f = 0; f < record.length; f++) {
            record[f] = ((RowWriter.Item) item).field(f);
          }
          array[k] = row(fields, record);
        } else {
          array[k] = c.element() == ColumnType.TIME_OF_DAY ? hhmm((LocalTime) item) : item;
        }
      }
      return array;
    }
    return c.type() == ColumnType.TIME_OF_DAY ? hhmm((LocalTime) value) : value;
  }

  private static String hhmm(LocalTime t) {
    return t.toString(); // HH:MM: the core's times of day are whole minutes
  }
}
