package io.bingescope.cli;

import io.bingescope.analytics.MetricOptions;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.DigestingOutputStream;
import io.bingescope.io.FileSink;
import io.bingescope.io.Layout;
import io.bingescope.io.Manifest;
import io.bingescope.io.ParquetSink;
import io.bingescope.io.Tool;
import io.bingescope.io.run.OutputFormat;
import io.bingescope.report.MetricsCsv;
import io.bingescope.report.SummaryJson;
import io.bingescope.report.SummaryTable;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioJson;
import io.bingescope.sim.Simulation;
import io.bingescope.sim.World;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Turns a scenario into synthetic viewing histories and the members' hidden truth. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a population's viewing logs and each member's hidden truth.",
      "",
      "Writes views, titles, members and manifest.json into DIR, which appears only when complete. The same",
      "scenario and seed give byte-identical output for any number of threads.",
      "",
      "Examples:",
      "  bingescope simulate tiny -o out",
      "  bingescope simulate christmas-prince-2017 --members 1000000 -o big",
      "  bingescope simulate office-binge-2018 --seed 7 --set catalog.filler.films=500 -o office --force",
      "  bingescope simulate tiny --format netflix -o demo",
      "  bingescope simulate christmas-prince-2017 --members 1000000 --format parquet -o pq"
    })
final class SimulateCommand implements Callable<Integer> {
  @CommandLine.Mixin ScenarioOptions options;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "csv",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class)
  OutputFormat format;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--member",
      paramLabel = "ID",
      description = "Generates only this member, exactly as in the full run.")
  Long member;

  @Option(names = "--force",
      description = "Replaces DIR if it is a bingescope output (its manifest.json lists every file).")
  boolean force;

  @Option(
      names = "--analyze-only",
      description =
          "Analyses each member as it is generated instead of writing views: DIR gets metrics.csv and"
              + " summary.json, the same as 'analyze' on a stored run.")
  boolean analyzeOnly;

  @CommandLine.Mixin MetricOptionsMixin metricOptions;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The most members of a layout with a folder per member (a demo, not a population). */
  static final long MAX_MEMBER_FILES = 100_000;

  /** More threads than this only add overhead on any machine bingescope targets. */
  static final int MAX_THREADS = 256;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Scenario scenario = options.load();
    int threadCount = threads(threads);
    long members = scenario.population().members();
    if (member != null && (member < 0 || member >= members)) {
      throw new UserException(
          "--member must be between 0 and " + (members - 1) + " for this scenario, got " + member);
    }
    long from = member == null ? 0 : member;
    long to = member == null ? members : member + 1;
    PrintWriter err = spec.commandLine().getErr();
    if (spreadsheetSafe.on && (analyzeOnly || format != OutputFormat.CSV)) {
      // JSON is not opened as a spreadsheet, the Netflix layout must look as Netflix writes it, and
      // metrics.csv (of --analyze-only) has no spreadsheet-safe spelling yet.
      throw new UserException("--spreadsheet-safe applies to --format csv without --analyze-only");
    }
    World world = World.of(scenario);
    if (analyzeOnly) {
      return analyze(scenario, world, from, to, threadCount, err, started);
    }
    Layout layout = format.hasLayout()
        ? format.layout(world.catalog(), world.vocabulary(), spreadsheetSafe.style()) : null;
    if (layout != null && layout.viewsPerMember() && to - from > MAX_MEMBER_FILES) {
      throw new UserException("--format " + format.name().toLowerCase(Locale.ROOT) + " writes a"
          + " folder per member, so at most " + MAX_MEMBER_FILES + " members; this run has "
          + (to - from) + " (use --members N or --member ID)");
    }
    Summary summary;
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force, Outputs.scenarioFile(options.scenario))) {
      List<Manifest.FileEntry> files = new ArrayList<>();
      if (layout == null) {
        files.add(ParquetSink.writeTitles(dir, world.catalog()));
        ParquetSink sink = new ParquetSink(dir, world.catalog(), world.vocabulary());
        try (sink;
            ProgressBar bar = new ProgressBar(err, to - from, !quiet)) {
          new Simulation(world, threadCount).run(from, to, sink, bar);
        }
        files.addAll(sink.entries());
        summary = new Summary(to - from, sink.views(), sink.seconds() / 3600.0);
      } else {
        DigestingOutputStream titles = DigestingOutputStream.create(dir.resolve(layout.titles().fileName()));
        long titleRows;
        try (titles) {
          titleRows = layout.titles().write(titles);
        }
        files.add(titles.entry(titleRows));
        FileSink sink = new FileSink(dir, layout);
        try (sink;
            ProgressBar bar = new ProgressBar(err, to - from, !quiet)) {
          new Simulation(world, threadCount).run(from, to, sink, bar);
        }
        files.addAll(sink.entries());
        summary = new Summary(to - from, sink.views(), sink.seconds() / 3600.0);
      }
      Manifest manifest =
          new Manifest(
              Tool.NAME,
              Main.version(),
              Tool.tzdataVersion(),
              Manifest.SCHEMA_VERSION,
              scenario.name(),
              ScenarioJson.sha256(scenario),
              scenario.seed(),
              scenario.period().start().toString(),
              scenario.period().end().toString(),
              from,
              to - from,
              summary.views,
              files,
              spreadsheetSafe.on);
      try (OutputStream m = Files.newOutputStream(dir.resolve(Manifest.FILE_NAME))) {
        manifest.write(m);
      }
      dir.commit();
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      double elapsed = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s: %,d members, %,d views, %,.0f viewing hours, seed %d%n"
              + "wrote %s (%s, %s) in %.1f s%n",
          scenario.name(), summary.members, summary.views, summary.hours, scenario.seed(), output,
          format.name().toLowerCase(Locale.ROOT), "views, titles, members, manifest.json", elapsed);
      out.flush();
    }
    return 0;
  }

  private record Summary(long members, long views, double hours) {}

  /** Runs the simulation fused with the analytics: nothing but metrics.csv and summary.json is written. */
  private int analyze(
      Scenario scenario, World world, long from, long to, int threadCount, PrintWriter err, long started)
      throws Exception {
    MetricOptions options = metricOptions.toOptions();
    LocalDate first = scenario.period().start();
    LocalDate last = scenario.period().end();
    AnalysisSink sink;
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force, Outputs.scenarioFile(this.options.scenario))) {
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(dir.resolve(MetricsCsv.FILE_NAME)), 1 << 16)) {
        MetricsCsv header = new MetricsCsv(out, world.catalog());
        header.writeHeader();
        header.flush();
        sink = new AnalysisSink(world.catalog(), first, last, options, out);
        try (ProgressBar bar = new ProgressBar(err, to - from, !quiet)) {
          new Simulation(world, threadCount).run(from, to, sink, bar);
        }
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(SummaryJson.FILE_NAME))) {
        SummaryJson.write(
            out,
            AnalyzeCommand.about(
                "simulate " + scenario.name() + " (fused, seed " + scenario.seed() + ")", first, last,
                "scenario", options, sink.views()),
            sink.summary());
      }
      dir.commit();
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %,d members, %,d views analysed as generated (nothing else written)%n%n",
          scenario.name(), sink.summary().members(), sink.views());
      out.print(SummaryTable.render(sink.summary()));
      out.printf(Locale.ROOT, "%nwrote %s (metrics.csv, summary.json) in %.1f s%n", output,
          (System.nanoTime() - started) / 1e9);
      out.flush();
    }
    return 0;
  }

  /** Returns the worker thread count for a --threads value (null: all cores), refusing values out of range. */
  static int threads(Integer threads) {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > MAX_THREADS) {
      throw new UserException("--threads must be between 1 and " + MAX_THREADS + ", got " + n);
    }
    return n;
  }

  /** Converts a format name, case-insensitively. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected one of " + new Names() + ", got '" + value + "'");
      }
    }

    static final class Names extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        for (OutputFormat f : OutputFormat.values()) {
          add(f.name().toLowerCase(Locale.ROOT));
        }
      }
    }
  }
}
