package io.bingescope.io.run;

import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.ByteBuf;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.DigestingOutputStream;
import io.bingescope.io.Layout;
import io.bingescope.io.Manifest;
import io.bingescope.io.RecordFormat;
import io.bingescope.io.Tool;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an imported Netflix export in bingescope's own layout (docs/output-format.md): {@code
 * views.csv} (one member, id 0), {@code titles.csv} (the synthetic catalog) and {@code
 * manifest.json} whose scenario names the export's kind ({@link NetflixExport#ACTIVITY_SCENARIO}
 * or {@link NetflixExport#SIMPLE_SCENARIO}) and whose {@code scenario_sha256} is the export file's
 * hash. There is no {@code members.csv}: an export has no ground truth.
 */
public final class ImportWriter {
  private ImportWriter() {}

  /**
   * Writes the files into {@code dir} (not committed), their text fields spelled in {@code style},
   * and returns the manifest written.
   */
  public static Manifest write(NetflixExport export, AtomicOutputDir dir, String toolVersion,
      CsvStyle style) throws IOException {
    History h = export.history();
    Layout layout = OutputFormat.CSV.layout(export.catalog(), export.vocabulary(), style);
    List<Manifest.FileEntry> files = new ArrayList<>();
    DigestingOutputStream titles = DigestingOutputStream.create(dir.resolve(layout.titles()
        .fileName()));
    long titleRows;
    try (titles) {
      titleRows = layout.titles().write(titles);
    }
    files.add(titles.entry(titleRows));
    RecordFormat viewsFormat = layout.views();
    ByteBuf rows = new ByteBuf(1 << 16);
    int viewRows = viewsFormat.append(traits(export), h, rows);
    DigestingOutputStream views = DigestingOutputStream.create(dir.resolve(viewsFormat.fileName()));
    try (views) {
      views.write(viewsFormat.header());
      rows.writeTo(views);
    }
    files.add(views.entry(viewRows));
    long firstDay = Long.MAX_VALUE;
    long lastDay = Long.MIN_VALUE;
    for (int i = 0; i < h.size(); i++) {
      long day = h.localDay(i);
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    }
    Manifest manifest = new Manifest(Tool.NAME, toolVersion, Tool.tzdataVersion(), Manifest.SCHEMA_VERSION,
        export.scenario(), export.sha256(), 0, LocalDate.ofEpochDay(firstDay).toString(),
        LocalDate.ofEpochDay(lastDay).toString(), 0, 1, viewRows, files,
        style == CsvStyle.SPREADSHEET_SAFE);
    try (OutputStream out = Files.newOutputStream(dir.resolve(Manifest.FILE_NAME))) {
      manifest.write(out);
    }
    return manifest;
  }

  /** Returns the member's traits as far as an export knows them: its profiles' names. */
  private static MemberTraits traits(NetflixExport export) {
    List<MemberTraits.Profile> profiles = new ArrayList<>();
    for (String p : export.profiles()) {
      profiles.add(new MemberTraits.Profile(p, false, 0));
    }
    return new MemberTraits(0, "netflix-export", "", "", profiles,
        new MemberTraits.Household("unknown", 0, 0), new MemberTraits.SleepWindow(0, 0),
        MemberTraits.WorkPattern.NONE, List.of());
  }
}
