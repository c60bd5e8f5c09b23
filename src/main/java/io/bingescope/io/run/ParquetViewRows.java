package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.ParquetFiles;
import io.bingescope.io.ViewsColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/** The view rows of a Parquet run's views files, in order, decoded column by column. */
final class ParquetViewRows implements TypedViewsReader.Rows {
  private static final MessageType VIEWS = ParquetFiles.schema("views", ViewsColumn.SCHEMA);
  private static final long MICROS = 1_000_000L;

  private final List<Path> files;
  private final TypedViewsReader.Row row = new TypedViewsReader.Row();
  private int fileIndex = -1;
  private ParquetColumns in;
  private long bytesDone;

  ParquetViewRows(List<Path> files) {
    this.files = List.copyOf(files);
  }

  @Override
  public boolean next() throws IOException, InputException {
    while (in == null || !in.next()) {
      if (in != null) {
        bytesDone += Files.size(in.file());
        in.close();
        in = null;
      }
      if (fileIndex + 1 >= files.size()) {
        fileIndex = files.size();
        return false;
      }
      in = ParquetColumns.open(files.get(++fileIndex), VIEWS);
    }
    TypedViewsReader.Row r = row;
    r.member = integer(0);
    r.profile = binary(1);
    r.titleId = integer(2);
    r.title = binary(3);
    long utc = int64(4);
    long local = int64(5);
    if (utc % MICROS != 0 || local % MICROS != 0) {
      throw error("start_utc", "start_utc and start_local in whole seconds",
          utc + " and " + local + " microseconds");
    }
    r.startUtc = utc / MICROS;
    r.startLocal = local / MICROS;
    r.zone = binary(6);
    r.duration = integer(7);
    r.device = binary(8);
    r.country = binary(9);
    ColumnReader autoplayed = in.column(10);
    r.autoplayed = autoplayed.getBoolean();
    autoplayed.consume();
    r.supplemental = binary(11);
    return true;
  }

  private int integer(int column) {
    ColumnReader c = in.column(column);
    int v = c.getInteger();
    c.consume();
    return v;
  }

  private long int64(int column) {
    ColumnReader c = in.column(column);
    long v = c.getLong();
    c.consume();
    return v;
  }

  private Binary binary(int column) {
    ColumnReader c = in.column(column);
    Binary v = c.getBinary();
    c.consume();
    return v;
  }

  @Override
  public TypedViewsReader.Row row() {
    return row;
  }

  @Override
  public InputException error(String column, String expected, String found) {
    return new InputException(in.file() + ": row " + in.row() + ", column " + column
        + ": expected " + expected + ", found " + found);
  }

  @Override
  public long bytesRead() {
    return bytesDone;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
