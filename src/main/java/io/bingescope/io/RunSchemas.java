package io.bingescope.io;

import static io.bingescope.model.ColumnType.BOOLEAN;
import static io.bingescope.model.ColumnType.DATE;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.STRING;
import static io.bingescope.model.ColumnType.TIMESTAMP_LOCAL;
import static io.bingescope.model.ColumnType.TIMESTAMP_UTC;
import static io.bingescope.model.ColumnType.TIME_OF_DAY;

import io.bingescope.model.Column;
import io.bingescope.model.Schema;

/**
 * The typed columns of a run's three files (views, titles, members), in file order: typed formats
 * (Parquet here, the Spark module's DataFrames) take their schema from here, and a test keeps the
 * names equal to the text formats' headers.
 */
public final class RunSchemas {
  /** One row per view. */
  public static final Schema VIEWS = new Schema(java.util.List.of(
      Column.of("member_id", INT),
      Column.of("profile", STRING),
      Column.of("title_id", INT),
      Column.of("title", STRING),
      Column.of("start_utc", TIMESTAMP_UTC),
      Column.of("start_local", TIMESTAMP_LOCAL),
      Column.of("time_zone", STRING),
      Column.of("duration_s", INT).unit("s"),
      Column.of("device", STRING),
      Column.of("country", STRING),
      Column.of("autoplayed", BOOLEAN),
      Column.of("supplemental", STRING)));

  /** One row per title of the catalog, in id order; a film has no series, season or episode. */
  public static final Schema TITLES = new Schema(java.util.List.of(
      Column.of("title_id", INT),
      Column.of("title", STRING),
      Column.of("kind", STRING),
      Column.of("series", STRING).asOptional(),
      Column.of("season", INT).asOptional(),
      Column.of("episode", INT).asOptional(),
      Column.of("runtime_s", INT).unit("s"),
      Column.of("release_date", DATE),
      Column.listOf("genres", STRING),
      Column.listOf("tags", STRING)));

  /** One row per member: the hidden truth; someone who does not work has no work hours. */
  public static final Schema MEMBERS = new Schema(java.util.List.of(
      Column.of("member_id", INT),
      Column.of("persona", STRING),
      Column.of("country", STRING),
      Column.of("home_zone", STRING),
      Column.of("household", STRING),
      Column.of("adults", INT),
      Column.of("kids", INT),
      Column.listOf("profiles", STRING),
      Column.listOf("kids_profiles", STRING),
      Column.listOf("profile_devices", STRING),
      Column.of("sleep_bedtime", TIME_OF_DAY),
      Column.of("sleep_wake", TIME_OF_DAY),
      Column.of("work", STRING),
      Column.of("work_start", TIME_OF_DAY).asOptional(),
      Column.of("work_end", TIME_OF_DAY).asOptional(),
      Column.listOf("work_days", INT),
      Column.listOfRecords("life_events",
          Column.of("kind", STRING), Column.of("start", DATE), Column.of("end", DATE)),
      Column.listOf("profile_favourites", STRING)));

  private RunSchemas() {}
}
