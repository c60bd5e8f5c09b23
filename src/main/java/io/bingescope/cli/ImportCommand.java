package io.bingescope.cli;

import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.Manifest;
import io.bingescope.io.netflix.ImportReport;
import io.bingescope.io.run.ImportWriter;
import io.bingescope.io.run.NetflixExport;
import io.bingescope.io.run.StoredInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Converts a member's own Netflix export into bingescope's output layout. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Converts your own Netflix export into bingescope's layout.",
      "",
      "Writes views.csv, titles.csv and manifest.json (no members.csv: an export has no ground",
      "truth).",
      "",
      "FILE is the full archive's CONTENT_INTERACTION/ViewingActivity.csv, the simple",
      "NetflixViewingHistory.csv, the unzipped archive folder, or the archive's .zip. Malformed",
      "rows are skipped and listed with their line and reason (--strict: the first stops with",
      "exit code 2).",
      "Nothing leaves your machine. Rules and assumptions: docs/netflix-export.md.",
      "",
      "Examples:",
      "  bingescope import netflix-report.zip -o mine",
      "  bingescope import ViewingActivity.csv --zone Europe/Berlin -o mine --force",
      "  bingescope import NetflixViewingHistory.csv --date-format D/M/YY -o mine --force"
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "A Netflix export.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output directory.")
  Path output;

  @CommandLine.Mixin ImportOptions importOptions;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @Option(names = "--force",
      description = "Replaces DIR if it is a bingescope output (its manifest.json lists every file).")
  boolean force;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on the terminal (skipped rows are still listed).")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    StoredInput in = StoredInput.resolve(input, importOptions.settings());
    if (!(in instanceof NetflixExport export)) {
      throw new UserException(input + ": already in bingescope's layout (a simulate or import"
          + " output); expected a Netflix export (ViewingActivity.csv, NetflixViewingHistory.csv,"
          + " the archive's folder or .zip)");
    }
    ImportReport report = export.report();
    for (ImportReport.Problem p : report.problems()) {
      err.println("bingescope: " + report.message(p));
    }
    err.flush();
    Manifest manifest;
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force, input, in.views())) {
      manifest = ImportWriter.write(export, dir, Main.version(), spreadsheetSafe.style());
      dir.commit();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!quiet) {
      for (String line : report.summary()) {
        out.println(line);
      }
      for (String note : export.assumptions()) {
        out.println("  " + note);
      }
      out.printf(Locale.ROOT, "wrote %s (views.csv, titles.csv, manifest.json): %,d views,"
          + " %,d titles, profiles %s, %s..%s%n", output, manifest.views(), export.catalog().size(),
          String.join(", ", export.profiles()), manifest.periodStart(), manifest.periodEnd());
    }
    out.flush();
    return 0;
  }
}
