package io.bingescope.cli;

import io.bingescope.io.AtomicFile;
import io.bingescope.model.Catalog;
import io.bingescope.reid.Choice;
import io.bingescope.reid.Setting;
import io.bingescope.reid.Supports;
import io.bingescope.reid.TargetSampler;
import io.bingescope.reid.Trace;
import io.bingescope.reid.UnicityMatcher;
import io.bingescope.reid.UnicityQueries;
import io.bingescope.reid.UnicityResults;
import io.bingescope.reid.UnicityRow;
import io.bingescope.reid.UnicityTally;
import io.bingescope.analytics.Thresholds;
import io.bingescope.report.UnicityChart;
import io.bingescope.report.UnicityTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures unicity: for targets sampled among the members with at least p points, how many members of the whole
 * population match p of the target's points, and the share alone in that set.
 */
@Command(
    name = "unicity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures unicity: the share of members singled out by p known points of their viewing.",
      "",
      "A point is a title and the local day of a qualifying view. For each p of --points, --targets",
      "members are sampled (seeded) among those with at least p points; the attacker knows p of a",
      "target's points, chosen by --choose, with the date exact, within +-D days or unknown",
      "(--date-tolerance). Every member of the population whose views match all p points is in the",
      "target's anonymity set; the unicity is the share of targets alone in theirs, with a Wilson",
      "95% interval. Prints the table and writes unicity.csv (docs/reidentification.md).",
      "",
      "INPUT is a stored run (a simulate output directory, a views.csv, a Netflix export), read",
      "twice; or a scenario (a bundled name or a .yaml file) whose members are generated on each",
      "pass, nothing written. An existing directory or non-YAML file is a stored run, even if",
      "named like a bundled scenario.",
      "",
      "Examples:",
      "  bingescope reidentify unicity tiny --members 2000 --targets 300 --points 1,2,4 -o u.csv",
      "  bingescope reidentify unicity tiny --members 2000 --targets 300 --choose random,recent,rare"
          + " --date-tolerance 0,14,unknown -o u2.csv --svg u2.svg --png u2.png"
    })
final class UnicityCommand implements Callable<Integer> {
  /** The most targets a p (their points are held in memory). */
  static final int MAX_TARGETS = 1_000_000;
  /** The most points an attacker is given. */
  static final int MAX_POINTS = 1_000;
  /** The widest date tolerance in days. */
  static final int MAX_TOLERANCE = 3_660;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A stored run, or a scenario (bundled name or .yaml file).")
  String input;

  @CommandLine.Mixin ReidInputOptions inputOptions;

  @Option(names = "--targets", paramLabel = "N", defaultValue = "1000",
      description = "Targets sampled for each p (default: ${DEFAULT-VALUE}).")
  int targets;

  @Option(names = "--points", paramLabel = "P,...", split = ",", defaultValue = "1,2,4,8",
      description = "The numbers of known points (default: ${DEFAULT-VALUE}).")
  List<Integer> points;

  @Option(names = "--choose", paramLabel = "HOW,...", split = ",", defaultValue = "random",
      description = "How the points are chosen: random, recent (the last viewed), rare (the rarest titles)"
          + " (default: ${DEFAULT-VALUE}).")
  List<String> choose;

  @Option(names = "--date-tolerance", paramLabel = "DAYS,...", split = ",", defaultValue = "0",
      description = "How well the dates are known: 0 exact, D within +-D days, unknown (default:"
          + " ${DEFAULT-VALUE}).")
  List<String> tolerances;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = UnicityTable.FILE_NAME,
      description = "The CSV to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also draws the unicity curve as SVG.")
  Path svg;

  @Option(names = "--png", paramLabel = "FILE", description = "Also draws the unicity curve as PNG.")
  Path png;

  @Option(names = "--force", description = "Replaces the files if bingescope wrote them.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    int[] ps = points();
    List<Setting> settings = settings();
    if (targets < 1 || targets > MAX_TARGETS) {
      throw new UserException("--targets must be between 1 and " + MAX_TARGETS + ", got " + targets);
    }
    ReidPopulation pop = inputOptions.open(input, spec);
    Catalog catalog = pop.catalog();
    // The outputs are opened before the passes, so that a refused path costs nothing; they appear when complete.
    try (AtomicFile csv = Outputs.file(spec, output, force, UnicityTable.MARK, pop.inputs());
        AtomicFile svgFile = svg == null ? null
            : Outputs.file(spec, svg, force, UnicityChart.SVG_MARK, pop.inputs());
        AtomicFile pngFile = png == null ? null
            : Outputs.file(spec, png, force, UnicityChart.PNG_MARK, pop.inputs())) {
      List<UnicityRow> rows = run(pop, catalog, ps, settings);
      UnicityTable.writeCsv(csv.out(), rows);
      if (svgFile != null) {
        UnicityChart.svg(rows, svgFile.out());
      }
      if (pngFile != null) {
        UnicityChart.png(rows, pngFile.out());
      }
      csv.commit();
      if (svgFile != null) {
        svgFile.commit();
      }
      if (pngFile != null) {
        pngFile.commit();
      }
      PrintWriter out = spec.commandLine().getOut();
      UnicityRow first = rows.get(0);
      out.printf(Locale.ROOT, "%s: %,d members, %,d targets a p (seed %d), %d pass%s over the members, %.0f s%n%n",
          pop.describe(), first.population(), targets, inputOptions.seed, pop.passes(),
          pop.passes() == 1 ? "" : "es", (System.nanoTime() - started) / 1e9);
      out.print(UnicityTable.table(rows));
      out.println();
      out.println("A target's set holds every member matching its p points (the target too); unicity is the share"
          + " of targets alone, with a Wilson 95% interval.");
      for (UnicityRow r : rows) {
        if (r.targets() < targets && r.setting().equals(settings.get(0))) {
          out.printf(Locale.ROOT, "p=%d: only %,d of the %,d members examined have %d points; all are targets.%n",
              r.p(), r.eligible(), r.examined(), r.p());
        }
      }
      out.println("wrote " + output + (svg == null ? "" : ", " + svg) + (png == null ? "" : ", " + png));
      out.flush();
    }
    return 0;
  }

  /** Runs the passes: targets (and supports when points are chosen by rarity), then the matching. */
  private List<UnicityRow> run(ReidPopulation pop, Catalog catalog, int[] ps, List<Setting> settings)
      throws Exception {
    boolean rare = settings.stream().anyMatch(s -> s.choice() == Choice.RARE);
    TargetSampler sampler = new TargetSampler(inputOptions.seed, ps, targets);
    Supports supports = new Supports(catalog.size());
    pop.sample(sampler, newTrace(catalog), supports::add);
    if (rare && !pop.sampleSeesEveryone()) {
      supports = pop.supports(() -> newTrace(catalog), inputOptions.seed, 0);
    }
    UnicityQueries q = UnicityQueries.of(sampler, settings, rare ? supports : null, catalog.size());
    UnicityTally tally = new UnicityTally(q);
    for (UnicityMatcher m : pop.pass(() -> new UnicityMatcher(q, newTrace(catalog), new UnicityTally(q)),
        UnicityMatcher::accept)) {
      tally.merge(m.tally());
    }
    if (sampler.targets(0).isEmpty()) {
      throw new UserException(input + ": no member has a qualifying view (level " + inputOptions.level.name()
          .toLowerCase(Locale.ROOT) + "), so there is no target");
    }
    return UnicityResults.of(q, tally);
  }

  private Trace newTrace(Catalog catalog) {
    return new Trace(catalog, inputOptions.level, Thresholds.DEFAULTS);
  }

  private int[] points() {
    int[] ps = points.stream().mapToInt(Integer::intValue).toArray();
    for (int p : ps) {
      if (p < 1 || p > MAX_POINTS) {
        throw new UserException("--points: each must be between 1 and " + MAX_POINTS + ", got " + p);
      }
    }
    int[] sorted = ps.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new UserException("--points: " + sorted[i] + " is given twice");
      }
    }
    return sorted;
  }

  private List<Setting> settings() {
    List<Choice> choices = new ArrayList<>();
    for (String c : choose) {
      Choice choice = switch (c.strip().toLowerCase(Locale.ROOT)) {
        case "random" -> Choice.RANDOM;
        case "recent" -> Choice.RECENT;
        case "rare" -> Choice.RARE;
        default -> throw new UserException("--choose: expected random, recent or rare, got '" + c + "'");
      };
      if (choices.contains(choice)) {
        throw new UserException("--choose: " + choice.label() + " is given twice");
      }
      choices.add(choice);
    }
    List<Integer> tols = new ArrayList<>();
    for (String t : tolerances) {
      int d = parseTolerance(t.strip());
      if (tols.contains(d)) {
        throw new UserException("--date-tolerance: " + t + " is given twice");
      }
      tols.add(d);
    }
    List<Setting> settings = new ArrayList<>();
    for (Choice c : choices) {
      for (int d : tols) {
        settings.add(new Setting(c, d));
      }
    }
    return settings;
  }

  /** Parses a date tolerance: a whole number of days or {@code unknown}. */
  static int parseTolerance(String t) {
    if (t.equalsIgnoreCase("unknown")) {
      return Setting.UNKNOWN;
    }
    try {
      int d = Integer.parseInt(t);
      if (d >= 0 && d <= MAX_TOLERANCE) {
        return d;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message.
    }
    throw new UserException("--date-tolerance: expected whole days from 0 to " + MAX_TOLERANCE
        + " or 'unknown', got '" + t + "'");
  }
}
