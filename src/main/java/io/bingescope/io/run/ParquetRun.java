package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.ParquetSink;
import io.bingescope.model.Catalog;
import io.bingescope.model.TitleKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * A stored run of {@code simulate --format parquet}: {@code titles.parquet} and the views files
 * {@code views-NNNNN.parquet} in one directory, with the manifest that lists them when there is
 * one (without it, every {@code views-*.parquet} there, in name order).
 *
 * @param dir the run's directory
 * @param viewsFiles the views files, in member order
 * @param manifest the manifest, when there is one
 */
public record ParquetRun(Path dir, List<Path> viewsFiles, Optional<Manifest> manifest)
    implements StoredInput {

  /** Returns whether {@code dir} holds a Parquet run (its titles file). */
  static boolean isIn(Path dir) {
    return Files.isRegularFile(dir.resolve(ParquetSink.TITLES_FILE));
  }

  /**
   * Resolves a Parquet run's directory.
   *
   * @throws InputException if its manifest is malformed or names a missing file
   */
  static ParquetRun of(Path dir) throws IOException, InputException {
    Optional<Manifest> manifest = ManifestCheck.readIn(dir);
    List<Path> views = new ArrayList<>();
    if (manifest.isPresent()) {
      for (Manifest.FileEntry f : manifest.get().files()) {
        if (f.name().startsWith("views-") && f.name().endsWith(".parquet")) {
          views.add(dir.resolve(f.name()));
        }
      }
    } else {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "views-*.parquet")) {
        files.forEach(views::add);
      }
      views.sort(null);
    }
    return new ParquetRun(dir, List.copyOf(views), manifest);
  }

  /** Returns the run's directory: its views are several files. */
  @Override
  public Path views() {
    return dir;
  }

  @Override
  public Catalog catalog() throws IOException, InputException {
    Path file = dir.resolve(ParquetSink.TITLES_FILE);
    List<TitlesReader.Row> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = new GroupReader(new LocalInputFile(file)).build()) {
      Group g;
      while ((g = reader.read()) != null) {
        long line = rows.size() + 1L;
        int id = g.getInteger("title_id", 0);
        if (id != rows.size()) {
          throw new InputException(file + ": row " + line + ", column title_id: expected title id "
              + rows.size() + " (ids are the rows' positions from 0), found " + id);
        }
        TitleKind kind;
        try {
          kind = TitleKind.valueOf(g.getString("kind", 0));
        } catch (IllegalArgumentException e) {
          throw new InputException(file + ": row " + line + ", column kind: expected FILM or"
              + " EPISODE, found '" + g.getString("kind", 0) + "'");
        }
        boolean hasSeries = g.getFieldRepetitionCount("series") > 0;
        if (hasSeries != (kind == TitleKind.EPISODE)
            || hasSeries != (g.getFieldRepetitionCount("season") > 0)
            || hasSeries != (g.getFieldRepetitionCount("episode") > 0)) {
          throw new InputException(file + ": row " + line + ": expected a series, season and"
              + " episode for an episode and none for a film");
        }
        int runtime = g.getInteger("runtime_s", 0);
        if (runtime <= 0) {
          throw new InputException(file + ": row " + line + ", column runtime_s: expected a"
              + " positive runtime in seconds, found " + runtime);
        }
        rows.add(new TitlesReader.Row(id, g.getString("title", 0), kind,
            hasSeries ? g.getString("series", 0) : "", hasSeries ? g.getInteger("season", 0) : 0,
            hasSeries ? g.getInteger("episode", 0) : 0, runtime,
            LocalDate.ofEpochDay(g.getInteger("release_date", 0)), strings(g, "genres"),
            strings(g, "tags"), line));
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file (a titles.parquet must be beside the views)");
    } catch (RuntimeException e) {
      throw new InputException(file + ": not a titles file of simulate --format parquet: "
          + e.getMessage(), e);
    }
    return TitlesReader.build(file.toString(), rows);
  }

  private static List<String> strings(Group g, String field) {
    Group list = g.getGroup(field, 0);
    int n = list.getFieldRepetitionCount("list");
    List<String> values = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      values.add(list.getGroup("list", k).getString("element", 0));
    }
    return values;
  }

  @Override
  public MemberSource open(Catalog catalog) {
    return new TypedViewsReader(new ParquetViewRows(viewsFiles), dir.toString(), catalog,
        manifest.map(Manifest::views).orElse(-1L), Manifest.FILE_NAME);
  }

  /** Reads a small file (the titles) as records. */
  private static final class GroupReader extends ParquetReader.Builder<Group> {
    GroupReader(InputFile file) {
      super(file, new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
