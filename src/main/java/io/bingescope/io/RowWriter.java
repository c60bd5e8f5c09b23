package io.bingescope.io;

import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes rows of a {@link Schema} in CSV or JSON Lines, each value spelled by its column's {@link
 * ColumnType}: the one generic row writer. Files written once per member or claim (metrics, claims)
 * use it directly; the hot views file has a specialised writer ({@code ViewsFormat}) whose header
 * comes from the same schema and whose rows a test holds to this writer's on seeded random views.
 *
 * <p>Values by type: BOOLEAN a Boolean; INT and LONG a Number; DOUBLE a Number (with the column's
 * fixed decimals, rounded half up, else the shortest text that reads back; NaN is absent); STRING
 * a String; DATE a LocalDate; TIME_OF_DAY a LocalTime ({@code HH:MM}); TIMESTAMP_UTC an Instant
 * ({@code ...Z}); TIMESTAMP_LOCAL a LocalDateTime; LIST a List of its element's values, a RECORD
 * element an {@link Item}. Null is an absent value: an empty CSV field, JSON {@code null}.
 */
public final class RowWriter {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  /**
   * An item of a list of records. JSON writes its fields, as the column's record fields say; a CSV
   * list holds its short text instead (a life event's {@code kind:start..end}, an evidence's text).
   */
  public interface Item {
    /** Returns the value of the record field at {@code index}. */
    Object field(int index);

    /** Returns the item as one text of a CSV list. */
    String csvText();
  }

  // 00..99: members write four times of day a row, and a formatter costs more than the row.
  private static final byte[][] TWO_DIGITS = new byte[100][];

  static {
    for (int i = 0; i < 100; i++) {
      TWO_DIGITS[i] = new byte[] {(byte) ('0' + i / 10), (byte) ('0' + i % 10)};
    }
  }

  private final RowSyntax syntax;
  private final Schema schema;
  private final Columns columns;
  // The column of a list's items, made once rather than per item.
  private final Map<Column, Column> elements = new IdentityHashMap<>();

  RowWriter(RowSyntax syntax, Schema schema) {
    this.syntax = syntax;
    this.schema = schema;
    this.columns = new Columns(syntax, schema.names());
    for (Column c : schema.columns()) {
      if (c.type() == ColumnType.LIST && c.element() != ColumnType.RECORD) {
        elements.put(c, Column.of(c.name(), c.element()));
      }
    }
  }

  /** Returns a writer of RFC 4180 CSV whose string fields are spelled in {@code style}. */
  public static RowWriter csv(Schema schema, CsvStyle style) {
    return new RowWriter(
        style == CsvStyle.SPREADSHEET_SAFE ? RowSyntax.CSV_SPREADSHEET_SAFE : RowSyntax.CSV, schema);
  }

  /** Returns a writer of JSON Lines. */
  public static RowWriter jsonl(Schema schema) {
    return new RowWriter(RowSyntax.JSONL, schema);
  }

  /** Returns the header line, or an empty array for JSON Lines. */
  public byte[] header() {
    return columns.header();
  }

  /** Appends one row; {@code values} are in column order. */
  public void append(Object[] values, ByteBuf out) {
    if (values.length != schema.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + schema.size() + " columns");
    }
    Columns.Row row = columns.row(out);
    for (int i = 0; i < values.length; i++) {
      value(row.next(), schema.column(i), values[i]);
    }
    row.end();
  }

  private void value(ByteBuf out, Column c, Object v) {
    if (v == null || v instanceof Double d && d.isNaN()) {
      if (!c.optional() && v == null) {
        throw new IllegalArgumentException("column " + c.name() + " has no value");
      }
      out.append(syntax.absent());
      return;
    }
    switch (c.type()) {
      case BOOLEAN -> out.appendAscii((Boolean) v ? "true" : "false");
      case INT, LONG -> out.appendLong(((Number) v).longValue());
      case DOUBLE -> out.appendAscii(c.decimals() >= 0
          ? fixed(((Number) v).doubleValue(), c.decimals())
          : Double.toString(((Number) v).doubleValue()));
      case STRING -> out.append(syntax.string((String) v));
      case DATE -> quoted(out, ((LocalDate) v).toString());
      case TIME_OF_DAY -> {
        LocalTime t = (LocalTime) v;
        out.append(syntax.quote()).append(TWO_DIGITS[t.getHour()]).append((byte) ':')
            .append(TWO_DIGITS[t.getMinute()]).append(syntax.quote());
      }
      case TIMESTAMP_UTC -> quoted(out, DATE_TIME.format(
          LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC)) + "Z");
      case TIMESTAMP_LOCAL -> quoted(out, DATE_TIME.format((LocalDateTime) v));
      case LIST -> list(out, c, (List<?>) v);
      case RECORD -> throw new IllegalStateException("a record is only a list's element");
    }
  }

  private void quoted(ByteBuf out, String text) {
    out.append(syntax.quote()).appendAscii(text).append(syntax.quote());
  }

  private void list(ByteBuf out, Column c, List<?> items) {
    if (!syntax.structured()) {
      out.append(syntax.list(items.stream().map(i -> csvItem(c, i)).toList()));
      return;
    }
    out.append((byte) '[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append((byte) ',');
      }
      Object item = items.get(i);
      if (c.element() == ColumnType.RECORD) {
        record(out, c.fields(), (Item) item);
      } else {
        value(out, elements.get(c), item);
      }
    }
    out.append((byte) ']');
  }

  private void record(ByteBuf out, List<Column> fields, Item item) {
    for (int f = 0; f < fields.size(); f++) {
      out.appendAscii(f == 0 ? "{" : ",").append(syntax.string(fields.get(f).name()))
          .append((byte) ':');
      value(out, fields.get(f), item.field(f));
    }
    out.append((byte) '}');
  }

  private static String csvItem(Column c, Object item) {
    return c.element() == ColumnType.RECORD ? ((Item) item).csvText() : item.toString();
  }

  /**
   * Returns a non-negative {@code v} rounded half up to {@code decimals} decimals, e.g. {@code
   * 1.5000}; integer arithmetic, as String.format costs a microsecond per call.
   */
  public static String fixed(double v, int decimals) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(v * scale);
    StringBuilder b = new StringBuilder().append(scaled / scale);
    if (decimals == 0) {
      return b.toString();
    }
    String frac = Long.toString(scaled % scale);
    b.append('.');
    for (int i = frac.length(); i < decimals; i++) {
      b.append('0');
    }
    return b.append(frac).toString();
  }
}
