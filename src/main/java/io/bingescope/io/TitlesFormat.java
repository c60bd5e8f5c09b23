package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The titles file: one row per title of the catalog, in id order. */
public final class TitlesFormat implements TitlesWriter {
  public static final List<String> COLUMNS =
      List.of(
          "title_id",
          "title",
          "kind",
          "series",
          "season",
          "episode",
          "runtime_s",
          "release_date",
          "genres",
          "tags");
  private static final int FLUSH_AT = 1 << 16;

  private final String fileName;
  private final RowSyntax syntax;
  private final Columns columns;
  private final Catalog catalog;
  // Encoded when the layout is built so that a bad list item fails before the run, not after it.
  private final byte[][] genres;
  private final byte[][] tags;

  public TitlesFormat(RowSyntax syntax, Catalog catalog) {
    this.fileName = "titles." + syntax.extension();
    this.syntax = syntax;
    this.columns = new Columns(syntax, COLUMNS);
    this.catalog = catalog;
    this.genres = new byte[catalog.size()][];
    this.tags = new byte[catalog.size()][];
    for (Title t : catalog.titles()) {
      genres[t.id()] = syntax.list(t.genres());
      tags[t.id()] = syntax.list(t.tags());
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public long write(OutputStream out) throws IOException {
    ByteBuf buf = new ByteBuf(FLUSH_AT + 4096);
    buf.append(columns.header());
    for (Title t : catalog.titles()) {
      boolean film = t.kind() == TitleKind.FILM;
      Columns.Row row = columns.row(buf);
      row.next().appendInt(t.id());
      row.next().append(syntax.string(t.name()));
      row.next().append(syntax.string(t.kind().name()));
      row.next().append(film ? syntax.absent() : syntax.string(t.series()));
      optionalInt(row.next(), film, t.season());
      optionalInt(row.next(), film, t.episode());
      row.next().appendInt(t.runtimeS());
      row.next().append(syntax.string(t.releaseDate().toString()));
      row.next().append(genres[t.id()]);
      row.next().append(tags[t.id()]);
      row.end();
      if (buf.size() >= FLUSH_AT) {
        buf.writeTo(out);
        buf.reset();
      }
    }
    buf.writeTo(out);
    return catalog.size();
  }

  private void optionalInt(ByteBuf out, boolean absent, int value) {
    if (absent) {
      out.append(syntax.absent());
    } else {
      out.appendInt(value);
    }
  }
}
