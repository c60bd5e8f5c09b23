package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.netflix.ExportLocator;
import io.bingescope.io.netflix.ImportSettings;
import io.bingescope.model.Catalog;
import io.bingescope.model.Observed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A command's input, whatever it is: a stored run of {@code simulate} (its directory or its {@code
 * views.csv}; a JSONL run's directory or its {@code views.jsonl}; a Parquet run's directory or one
 * of its files), or a member's own Netflix export (the full archive's {@code ViewingActivity.csv},
 * the simple {@code NetflixViewingHistory.csv}, the unzipped archive folder, or the archive's
 * {@code .zip}). {@link #resolve(Path, ImportSettings)} detects which; every command then reads the
 * catalog and the members the same way, through a {@link MemberSource}.
 */
public interface StoredInput {

  /** Detects and resolves an input with the default import settings. */
  static StoredInput resolve(Path input) throws IOException, InputException {
    return resolve(input, ImportSettings.DEFAULTS);
  }

  /**
   * Detects what an input is and resolves it. A Netflix export is read and checked here, whole
   * (it is small): its notes and skipped rows are known when this returns.
   *
   * @throws InputException if the path does not exist, is neither a stored run nor a Netflix
   *     export, or (a Netflix export) is malformed beyond skipping rows
   */
  static StoredInput resolve(Path input, ImportSettings settings)
      throws IOException, InputException {
    if (Files.isDirectory(input) && ParquetRun.isIn(input)) {
      return ParquetRun.of(input);
    }
    if (Files.isDirectory(input)) {
      Path views = SimulateOutput.viewsIn(input);
      if (views != null) {
        return SimulateOutput.of(views);
      }
      if (Files.isRegularFile(input.resolve(JsonlRun.VIEWS))) {
        return JsonlRun.of(input.resolve(JsonlRun.VIEWS));
      }
      Path export = ExportLocator.inDirectory(input);
      if (export == null) {
        throw new InputException(input + ": expected a simulate output directory holding views.csv,"
            + " or an unzipped Netflix export holding " + ExportLocator.ACTIVITY_DIR + "/"
            + ExportLocator.ACTIVITY + " or " + ExportLocator.SIMPLE + ", found none");
      }
      return NetflixExport.read(export, ExportLocator.read(export), settings);
    }
    if (!Files.isRegularFile(input)) {
      throw new InputException(input + ": no such file or directory (expected a simulate output"
          + " directory, a views.csv, or a Netflix export: ViewingActivity.csv,"
          + " NetflixViewingHistory.csv, the archive's folder or .zip)");
    }
    String name = input.getFileName().toString();
    if (name.endsWith(".parquet") && ParquetRun.isIn(input.toAbsolutePath().getParent())) {
      return ParquetRun.of(input.toAbsolutePath().getParent());
    }
    if (name.endsWith(".jsonl")) {
      return JsonlRun.of(input);
    }
    if (ExportLocator.isZip(input)) {
      return NetflixExport.read(input, ExportLocator.readZip(input), settings);
    }
    if (name.equals("views.csv") || startsLikeViews(input)) {
      return SimulateOutput.of(input);
    }
    return NetflixExport.read(input, ExportLocator.read(input), settings);
  }

  private static boolean startsLikeViews(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(16), java.nio.charset.StandardCharsets.UTF_8);
      return head.startsWith("member_id,") || head.startsWith("\uFEFFmember_id,");
    }
  }

  /** Returns the file the views come from, for messages (for a zip, the zip). */
  Path views();

  /** Returns the manifest of a stored run, when it has one; an export has none. */
  Optional<Manifest> manifest();

  /**
   * Returns the ground truth beside the views ({@code members.csv} of {@code simulate}), when there
   * is one: only simulated runs have it.
   */
  default Optional<Path> members() {
    return Optional.empty();
  }

  /** Reads the catalog the views' title ids refer to. */
  Catalog catalog() throws IOException, InputException;

  /** Opens the members against the catalog {@link #catalog()} returned. */
  MemberSource open(Catalog catalog) throws IOException, InputException;

  /** Returns what the input records of each view: figures needing what it lacks are unavailable. */
  default Observed observed() {
    return Observed.EVERYTHING;
  }

  /**
   * Returns what the user should know about how the input was read: the assumptions made (time
   * zones, date order, estimated runtimes), the rows read, imported and skipped, and each skipped
   * row with its line and reason. Empty for a stored run.
   */
  default List<String> notes() {
    return List.of();
  }
}
