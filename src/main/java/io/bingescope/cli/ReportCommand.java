package io.bingescope.cli;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.infer.Claim;
import io.bingescope.infer.Inferences;
import io.bingescope.infer.Scorecard;
import io.bingescope.io.AtomicFile;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.report.Chart;
import io.bingescope.report.HtmlReport;
import io.bingescope.report.Overview;
import io.bingescope.report.SelectedMember;
import io.bingescope.report.TellingMembers;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the visual report of stored views: a self-contained HTML page, optionally PNG charts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a self-contained HTML report of stored views or your own Netflix export.",
      "",
      "The page (docs/report.md) shows the population's viewing by weekday and hour, the distributions of weekly hours, binge sittings and streaks,",
      "the scorecard, and a page per member with a calendar of viewing by day and hour and the",
      "claims about them. The page loads nothing and runs no script; it opens offline.",
      "",
      "INPUT is a simulate output directory, a views.csv with titles.csv beside it, or a Netflix",
      "export (docs/netflix-export.md). Without",
      "--member the report shows the members with the most viewing hours, the longest sitting, the",
      "most episodes of one series in 7 days and the longest daily streak (one page each, or one",
      "for a member leading several); the only member with views (a Netflix export) always has one.",
      "Charts and figures that need what the input did not record (Netflix's simple history has",
      "dates only) say \"unavailable\" instead of being drawn; --png writes the charts drawn.",
      "",
      "Examples:",
      "  bingescope report out --html report.html",
      "  bingescope report out --html report.html --member 12 --member 19 --png charts --force"
    })
final class ReportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "A simulate output directory, a views.csv, or a Netflix export.")
  Path input;

  @Option(
      names = "--html",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  Path html;

  @Option(
      names = "--member",
      paramLabel = "ID",
      description = "A member to give a page, repeatable (default: the telling members above).")
  List<Integer> members = new ArrayList<>();

  @Option(
      names = "--png",
      paramLabel = "DIR",
      description = "Also writes every chart drawn as a PNG file into DIR.")
  Path png;

  @CommandLine.Mixin MetricOptionsMixin metricOptions;

  @CommandLine.Mixin ImportOptions importOptions;

  @CommandLine.Mixin InferenceOptions inferenceOptions;

  @Option(names = "--force",
      description = "Replaces FILE (and DIR) if bingescope wrote them.")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "Prints nothing when done.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    MetricOptions options = metricOptions.toOptions();
    StoredInput in = importOptions.resolve(input, spec.commandLine().getErr());
    Set<Integer> wanted = wantedMembers(in);
    InferenceInput inference = InferenceInput.open(in, inferenceOptions.scenario,
        inferenceOptions.sets);
    Inferences inferences = new Inferences(inferenceOptions.rule());
    Catalog catalog = inference.catalog();
    StoredMembers.Period period = inference.period();
    // Both outputs are claimed before the long pass, so a refused one fails at once.
    Path scenarioFile = Outputs.scenarioFile(inferenceOptions.scenario);
    // The charts' directory must not hold the page either: replacing it would take the page along.
    try (AtomicFile page = Outputs.file(spec, html, force, HtmlReport.GENERATOR_TAG,
            Outputs.inputs(input, in, scenarioFile));
        AtomicOutputDir charts = png == null ? null
            : Outputs.dir(spec, png, force, Outputs.inputs(input, in, scenarioFile, html));
        TruthJoin truth = TruthJoin.open(inference, inferences)) {
      Overview overview = new Overview(catalog);
      TellingMembers telling = new TellingMembers(catalog, in.observed());
      Map<Integer, SelectedMember> named = new TreeMap<>();
      MemberMetrics metrics = new MemberMetrics(options);
      List<Claim> claims = new ArrayList<>();
      StoredMembers.Totals totals =
          StoredMembers.forEach(in, catalog, (h, profiles) -> {
            MemberMetrics m = metrics.compute(h, catalog, period.first(), period.last());
            overview.add(h, m);
            if (wanted.isEmpty()) {
              telling.offer(h, profiles, m);
            } else if (wanted.contains(h.memberId())) {
              named.put(h.memberId(),
                  new SelectedMember(h.copy(), profiles, List.of("being named with --member")));
            }
            if (truth != null) {
              // Scored as infer scores: a member without a view has no claim.
              claims.clear();
              if (h.size() > 0) {
                inferences.run(h, catalog, profiles, period.first(), period.last(), claims);
              }
              truth.add(h, claims);
            }
          });
      Optional<Scorecard> scorecard =
          truth == null ? Optional.empty() : Optional.of(truth.finish());
      List<SelectedMember> selected = wanted.isEmpty() ? telling.selected() : pages(wanted, named);
      List<HtmlReport.MemberPage> pages = new ArrayList<>();
      for (SelectedMember s : selected) {
        List<Claim> about = new ArrayList<>();
        inferences.run(s.history(), catalog, s.profiles(), period.first(), period.last(), about);
        inference.wordForInput(about);
        pages.add(new HtmlReport.MemberPage(s, about));
      }
      HtmlReport report =
          new HtmlReport(
              new HtmlReport.Context(
                  input.toString(), period.first(), period.last(), options, catalog,
                  totals.vocabulary(), in.observed(), Main.version()),
              overview, pages, scorecard);
      report.write(page.out());
      if (charts != null) {
        // PNGs are drawn off screen: no display is needed, and none (no Dock icon) is opened.
        if (System.getProperty("java.awt.headless") == null) {
          System.setProperty("java.awt.headless", "true");
        }
        for (Map.Entry<String, Chart> e : report.charts().entrySet()) {
          try (OutputStream out = Files.newOutputStream(charts.resolve(e.getKey() + ".png"))) {
            ImageIO.write(e.getValue().image(2), "png", out);
          }
        }
        charts.commit();
      }
      page.commit();
      if (!quiet) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = selected.stream().map(s -> Integer.toString(s.memberId())).toList();
        out.printf(
            Locale.ROOT, "wrote %s: %,d members, %,d views, member pages: %s, in %.1f s%n",
            page.target(), overview.members(), overview.views(),
            ids.isEmpty() ? "none" : String.join(", ", ids),
            (System.nanoTime() - started) / 1e9);
        if (charts != null) {
          out.printf(Locale.ROOT, "wrote %d PNG charts into %s%n", report.charts().size(), png);
        }
        out.flush();
      }
    }
    return 0;
  }

  /** Returns the ids named with --member, checked against the manifest's members if any. */
  private Set<Integer> wantedMembers(StoredInput in) {
    Set<Integer> ids = new LinkedHashSet<>();
    for (int id : members) {
      if (id < 0) {
        throw new UserException("--member expects a member id (a whole number from 0), got " + id);
      }
      in.manifest().map(StoredMembers.MemberRange::of).ifPresent(r -> {
        if (id < r.first() || id > r.last()) {
          throw new UserException(
              "--member " + id + ": " + input + " holds members " + r.first() + ".." + r.last());
        }
      });
      ids.add(id);
    }
    return ids;
  }

  /** Returns the named members in the order named, failing for any that the input lacks. */
  private List<SelectedMember> pages(Set<Integer> wanted, Map<Integer, SelectedMember> found) {
    List<SelectedMember> out = new ArrayList<>();
    for (int id : wanted) {
      SelectedMember s = found.get(id);
      if (s == null) {
        throw new UserException("--member " + id + ": " + input + " has no views of member " + id);
      }
      out.add(s);
    }
    return out;
  }
}
