package io.bingescope.io;

import static io.bingescope.model.ColumnType.BOOLEAN;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.STRING;
import static io.bingescope.model.ColumnType.TIMESTAMP_LOCAL;
import static io.bingescope.model.ColumnType.TIMESTAMP_UTC;
import static io.bingescope.model.Need.DURATIONS;
import static io.bingescope.model.Need.TIMES_OF_DAY;

import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Schema;
import io.bingescope.model.Vocabulary;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * The columns of the views file ({@code views.csv}, {@code views.jsonl}), one row per view, in
 * file order: the one declaration of their names and types. The hot writer ({@link ViewsFormat})
 * takes its header from {@link #SCHEMA}; {@link #value} is the plain reading of each field, which
 * {@link RowWriter} writes and a test holds the hot writer to. Definitions in
 * docs/output-format.md#views. On an import that lacks times of day or durations, the columns that
 * need them hold the import's stand-ins ({@code manifest.json}'s {@code observed}).
 */
public enum ViewsColumn implements Column.Declared {
  MEMBER_ID(Column.of("member_id", INT), v -> v.history().memberId()),
  PROFILE(Column.of("profile", STRING),
      v -> v.traits().profiles().get(v.history().profile(v.index())).name()),
  TITLE_ID(Column.of("title_id", INT), v -> v.history().title(v.index())),
  TITLE(Column.of("title", STRING), v -> v.catalog().title(v.history().title(v.index())).name()),
  START_UTC(Column.of("start_utc", TIMESTAMP_UTC).needs(TIMES_OF_DAY),
      v -> Instant.ofEpochSecond(v.history().startUtc(v.index()))),
  START_LOCAL(Column.of("start_local", TIMESTAMP_LOCAL).needs(TIMES_OF_DAY),
      v -> LocalDateTime.ofEpochSecond(v.history().startLocal(v.index()), 0, ZoneOffset.UTC)),
  TIME_ZONE(Column.of("time_zone", STRING),
      v -> v.vocabulary().zones().get(v.history().zone(v.index()))),
  DURATION_S(Column.of("duration_s", INT).unit("s").needs(DURATIONS),
      v -> v.history().durationS(v.index())),
  DEVICE(Column.of("device", STRING),
      v -> v.vocabulary().devices().get(v.history().device(v.index()))),
  COUNTRY(Column.of("country", STRING),
      v -> v.vocabulary().countries().get(v.history().country(v.index()))),
  AUTOPLAYED(Column.of("autoplayed", BOOLEAN), v -> v.history().autoplayed(v.index())),
  SUPPLEMENTAL(Column.of("supplemental", STRING),
      v -> v.history().supplemental(v.index()).label());

  /** The columns of the views file, in order. */
  public static final Schema SCHEMA = Schema.of(ViewsColumn.class);

  /**
   * One view to read fields of: the {@code index}-th of a member's history, with what names its
   * titles, zones, devices, countries and profiles. Made only by the plain path, never per view on
   * the hot one.
   */
  public record View(
      Catalog catalog, Vocabulary vocabulary, MemberTraits traits, History history, int index) {}

  private final Column column;
  private final Function<View, Object> value;

  ViewsColumn(Column column, Function<View, Object> value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /** Returns the view's value of this column, typed as {@link RowWriter} expects. */
  public Object value(View view) {
    return value.apply(view);
  }

  /** Returns the view's values of every column, in order. */
  public static Object[] values(View view) {
    return Schema.row(values(), c -> c.value(view));
  }

}
