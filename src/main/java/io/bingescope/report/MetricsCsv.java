package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.io.CsvStyle;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code metrics.csv}: one row per member with the figures of {@link MemberMetrics}, in
 * RFC 4180 CSV like the files of {@code simulate}. Sums of time are exact whole seconds; hours and
 * shares have four decimals. A field that does not apply (no streak) is empty.
 */
public final class MetricsCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "member_id",
          "views",
          "viewing_s",
          "viewing_hours",
          "period_s",
          "mean_daily_hours",
          "max_daily_hours",
          "sittings",
          "binge_sittings",
          "longest_sitting_s",
          "window_episodes",
          "window_series",
          "longest_streak_days",
          "streak_title_id",
          "streak_title",
          "streak_end",
          "night_s",
          "night_share",
          "work_s",
          "work_share",
          "binge_races");

  /** The file name in the output directory. */
  public static final String FILE_NAME = "metrics.csv";

  /** The file of {@code analyze --by profile}: the same columns with {@code profile} after the id. */
  public static final String BY_PROFILE_FILE_NAME = "metrics-by-profile.csv";

  private static final int FLUSH_AT = 1 << 16;

  private final OutputStream out;
  private final CsvStyle style;
  private final String[] titleFields;
  private final String[] seriesFields;
  private final StringBuilder row = new StringBuilder(FLUSH_AT + 1024);
  // The columns left empty because the input cannot support them; null when there are none.
  private final boolean[] blank;

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
    this.style = style;
    boolean[] b = new boolean[COLUMNS.size()];
    boolean any = false;
    for (int i = 0; i < b.length; i++) {
      b[i] = Availability.unavailable(COLUMNS.get(i), observed).isPresent();
      any |= b[i];
    }
    this.blank = any ? b : null;
    this.titleFields = new String[catalog.size()];
    for (int i = 0; i < titleFields.length; i++) {
      titleFields[i] = style.field(catalog.title(i).name());
    }
    this.seriesFields = new String[catalog.series().size()];
    for (int i = 0; i < seriesFields.length; i++) {
      seriesFields[i] = style.field(catalog.series().get(i).name());
    }
  }

  /** Writes the header line. */
  public void writeHeader() throws IOException {
    row.append(String.join(",", COLUMNS)).append('\n');
    flushIfFull();
  }

  /** Writes the header line of the rows per profile: {@code profile} after {@code member_id}. */
  public void writeProfileHeader() throws IOException {
    row.append(COLUMNS.get(0)).append(",profile,")
        .append(String.join(",", COLUMNS.subList(1, COLUMNS.size()))).append('\n');
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
    StringBuilder b = row;
    int rowStart = b.length();
    b.append(m.memberId()).append(',');
    b.append(h.size()).append(',');
    b.append(m.viewingSeconds()).append(',');
    Csv.decimal(b, m.viewingHours()).append(',');
    b.append(m.periodSeconds()).append(',');
    Csv.decimal(b, m.meanDailyHours()).append(',');
    Csv.decimal(b, m.maxDailyHours()).append(',');
    b.append(m.sittings()).append(',');
    b.append(m.bingeSittings()).append(',');
    b.append(m.longestSittingS()).append(',');
    b.append(m.windowEpisodes()).append(',');
    if (m.windowSeries() >= 0) {
      b.append(seriesFields[m.windowSeries()]);
    }
    b.append(',');
    b.append(m.longestStreakDays()).append(',');
    if (m.streakTitle() >= 0) {
      b.append(m.streakTitle()).append(',');
      b.append(titleFields[m.streakTitle()]).append(',');
      b.append(LocalDate.ofEpochDay(m.streakEndDay())).append(',');
    } else {
      b.append(",,,");
    }
    b.append(m.nightSeconds()).append(',');
    Csv.decimal(b, m.nightShare()).append(',');
    b.append(m.workSeconds()).append(',');
    Csv.decimal(b, m.workShare()).append(',');
    b.append(m.bingeRaces()).append('\n');
    if (blank != null) {
      blankColumns(rowStart);
    }
    if (profile != null) {
      // After blanking, which counts columns without this one.
      row.insert(rowStart + Integer.toString(m.memberId()).length() + 1, style.field(profile) + ",");
    }
    flushIfFull();
  }

  /** Empties the unavailable columns of the row starting at {@code rowStart}. */
  private void blankColumns(int rowStart) {
    String line = row.substring(rowStart, row.length() - 1);
    StringBuilder kept = new StringBuilder(line.length());
    int column = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        column++;
        kept.append(c);
      } else if (!blank[column]) {
        kept.append(c);
      }
    }
    row.setLength(rowStart);
    row.append(kept).append('\n');
  }

  private void flushIfFull() throws IOException {
    if (row.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes what is buffered to the stream, which is left open. */
  public void flush() throws IOException {
    out.write(row.toString().getBytes(StandardCharsets.UTF_8));
    row.setLength(0);
    out.flush();
  }
}
