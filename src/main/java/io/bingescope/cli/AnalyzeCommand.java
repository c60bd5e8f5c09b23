package io.bingescope.cli;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.analytics.PopulationSummary;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.MemberSource;
import io.bingescope.io.StoredInput;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.report.MetricsCsv;
import io.bingescope.report.SummaryJson;
import io.bingescope.report.SummaryTable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
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
      "INPUT is a simulate output directory, or a views.csv with titles.csv beside it. Writes metrics.csv",
      "(one row per member) and summary.json into DIR, which appears only when complete, and prints the",
      "summary. Per-day figures use the period of manifest.json, or without one the first to last local",
      "day of the views.",
      "",
      "Examples:",
      "  bingescope analyze out -o out-metrics",
      "  bingescope analyze big/views.csv --level completer --sitting-gap-min 15 -o big-metrics --force"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "A simulate output directory or a views.csv.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path output;

  @CommandLine.Mixin MetricOptionsMixin metricOptions;

  @Option(names = "--force", description = "Replaces DIR if it exists and is not empty.")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "No summary on the terminal.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    MetricOptions options = metricOptions.toOptions();
    StoredInput in = StoredInput.resolve(input);
    Catalog catalog = in.catalog();
    Period period = period(in, catalog);
    MemberRange range = in.manifest().map(MemberRange::of).orElse(null);
    PopulationSummary summary = new PopulationSummary();
    MemberMetrics metrics = new MemberMetrics(options);
    long views;
    long bytes;
    try (AtomicOutputDir dir = AtomicOutputDir.create(output, force)) {
      try (OutputStream out =
              new BufferedOutputStream(Files.newOutputStream(dir.resolve(MetricsCsv.FILE_NAME)));
          MemberSource source = in.open(catalog)) {
        MetricsCsv csv = new MetricsCsv(out, catalog);
        csv.writeHeader();
        History h = new History();
        History empty = new History();
        // Members without a view have no row in views.csv; the manifest says they exist, and they
        // count in the population (with zeros) like everyone else.
        long next = range == null ? 0 : range.first();
        while (source.next(h)) {
          if (range != null) {
            if (h.memberId() < range.first() || h.memberId() > range.last()) {
              throw new InputException(
                  in.views() + ": member " + h.memberId() + " is outside the manifest's members "
                      + range.first() + ".." + range.last());
            }
            for (; next < h.memberId(); next++) {
              add(metrics.compute(empty.reset((int) next), catalog, period.first, period.last),
                  empty, csv, summary);
            }
            next = h.memberId() + 1L;
          }
          add(metrics.compute(h, catalog, period.first, period.last), h, csv, summary);
        }
        if (range != null) {
          for (; next <= range.last(); next++) {
            add(metrics.compute(empty.reset((int) next), catalog, period.first, period.last),
                empty, csv, summary);
          }
        }
        csv.flush();
        views = source.views();
        bytes = source.bytesRead();
      }
      Map<String, Object> about =
          about(in.views().toString(), period.first, period.last, period.source, options, views);
      try (OutputStream out = Files.newOutputStream(dir.resolve(SummaryJson.FILE_NAME))) {
        SummaryJson.write(out, about, summary);
      }
      dir.commit();
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      double elapsed = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s: %,d members, %,d views, period %s..%s (%s), level %s%n%n",
          in.views(), summary.members(), views, period.first, period.last,
          period.source.equals("manifest") ? "from manifest.json" : "first to last day of the views",
          options.level().name().toLowerCase(Locale.ROOT));
      out.print(SummaryTable.render(summary));
      out.printf(
          Locale.ROOT, "%nwrote %s (metrics.csv, summary.json) in %.1f s, read %.0f MB/s%n",
          output, elapsed, bytes / 1e6 / elapsed);
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

  private static void add(MemberMetrics m, History h, MetricsCsv csv, PopulationSummary summary)
      throws IOException {
    csv.append(m, h);
    summary.add(m);
  }

  /** The period of per-day metrics, and where it came from ({@code manifest} or {@code views}). */
  record Period(LocalDate first, LocalDate last, String source) {}

  /** Returns the period of per-day figures: the manifest's, else the views' first to last day. */
  static Period period(StoredInput in, Catalog catalog) throws IOException, InputException {
    if (in.manifest().isPresent()) {
      Manifest m = in.manifest().get();
      try {
        LocalDate first = LocalDate.parse(m.periodStart());
        LocalDate last = LocalDate.parse(m.periodEnd());
        if (last.isBefore(first)) {
          throw new UserException("manifest.json: period_end " + last + " is before period_start " + first);
        }
        return new Period(first, last, "manifest");
      } catch (DateTimeException e) {
        throw new UserException("manifest.json: expected period_start and period_end as yyyy-MM-dd, found "
            + m.periodStart() + " and " + m.periodEnd());
      }
    }
    // Without a manifest the period is what the views cover: one extra pass over the file, at
    // reading speed.
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    History h = new History();
    try (MemberSource source = in.open(catalog)) {
      while (source.next(h)) {
        for (int i = 0; i < h.size(); i++) {
          long day = Math.floorDiv(h.startLocal(i), 86_400L);
          min = Math.min(min, day);
          max = Math.max(max, day);
        }
      }
    }
    if (min > max) {
      throw new UserException(in.views() + ": holds no views, and there is no manifest.json to give the period");
    }
    return new Period(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max), "views");
  }

  /** The member ids a manifest says the files hold. */
  private record MemberRange(long first, long last) {
    static MemberRange of(Manifest m) {
      return new MemberRange(m.firstMember(), m.firstMember() + m.members() - 1);
    }
  }
}
