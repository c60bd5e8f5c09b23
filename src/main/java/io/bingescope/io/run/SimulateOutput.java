package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.model.Catalog;
import io.bingescope.model.Observed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stored run of {@code simulate}: a {@code views.csv} with its {@code titles.csv} beside it (and
 * a {@code manifest.json}, if there is one). A directory written by {@code import} is one too; its
 * manifest's scenario ({@code netflix:...}) says what the export recorded.
 *
 * @param views the views file
 * @param titles the titles file beside it
 * @param manifest the manifest beside it, when there is one
 */
public record SimulateOutput(Path views, Path titles, Optional<Manifest> manifest)
    implements StoredInput {

  private static final String VIEWS = "views.csv";
  private static final String TITLES = "titles.csv";

  /** Returns the views file of a simulate output directory, or null when it has none. */
  static Path viewsIn(Path dir) throws InputException {
    Path views = dir.resolve(VIEWS);
    if (Files.isRegularFile(views)) {
      return views;
    }
    return null;
  }

  @Override
  public Optional<Path> members() {
    Path members = views.toAbsolutePath().getParent().resolve("members.csv");
    return Files.isRegularFile(members) ? Optional.of(members) : Optional.empty();
  }

  /**
   * Resolves a views file into the files to read.
   *
   * @throws InputException if it has no titles.csv beside it, or its manifest is malformed
   */
  static SimulateOutput of(Path views) throws InputException {
    Path dir = views.toAbsolutePath().getParent();
    Path titles = dir.resolve(TITLES);
    if (!Files.isRegularFile(titles)) {
      throw new InputException(
          views + ": expected titles.csv beside it (" + titles + "), found none; the views' title"
              + " ids refer to it");
    }
    Optional<Manifest> manifest = ManifestCheck.readIn(dir);
    return new SimulateOutput(views, titles, manifest);
  }

  @Override
  public Observed observed() {
    String scenario = manifest.map(Manifest::scenario).orElse("");
    if (scenario.equals(NetflixExport.SIMPLE_SCENARIO)) {
      return Observed.DATES_ONLY;
    }
    return scenario.equals(NetflixExport.ACTIVITY_SCENARIO) ? Observed.NETFLIX_ACTIVITY
        : Observed.EVERYTHING;
  }

  /** Reads the catalog from the titles file. */
  @Override
  public Catalog catalog() throws IOException, InputException {
    return TitlesReader.read(titles);
  }

  /** Opens the views file against a catalog read by {@link #catalog()}. */
  @Override
  public ViewsReader open(Catalog catalog) throws IOException, InputException {
    ViewsReader reader = ViewsReader.open(views, catalog);
    // The manifest's views count is checked as the file is read: counting first would be a pass more.
    if (manifest.isPresent() && views.getFileName().toString().equals(VIEWS)) {
      reader.expectViews(manifest.get().views(), Manifest.FILE_NAME);
    }
    return reader;
  }
}
