package io.bingescope.io.run;

import io.bingescope.io.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file read column by column, a row group at a time: the flat files of a run (views)
 * are read without assembling records. Each expected column is found by name and its type checked
 * against the schema the run was written with, so a file of another layout fails with a message.
 */
final class ParquetColumns implements AutoCloseable {
  private static final GroupConverter IGNORED = new GroupConverter() {
    @Override
    public Converter getConverter(int fieldIndex) {
      return new PrimitiveConverter() {};
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  };

  private final Path file;
  private final ParquetFileReader reader;
  private final MessageType schema;
  private final ColumnDescriptor[] columns;
  private final ColumnReader[] readers;
  private final String createdBy;
  private long rowsLeft;
  private long row;

  private ParquetColumns(Path file, ParquetFileReader reader, MessageType expected)
      throws InputException {
    this.file = file;
    this.reader = reader;
    this.schema = reader.getFooter().getFileMetaData().getSchema();
    this.createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
    List<ColumnDescriptor> wanted = expected.getColumns();
    this.columns = new ColumnDescriptor[wanted.size()];
    this.readers = new ColumnReader[wanted.size()];
    for (int i = 0; i < columns.length; i++) {
      ColumnDescriptor w = wanted.get(i);
      if (!schema.containsPath(w.getPath()) || !schema.getColumnDescription(w.getPath()).equals(w)
          || !schema.getType(w.getPath()).equals(expected.getType(w.getPath()))) {
        throw new InputException(file + ": expected a column " + String.join(".", w.getPath())
            + " of type " + expected.getType(w.getPath()) + ", as simulate --format parquet writes"
            + " it; the file's schema is " + schema);
      }
      columns[i] = schema.getColumnDescription(w.getPath());
    }
  }

  /**
   * Opens a file and checks that it has {@code expected}'s columns.
   *
   * @throws InputException if it is not a Parquet file or lacks a column
   */
  static ParquetColumns open(Path file, MessageType expected) throws IOException, InputException {
    ParquetFileReader reader;
    try {
      reader = ParquetFileReader.open(new LocalInputFile(file),
          ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (RuntimeException | IOException e) {
      throw new InputException(file + ": not a readable Parquet file: " + e.getMessage(), e);
    }
    try {
      return new ParquetColumns(file, reader, expected);
    } catch (InputException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Returns the number of rows the footer declares. */
  long rows() {
    return reader.getRecordCount();
  }

  /**
   * Moves to the next row, reading the next row group when the last is done; returns false at the
   * end. The previous row's values must all have been consumed.
   */
  boolean next() throws IOException {
    while (rowsLeft == 0) {
      PageReadStore pages = reader.readNextRowGroup();
      if (pages == null) {
        return false;
      }
      ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, IGNORED, schema, createdBy);
      for (int i = 0; i < columns.length; i++) {
        readers[i] = store.getColumnReader(columns[i]);
      }
      rowsLeft = pages.getRowCount();
    }
    rowsLeft--;
    row++;
    return true;
  }

  /** Returns the reader of column {@code index} (in the expected schema's order), at this row. */
  ColumnReader column(int index) {
    return readers[index];
  }

  /** Returns the 1-based number of the current row, for messages. */
  long row() {
    return row;
  }

  /** Returns the file. */
  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
