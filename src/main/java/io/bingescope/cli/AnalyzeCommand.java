package io.bingescope.cli;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.analytics.PopulationSummary;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.report.MetricsCsv;
import io.bingescope.report.SummaryJson;
import io.bingescope.report.SummaryTable;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Computes every member's metrics from stored views, and the population's summary. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes each member's metrics (docs/metrics.md) from stored views and summarises the population.",
      "",
      "INPUT is a simulate output directory, a views.csv with titles.csv beside it, or your own Netflix",
      "export (ViewingActivity.csv, NetflixViewingHistory.csv, the archive's folder or .zip; see",
      "docs/netflix-export.md: skipped rows and assumptions are printed on standard error). Writes metrics.csv",
      "(one row per member) and summary.json into DIR, which appears only when complete, and prints the",
      "summary. Per-day figures use the period of manifest.json, or without one the first to last local",
      "day of the views. --by profile also writes metrics-by-profile.csv: the same figures for each profile",
      "that watched, from its own views, with its name after the id (an export is a household).",
      "",
      "Examples:",
      "  bingescope analyze out -o out-metrics",
      "  bingescope analyze big/views.csv --level completer --sitting-gap-min 15 -o big-metrics --force",
      "  bingescope analyze netflix-report.zip --zone Europe/Berlin -o my-metrics"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "A simulate output directory, a views.csv, or a Netflix export.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path output;

  @CommandLine.Mixin MetricOptionsMixin metricOptions;

  @CommandLine.Mixin ImportOptions importOptions;

  @Option(names = "--force",
      description = "Replaces DIR if it is a bingescope output (its manifest.json lists every file).")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "No summary on the terminal.")
  boolean quiet;

  @CommandLine.Mixin ByProfile byProfile;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    MetricOptions options = metricOptions.toOptions();
    StoredInput in = importOptions.resolve(input, spec.commandLine().getErr());
    Catalog catalog = in.catalog();
    StoredMembers.Period period = StoredMembers.period(in, catalog);
    PopulationSummary summary = new PopulationSummary();
    MemberMetrics metrics = new MemberMetrics(options);
    long views;
    long bytes;
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force, Outputs.inputs(input, in))) {
      if (spreadsheetSafe.on) {
        dir.markSpreadsheetSafe();
      }
      boolean perProfile = byProfile.perProfile();
      try (OutputStream out =
              new BufferedOutputStream(Files.newOutputStream(dir.resolve(MetricsCsv.FILE_NAME)));
          OutputStream profileOut = perProfile
              ? new BufferedOutputStream(Files.newOutputStream(dir.resolve(MetricsCsv.BY_PROFILE_FILE_NAME)))
              : OutputStream.nullOutputStream()) {
        MetricsCsv csv = new MetricsCsv(out, catalog, in.observed(), spreadsheetSafe.style());
        csv.writeHeader();
        MetricsCsv profileCsv = new MetricsCsv(profileOut, catalog, in.observed(), spreadsheetSafe.style());
        profileCsv.writeProfileHeader();
        History scratch = new History();
        StoredMembers.Totals totals =
            StoredMembers.forEach(in, catalog, (h, profiles) -> {
              MemberMetrics m = metrics.compute(h, catalog, period.first(), period.last());
              csv.append(m, h);
              summary.add(m);
              for (int p = 0; perProfile && p < h.profileBound(); p++) {
                if (ByProfile.keep(h, p, scratch).size() > 0) {
                  profileCsv.append(metrics.compute(scratch, catalog, period.first(), period.last()), scratch,
                      p < profiles.size() ? profiles.get(p) : "");
                }
              }
            });
        csv.flush();
        profileCsv.flush();
        views = totals.views();
        bytes = totals.bytes();
      }
      Map<String, Object> about =
          about(in.views().toString(), period.first(), period.last(), period.source(), options,
              views);
      try (OutputStream out = Files.newOutputStream(dir.resolve(SummaryJson.FILE_NAME))) {
        SummaryJson.write(out, about, summary, in.observed());
      }
      dir.commit();
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      double elapsed = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s: %,d members, %,d views, period %s..%s (%s), level %s%n%n",
          in.views(), summary.members(), views, period.first(), period.last(),
          period.source().equals("manifest") ? "from manifest.json" : "first to last day of the views",
          options.level().name().toLowerCase(Locale.ROOT));
      out.print(SummaryTable.render(summary, in.observed()));
      out.printf(
          Locale.ROOT, "%nwrote %s (metrics.csv, %ssummary.json) in %.1f s, read %.0f MB/s%n",
          output, byProfile.perProfile() ? MetricsCsv.BY_PROFILE_FILE_NAME + ", " : "", elapsed,
          bytes / 1e6 / elapsed);
      out.flush();
    }
    return 0;
  }

  /** Returns the header fields of summary.json, shared by analyze and simulate --analyze-only. */
  static Map<String, Object> about(
      String input, LocalDate first, LocalDate last, String periodSource, MetricOptions options, long views) {
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("tool", "bingescope");
    about.put("tool_version", Main.version());
    about.put("input", input);
    about.put("period_start", first.toString());
    about.put("period_end", last.toString());
    about.put("period_source", periodSource);
    about.put("level", options.level().name().toLowerCase(Locale.ROOT));
    about.put("sitting_gap_s", options.sittingGapS());
    about.put("binge_episodes", options.bingeEpisodes());
    about.put("window_days", options.windowDays());
    about.put("views", views);
    return about;
  }
}
