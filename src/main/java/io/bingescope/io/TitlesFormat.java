package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.Title;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The titles file: one row per title of the catalog, in id order, the columns of {@link
 * TitlesColumn} written by the generic {@link RowWriter}.
 */
public final class TitlesFormat implements TitlesWriter {
  /** The column names, in order. */
  public static final List<String> COLUMNS = TitlesColumn.SCHEMA.names();

  private static final int FLUSH_AT = 1 << 16;

  private final String fileName;
  private final RowWriter rows;
  private final Catalog catalog;

  /** Creates the titles file of {@code catalog}. */
  public TitlesFormat(RowSyntax syntax, Catalog catalog) {
    this.fileName = "titles." + syntax.extension();
    this.rows = new RowWriter(syntax, TitlesColumn.SCHEMA);
    this.catalog = catalog;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public long write(OutputStream out) throws IOException {
    ByteBuf buf = new ByteBuf(FLUSH_AT + 4096);
    buf.append(rows.header());
    for (Title t : catalog.titles()) {
      rows.append(TitlesColumn.values(t), buf);
      if (buf.size() >= FLUSH_AT) {
        buf.writeTo(out);
        buf.reset();
      }
    }
    buf.writeTo(out);
    return catalog.size();
  }
}
