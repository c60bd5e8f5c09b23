package io.bingescope.io;

import static io.bingescope.model.ColumnType.DATE;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.STRING;

import io.bingescope.model.Column;
import io.bingescope.model.Need;
import io.bingescope.model.Schema;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.util.function.Function;

/**
 * The columns of the titles file, one row per title of the catalog, in file order: the one
 * declaration of their names, types and values, which {@link RowWriter} writes and the titles
 * reader checks headers against. Definitions in docs/output-format.md#titles.
 */
public enum TitlesColumn implements Column.Declared {
  TITLE_ID(Column.of("title_id", INT), Title::id),
  TITLE(Column.of("title", STRING), Title::name),
  KIND(Column.of("kind", STRING), t -> t.kind().name()),
  SERIES(Column.of("series", STRING).asOptional(), t -> film(t) ? null : t.series()),
  SEASON(Column.of("season", INT).asOptional(), t -> film(t) ? null : t.season()),
  EPISODE(Column.of("episode", INT).asOptional(), t -> film(t) ? null : t.episode()),
  RUNTIME_S(Column.of("runtime_s", INT).unit("s"), Title::runtimeS),
  RELEASE_DATE(Column.of("release_date", DATE).needs(Need.RELEASE_DATES), Title::releaseDate),
  GENRES(Column.listOf("genres", STRING), Title::genres),
  TAGS(Column.listOf("tags", STRING), Title::tags);

  /** The columns of the titles file, in order. */
  public static final Schema SCHEMA = Schema.of(TitlesColumn.class);

  private final Column column;
  private final Function<Title, Object> value;

  TitlesColumn(Column column, Function<Title, Object> value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /** Returns the title's values of every column, in order. */
  public static Object[] values(Title t) {
    return Schema.row(values(), c -> c.value.apply(t));
  }


  private static boolean film(Title t) {
    return t.kind() == TitleKind.FILM;
  }
}
