package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.netflix.ExportLocator;
import io.bingescope.io.netflix.ImportReport;
import io.bingescope.io.netflix.ImportSettings;
import io.bingescope.io.netflix.NetflixImporter;
import io.bingescope.io.netflix.NetflixImporter.Imported;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's own Netflix export, read whole into memory (an export is a few MB; {@link
 * ExportLocator#MAX_BYTES} caps it): one member, id 0, with its profiles, and a synthetic catalog
 * of the titles it watched. Nothing is sent anywhere: the import path makes no network access.
 */
public final class NetflixExport implements StoredInput {
  /** The manifest scenario of an {@code import} of a full archive's ViewingActivity.csv. */
  public static final String ACTIVITY_SCENARIO = "netflix:ViewingActivity";

  /** The manifest scenario of an {@code import} of the simple NetflixViewingHistory.csv. */
  public static final String SIMPLE_SCENARIO = "netflix:NetflixViewingHistory";

  /** The most skipped rows listed one by one in the notes; the summary counts them all. */
  static final int LISTED_PROBLEMS = 20;

  private final Path path;
  private final Imported imported;

  private NetflixExport(Path path, Imported imported) {
    this.path = path;
    this.imported = imported;
  }

  /** Reads an export's bytes; {@code path} is what the user named (file, folder or zip). */
  static NetflixExport read(Path path, ExportLocator.ExportFile file, ImportSettings settings)
      throws InputException {
    return new NetflixExport(path, NetflixImporter.read(file.name(), file.data(), settings));
  }

  /** Reads an export from bytes, named {@code name} in messages; for tests and fuzzing. */
  public static NetflixExport read(String name, byte[] data, ImportSettings settings)
      throws InputException {
    return new NetflixExport(Path.of("export"), NetflixImporter.read(name, data, settings));
  }

  @Override
  public Path views() {
    return path;
  }

  @Override
  public Optional<Manifest> manifest() {
    return Optional.empty();
  }

  @Override
  public Catalog catalog() {
    return imported.catalog();
  }

  @Override
  public MemberSource open(Catalog catalog) {
    return new Source(imported);
  }

  @Override
  public Observed observed() {
    return imported.observed();
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    ImportReport report = report();
    List<ImportReport.Problem> problems = report.problems();
    for (int i = 0; i < Math.min(problems.size(), LISTED_PROBLEMS); i++) {
      notes.add(report.message(problems.get(i)));
    }
    if (problems.size() > LISTED_PROBLEMS) {
      notes.add("... and " + (problems.size() - LISTED_PROBLEMS) + " more skipped rows");
    }
    notes.addAll(report.summary());
    notes.addAll(imported.notes());
    return notes;
  }

  /** Returns the assumptions made in reading the export (zones, date order, runtimes). */
  public List<String> assumptions() {
    return imported.notes();
  }

  /** Returns rows read, imported and skipped with their reasons. */
  public ImportReport report() {
    return imported.report();
  }

  /** Returns the member's profile names, in order of first view. */
  public List<String> profiles() {
    return imported.profiles();
  }

  /** Returns the zones, countries and devices of the views. */
  public Vocabulary vocabulary() {
    return imported.vocabulary();
  }

  /** Returns the member's history (member 0), in time order. */
  public History history() {
    return imported.history().copy();
  }

  /** Returns the manifest scenario naming this kind of export. */
  public String scenario() {
    return imported.kind() == NetflixImporter.Kind.SIMPLE ? SIMPLE_SCENARIO : ACTIVITY_SCENARIO;
  }

  /** Returns the hex SHA-256 of the export file's bytes. */
  public String sha256() {
    return imported.sha256();
  }

  /** The one member of an export, as a {@link MemberSource}. */
  private static final class Source implements MemberSource {
    private final Imported imported;
    private boolean done;

    Source(Imported imported) {
      this.imported = imported;
    }

    @Override
    public Catalog catalog() {
      return imported.catalog();
    }

    @Override
    public boolean next(History h) {
      if (done) {
        return false;
      }
      done = true;
      History from = imported.history();
      h.reset(from.memberId());
      for (int i = 0; i < from.size(); i++) {
        h.add(from.profile(i), from.title(i), from.startUtc(i), from.offsetS(i),
            from.durationS(i), from.device(i), from.zone(i), from.country(i), from.autoplayed(i),
            from.supplemental(i));
      }
      return true;
    }

    @Override
    public List<String> profiles() {
      return imported.profiles();
    }

    @Override
    public Vocabulary vocabulary() {
      return imported.vocabulary();
    }

    @Override
    public long views() {
      return done ? imported.history().size() : 0;
    }

    @Override
    public long bytesRead() {
      return done ? imported.bytes() : 0;
    }

    @Override
    public void close() {
      // nothing to release: the export is in memory
    }
  }
}
