package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.TitlesFormat;
import io.bingescope.model.Catalog;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a {@link Catalog} from a {@code titles.csv}: films, and series (in order of first
 * appearance) with their episodes ordered by season and episode number. Title ids must be the rows'
 * positions from 0, as {@code simulate} writes them.
 */
public final class TitlesReader {
  private static final int TITLE_ID = 0;
  private static final int NAME = 1;
  private static final int KIND = 2;
  private static final int SERIES = 3;
  private static final int SEASON = 4;
  private static final int EPISODE = 5;
  private static final int RUNTIME = 6;
  private static final int RELEASE = 7;
  private static final int GENRES = 8;
  private static final int TAGS = 9;

  private TitlesReader() {}

  /**
   * Reads the catalog of a titles file.
   *
   * @throws InputException if the file is missing or malformed; the message says where
   */
  public static Catalog read(Path file) throws IOException, InputException {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file);
        CsvScanner csv = new CsvScanner(in, name, 1 << 16)) {
      return read(csv);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file (a titles.csv must be beside views.csv)");
    }
  }

  private static Catalog read(CsvScanner csv) throws IOException, InputException {
    Header.check(csv, TitlesFormat.COLUMNS);
    List<Row> rows = new ArrayList<>();
    Map<String, List<Row>> series = new LinkedHashMap<>();
    Fields f = new Fields(csv, TitlesFormat.COLUMNS);
    while (csv.next()) {
      f.check();
      int id = f.integer(TITLE_ID, "a title id");
      if (id != rows.size()) {
        throw f.error(TITLE_ID, "title id " + rows.size() + " (ids are the rows' positions from 0)");
      }
      String kindText = csv.string(KIND);
      TitleKind kind;
      try {
        kind = TitleKind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        throw f.error(KIND, "FILM or EPISODE");
      }
      String seriesName = csv.string(SERIES);
      int season = 0;
      int episode = 0;
      if (kind == TitleKind.EPISODE) {
        if (seriesName.isEmpty()) {
          throw f.error(SERIES, "a series name for an episode");
        }
        season = f.integer(SEASON, "a season number");
        episode = f.integer(EPISODE, "an episode number");
      } else if (!seriesName.isEmpty() || csv.length(SEASON) > 0 || csv.length(EPISODE) > 0) {
        throw f.error(SERIES, "empty series, season and episode for a film");
      }
      int runtime = f.integer(RUNTIME, "a runtime in seconds");
      if (runtime <= 0) {
        throw f.error(RUNTIME, "a positive runtime in seconds");
      }
      LocalDate released;
      try {
        released = LocalDate.parse(csv.string(RELEASE));
      } catch (DateTimeException e) {
        throw f.error(RELEASE, "a date yyyy-MM-dd");
      }
      Row row =
          new Row(id, csv.string(NAME), kind, seriesName, season, episode, runtime, released,
              list(csv.string(GENRES)), list(csv.string(TAGS)), csv.line());
      rows.add(row);
      if (kind == TitleKind.EPISODE) {
        series.computeIfAbsent(seriesName, k -> new ArrayList<>()).add(row);
      }
    }
    return build(csv.fileName(), rows, series);
  }

  /**
   * Builds the catalog of titles read elsewhere (a Parquet run's), checked as a CSV's are; a row's
   * line is its row number in {@code file}.
   */
  static Catalog build(String file, List<Row> rows) throws InputException {
    Map<String, List<Row>> series = new java.util.LinkedHashMap<>();
    for (Row r : rows) {
      if (r.kind == TitleKind.EPISODE) {
        series.computeIfAbsent(r.series, k -> new ArrayList<>()).add(r);
      }
    }
    return build(file, rows, series);
  }

  private static Catalog build(String file, List<Row> rows, Map<String, List<Row>> byName)
      throws InputException {
    int[] seriesOf = new int[rows.size()];
    java.util.Arrays.fill(seriesOf, -1);
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byName.entrySet()) {
      int index = series.size();
      List<Row> episodes = new ArrayList<>(e.getValue());
      episodes.sort(Comparator.comparingInt(Row::season).thenComparingInt(Row::episode));
      int[] ids = new int[episodes.size()];
      List<Integer> starts = new ArrayList<>();
      for (int p = 0; p < ids.length; p++) {
        Row r = episodes.get(p);
        if (p > 0) {
          Row prev = episodes.get(p - 1);
          if (prev.season == r.season && prev.episode == r.episode) {
            throw new InputException(
                file + ":" + r.line + ": expected one title per episode, found season " + r.season
                    + " episode " + r.episode + " of '" + e.getKey() + "' again (first on line "
                    + prev.line + ")");
          }
        }
        if (p == 0 || episodes.get(p - 1).season != r.season) {
          starts.add(p);
        }
        ids[p] = r.id;
        seriesOf[r.id] = index;
      }
      starts.add(ids.length);
      series.add(
          new Series(index, e.getKey(), ids, starts.stream().mapToInt(Integer::intValue).toArray()));
    }
    List<Title> titles = new ArrayList<>(rows.size());
    for (Row r : rows) {
      titles.add(
          new Title(r.id, r.name, r.kind, seriesOf[r.id], r.series, r.season, r.episode,
              r.runtimeS, r.released, r.genres, r.tags));
    }
    return new Catalog(titles, series);
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|", -1));
  }

  /** One title as read, before the catalog links episodes to their series. */
  record Row(
      int id,
      String name,
      TitleKind kind,
      String series,
      int season,
      int episode,
      int runtimeS,
      LocalDate released,
      List<String> genres,
      List<String> tags,
      long line) {}
}
