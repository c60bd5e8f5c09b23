package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricColumn;
import io.bingescope.io.ByteBuf;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.RowWriter;
import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code metrics.csv}: one row per member with the figures of {@link MemberMetrics}, in
 * RFC 4180 CSV like the files of {@code simulate}. The columns are {@link MetricColumn}'s, written
 * by their types ({@link RowWriter}): sums of time are exact whole seconds; hours and shares have
 * four decimals. A field that does not apply (no streak) is empty, and so is every field of a
 * column the input cannot support ({@link Availability}).
 */
public final class MetricsCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS = MetricColumn.SCHEMA.names();

  /** The file name in the output directory. */
  public static final String FILE_NAME = "metrics.csv";

  /** The file of {@code analyze --by profile}: the same columns with {@code profile} after the id. */
  public static final String BY_PROFILE_FILE_NAME = "metrics-by-profile.csv";

  /** The column of {@link #BY_PROFILE_FILE_NAME} after {@code member_id}: the profile's name. */
  public static final Column PROFILE = Column.of("profile", ColumnType.STRING);

  private static final int FLUSH_AT = 1 << 16;
  private static final MetricColumn[] METRICS = MetricColumn.values();

  private final OutputStream out;
  private final Catalog catalog;
  private final RowWriter memberRows;
  private final RowWriter profileRows;
  // The columns left empty because the input cannot support them.
  private final boolean[] blank = new boolean[METRICS.length];
  private final ByteBuf buf = new ByteBuf(FLUSH_AT + 1024);

  /** Creates a writer of rows whose titles and series are those of {@code catalog}. */
  public MetricsCsv(OutputStream out, Catalog catalog) {
    this(out, catalog, Observed.EVERYTHING);
  }

  /**
   * Creates a writer whose rows leave empty the columns an input that records only {@code
   * observed} cannot support (see {@link Availability}).
   */
  public MetricsCsv(OutputStream out, Catalog catalog, Observed observed) {
    this(out, catalog, observed, CsvStyle.EXACT);
  }

  /**
   * Creates a writer as {@link #MetricsCsv(OutputStream, Catalog, Observed)} whose text fields (the
   * names) are spelled in {@code style}; numbers are written as they are.
   */
  public MetricsCsv(OutputStream out, Catalog catalog, Observed observed, CsvStyle style) {
    this.out = out;
    this.catalog = catalog;
    List<Column> columns = new ArrayList<>();
    for (MetricColumn m : METRICS) {
      blank[m.ordinal()] = Availability.unavailable(m.column(), observed).isPresent();
      columns.add(blank[m.ordinal()] ? m.column().asOptional() : m.column());
    }
    this.memberRows = RowWriter.csv(new Schema(columns), style);
    columns.add(1, PROFILE);
    this.profileRows = RowWriter.csv(new Schema(columns), style);
  }

  /** Writes the header line. */
  public void writeHeader() throws IOException {
    buf.append(memberRows.header());
    flushIfFull();
  }

  /** Writes the header line of the rows per profile: {@code profile} after {@code member_id}. */
  public void writeProfileHeader() throws IOException {
    buf.append(profileRows.header());
    flushIfFull();
  }

  /** Appends the row of the member whose figures {@code m} last computed from {@code h}. */
  public void append(MemberMetrics m, History h) throws IOException {
    append(m, h, null);
  }

  /**
   * Appends the row of the member whose figures {@code m} last computed from {@code h}, named after the
   * id by {@code profile} when it is not null (the rows of {@link #writeProfileHeader}).
   */
  public void append(MemberMetrics m, History h, String profile) throws IOException {
    int shift = profile == null ? 0 : 1;
    Object[] values = new Object[METRICS.length + shift];
    for (MetricColumn c : METRICS) {
      int at = c.ordinal() == 0 ? 0 : c.ordinal() + shift;
      values[at] = blank[c.ordinal()] ? null : c.value(m, h, catalog);
    }
    if (profile != null) {
      values[1] = profile;
    }
    (profile == null ? memberRows : profileRows).append(values, buf);
    flushIfFull();
  }

  private void flushIfFull() throws IOException {
    if (buf.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes what is buffered to the stream, which is left open. */
  public void flush() throws IOException {
    buf.writeTo(out);
    buf.reset();
    out.flush();
  }
}
