package io.bingescope.io;

import io.bingescope.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command's stored input is: a {@code simulate} output directory, or a {@code views.csv}
 * with its {@code titles.csv} beside it (and a {@code manifest.json}, if there is one).
 *
 * @param views the views file
 * @param titles the titles file beside it
 * @param manifest the manifest beside it, when there is one
 */
public record StoredInput(Path views, Path titles, Optional<Manifest> manifest) {

  private static final String VIEWS = "views.csv";
  private static final String TITLES = "titles.csv";

  /**
   * Resolves a directory or a views file into the files to read.
   *
   * @throws InputException if the path does not exist, holds no views.csv (or only JSONL, which
   *     cannot be read yet), has no titles.csv beside it, or its manifest is malformed
   */
  public static StoredInput resolve(Path input) throws InputException {
    Path views;
    if (Files.isDirectory(input)) {
      views = input.resolve(VIEWS);
      if (!Files.isRegularFile(views)) {
        if (Files.isRegularFile(input.resolve("views.jsonl"))) {
          throw new InputException(
              input + ": holds JSONL output (views.jsonl), which cannot be read yet; simulate"
                  + " with --format csv (the default)");
        }
        throw new InputException(
            input + ": expected a simulate output directory holding views.csv, found none");
      }
    } else if (Files.isRegularFile(input)) {
      if (input.getFileName().toString().endsWith(".jsonl")) {
        throw new InputException(
            input + ": JSONL views cannot be read yet; simulate with --format csv (the default)");
      }
      views = input;
    } else {
      throw new InputException(
          input + ": no such file or directory (expected a simulate output directory or a"
              + " views.csv)");
    }
    Path dir = views.toAbsolutePath().getParent();
    Path titles = dir.resolve(TITLES);
    if (!Files.isRegularFile(titles)) {
      throw new InputException(
          views + ": expected titles.csv beside it (" + titles + "), found none; the views' title"
              + " ids refer to it");
    }
    Path manifestFile = dir.resolve(Manifest.FILE_NAME);
    Optional<Manifest> manifest = Optional.empty();
    if (Files.isRegularFile(manifestFile)) {
      try (InputStream in = Files.newInputStream(manifestFile)) {
        manifest = Optional.of(Manifest.read(in));
      } catch (IOException e) {
        throw new InputException(manifestFile + ": not a readable manifest: " + e.getMessage(), e);
      }
    }
    return new StoredInput(views, titles, manifest);
  }

  /**
   * Returns the ground truth beside the views ({@code members.csv} of {@code simulate}), when there
   * is one: only simulated runs have it.
   */
  public Optional<Path> members() {
    Path members = views.toAbsolutePath().getParent().resolve("members.csv");
    return Files.isRegularFile(members) ? Optional.of(members) : Optional.empty();
  }

  /** Reads the catalog from the titles file. */
  public Catalog catalog() throws IOException, InputException {
    return TitlesReader.read(titles);
  }

  /** Opens the views file against a catalog read by {@link #catalog()}. */
  public ViewsReader open(Catalog catalog) throws IOException, InputException {
    return ViewsReader.open(views, catalog);
  }
}
