package io.bingescope.io;

import io.bingescope.model.Column;
import io.bingescope.model.ColumnType;
import io.bingescope.model.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The Parquet side of a run's files: each {@link Schema} as a Parquet schema, and a writer of rows
 * into a file that is hashed as it is written. Every type is one that DuckDB, pyarrow and Spark read
 * with no options (docs/output-format.md, "Parquet").
 */
public final class ParquetFiles {
  /**
   * The uncompressed size at which a row group is closed: large enough for long column chunks, small
   * enough that a reader (DuckDB, Spark) has several per file to read in parallel.
   */
  public static final long ROW_GROUP_BYTES = 64L << 20;

  /** The size of a data page before compression, parquet-java's default. */
  public static final int PAGE_BYTES = 1 << 20;

  private ParquetFiles() {}

  /** Returns the Parquet schema of a file's columns. */
  public static MessageType schema(String name, Schema schema) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : schema.columns()) {
      b.addField(type(c, c.optional() ? Repetition.OPTIONAL : Repetition.REQUIRED));
    }
    return b.named(name);
  }

  private static Type type(Column c, Repetition repetition) {
    if (c.type() == ColumnType.LIST) {
      Type element;
      if (c.element() == ColumnType.RECORD) {
        Types.GroupBuilder<org.apache.parquet.schema.GroupType> g = Types.requiredGroup();
        for (Column f : c.fields()) {
          g.addField(type(f, Repetition.REQUIRED));
        }
        element = g.named("element");
      } else {
        element = primitive(c.element(), Repetition.REQUIRED, "element");
      }
      return Types.list(repetition).element(element).named(c.name());
    }
    return primitive(c.type(), repetition, c.name());
  }

  private static Type primitive(ColumnType type, Repetition repetition, String name) {
    return switch (type) {
      case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
      case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(name);
      case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(name);
      case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
      // A time of day is text HH:MM: Spark (to 4.0) refuses Parquet's TIME type outright.
      case STRING, TIME_OF_DAY -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
          .as(LogicalTypeAnnotation.stringType()).named(name);
      case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
          .as(LogicalTypeAnnotation.dateType()).named(name);
      // Microseconds, as Spark and pandas store timestamps; UTC-adjusted reads back as an instant
      // (TIMESTAMP WITH TIME ZONE), not adjusted as a wall-clock time (TIMESTAMP, TimestampNTZ).
      case TIMESTAMP_UTC -> Types.primitive(PrimitiveTypeName.INT64, repetition)
          .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS)).named(name);
      case TIMESTAMP_LOCAL -> Types.primitive(PrimitiveTypeName.INT64, repetition)
          .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS)).named(name);
      case LIST, RECORD -> throw new IllegalArgumentException(name + ": not a primitive type");
    };
  }

  /**
   * Writes one row of declared values (as the column enums' {@code values} return them: numbers,
   * strings, dates, times of day, lists, list items as {@link RowWriter.Item}); a null leaves an
   * optional column without a value.
   */
  public static void write(RecordConsumer out, Schema schema, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        if (!schema.column(i).optional()) {
          throw new IllegalArgumentException(schema.column(i).name() + " needs a value");
        }
        continue;
      }
      Column c = schema.column(i);
      out.startField(c.name(), i);
      value(out, c, c.type(), values[i]);
      out.endField(c.name(), i);
    }
  }

  private static void value(RecordConsumer out, Column c, ColumnType type, Object v) {
    switch (type) {
      case BOOLEAN -> out.addBoolean((Boolean) v);
      case INT -> out.addInteger(((Number) v).intValue());
      case LONG -> out.addLong(((Number) v).longValue());
      case DOUBLE -> out.addDouble(((Number) v).doubleValue());
      case STRING -> out.addBinary(Binary.fromString(v.toString()));
      case TIME_OF_DAY -> {
        java.time.LocalTime t = (java.time.LocalTime) v;
        out.addBinary(Binary.fromString(
            String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())));
      }
      case DATE -> out.addInteger(Math.toIntExact(((java.time.LocalDate) v).toEpochDay()));
      case TIMESTAMP_UTC -> out.addLong(((java.time.Instant) v).getEpochSecond() * 1_000_000L);
      case TIMESTAMP_LOCAL -> out.addLong(
          ((java.time.LocalDateTime) v).toEpochSecond(java.time.ZoneOffset.UTC) * 1_000_000L);
      case LIST -> {
        List<?> items = (List<?>) v;
        out.startGroup();
        if (!items.isEmpty()) {
          out.startField("list", 0);
          for (Object item : items) {
            out.startGroup();
            out.startField("element", 0);
            if (c.element() == ColumnType.RECORD) {
              RowWriter.Item record = (RowWriter.Item) item;
              out.startGroup();
              for (int f = 0; f < c.fields().size(); f++) {
                Column field = c.fields().get(f);
                out.startField(field.name(), f);
                value(out, field, field.type(), record.field(f));
                out.endField(field.name(), f);
              }
              out.endGroup();
            } else {
              value(out, c, c.element(), item);
            }
            out.endField("element", 0);
            out.endGroup();
          }
          out.endField("list", 0);
        }
        out.endGroup();
      }
      case RECORD -> throw new IllegalArgumentException(c.name() + ": a record only as a list item");
    }
  }

  /** One row, written field by field to the consumer between its start and end of message. */
  public interface Row {
    void writeTo(RecordConsumer out);
  }

  /**
   * Opens a writer of rows of {@code schema} into {@code out}: ZSTD pages, dictionary-encoded
   * strings, row groups of {@link #ROW_GROUP_BYTES}. The bytes depend only on the rows written.
   */
  public static ParquetWriter<Row> writer(DigestingOutputStream out, MessageType schema)
      throws IOException {
    return new Builder(new StreamOutputFile(out), schema)
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withDictionaryEncoding(true)
        .withRowGroupSize(ROW_GROUP_BYTES)
        .withPageSize(PAGE_BYTES)
        .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
        .withValidation(false)
        .build();
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final MessageType schema;

    Builder(OutputFile file, MessageType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new RowSupport(schema);
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
      return new RowSupport(schema);
    }
  }

  private static final class RowSupport extends WriteSupport<Row> {
    private final MessageType schema;
    private RecordConsumer consumer;

    RowSupport(MessageType schema) {
      this.schema = schema;
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
      consumer.startMessage();
      row.writeTo(consumer);
      consumer.endMessage();
    }
  }

  /** Parquet's view of a stream we already hash: it only needs the position. */
  private static final class StreamOutputFile implements OutputFile {
    private final DigestingOutputStream out;

    StreamOutputFile(DigestingOutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        @Override
        public long getPos() {
          return out.bytes();
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return out.toString();
    }
  }
}
