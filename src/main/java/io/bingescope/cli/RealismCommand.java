package io.bingescope.cli;

import io.bingescope.analytics.realism.Estimate;
import io.bingescope.analytics.realism.Figure;
import io.bingescope.analytics.realism.RealismPass;
import io.bingescope.analytics.realism.RealismResults;
import io.bingescope.analytics.realism.RealismTally;
import io.bingescope.analytics.realism.Target;
import io.bingescope.analytics.realism.Targets;
import io.bingescope.analytics.realism.TargetsException;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.InputException;
import io.bingescope.io.run.MembersReader;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Observed;
import io.bingescope.report.RealismTable;
import io.bingescope.scenario.Scenario;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.World;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Sets a population's behaviour beside published figures of real viewing: computes the figures of a targets file
 * on a stored run, or on a scenario's members as they are generated, each with a 95% interval, and gives a verdict.
 */
@Command(
    name = "realism",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks a population's viewing against published figures of real viewing.",
      "",
      "INPUT is a stored simulate run (a directory with views.csv, titles.csv and members.csv),",
      "or a scenario (a bundled name or a .yaml file), whose members are then generated and",
      "measured at once, nothing written. For every target of the targets file (the bundled one,",
      "or --targets FILE) prints the published value and its source, the simulated value with a",
      "95%% interval (batch means over 20 batches of members), the tolerance and a verdict.",
      "Figures and sources: docs/realism.md.",
      "",
      "Exit codes: 0 every figure within tolerance (or not measurable), 3 a figure misses,",
      "2 bad input (scenario, run, targets file, option), 1 a bug.",
      "",
      "Examples:",
      "  bingescope realism christmas-prince-2017 --members 200000",
      "  bingescope realism out",
      "  bingescope realism office-binge-2018 --members 50000 --targets my-targets.yaml -o realism"
    })
final class RealismCommand implements Callable<Integer> {
  /** The exit code when a figure misses its tolerance. */
  static final int MISS = 3;
  /** The batches of members the intervals are computed over. */
  static final int BATCHES = 20;
  /** Below this many members (200 a batch) the batch means are too small for a reliable interval. */
  static final int FEW_MEMBERS = 4_000;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A simulate output directory, or a scenario (bundled name or .yaml file).")
  String input;

  @Option(names = "--members", paramLabel = "N", description = "Scenario only: overrides population.members.")
  Long members;

  /** --seed, --set, --threads (scenario only) and --quiet. */
  @CommandLine.Mixin ReproduceOptions options;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "A targets file of your own (format: docs/realism.md#targets-file); default: the bundled one.")
  Path targetsFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also writes realism.csv into DIR.")
  Path output;

  @Option(names = "--force",
      description = "Replaces DIR if it is a bingescope output (its manifest.json lists every file).")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    if (spreadsheetSafe.on && output == null) {
      throw new UserException("--spreadsheet-safe applies to realism.csv, written only with -o DIR");
    }
    List<Target> targets = targets();
    Path path = Path.of(input);
    boolean stored = Files.isDirectory(path) || (Files.isRegularFile(path) && !isYaml(input));
    StoredInput in = stored ? StoredInput.resolve(path) : null;
    Measured m;
    Map<Figure, Estimate> estimates = new EnumMap<>(Figure.class);
    // The output is opened before the run so that a refused DIR costs nothing; it appears only when complete.
    try (AtomicOutputDir dir = output == null ? null : Outputs.dir(spec, output, force, stored
        ? Outputs.inputs(path, in, targetsFile) : new Path[] {Outputs.scenarioFile(input), targetsFile})) {
      m = stored ? stored(in) : fused();
      for (Estimate e : RealismResults.of(m.tally, m.first, m.last, m.inputGap)) {
        estimates.put(e.figure(), e);
      }
      if (dir != null) {
        if (spreadsheetSafe.on) {
          dir.markSpreadsheetSafe();
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(RealismTable.FILE_NAME))) {
          RealismTable.writeCsv(out, targets, estimates, spreadsheetSafe.style());
        }
        dir.commit();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %,d members, period %s..%s, %.0f s%n%n", m.what, m.tally.members(), m.first,
        m.last, (System.nanoTime() - started) / 1e9);
    out.print(RealismTable.table(targets, estimates));
    int misses = RealismTable.misses(targets, estimates);
    out.println();
    out.printf(Locale.ROOT, "%d of %d figures within tolerance, %d miss%s.%n", targets.size() - misses
        - unavailable(targets, estimates), targets.size(), misses,
        unavailable(targets, estimates) == 0 ? "" : ", " + unavailable(targets, estimates) + " not measurable");
    out.println("Intervals: 95%, batch means over " + BATCHES + " batches of members (member id mod "
        + BATCHES + "); a verdict compares the value with the tolerance.");
    if (m.tally.members() < FEW_MEMBERS) {
      out.printf(Locale.ROOT, "Only %,d members, %,d a batch: the intervals are rough (docs/realism.md).%n",
          m.tally.members(), m.tally.members() / BATCHES);
    }
    if (output != null) {
      out.println("wrote " + output.resolve(RealismTable.FILE_NAME));
    }
    out.flush();
    return misses > 0 ? MISS : 0;
  }

  private static int unavailable(List<Target> targets, Map<Figure, Estimate> estimates) {
    int n = 0;
    for (Target t : targets) {
      if (!estimates.get(t.figure()).measured()) {
        n++;
      }
    }
    return n;
  }

  private List<Target> targets() throws IOException {
    if (targetsFile == null) {
      return Targets.bundled();
    }
    try {
      return Targets.load(targetsFile);
    } catch (NoSuchFileException e) {
      throw new UserException("--targets " + targetsFile + ": no such file");
    } catch (TargetsException e) {
      throw new UserException("bad targets file:\n" + e.getMessage());
    }
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** What was measured, over which period, and what the input cannot support. */
  private record Measured(String what, RealismTally tally, LocalDate first, LocalDate last, String inputGap) {}

  private Measured fused() throws Exception {
    Scenario scenario = options.load(input, members);
    World world = World.of(scenario);
    LocalDate first = scenario.period().start();
    LocalDate last = scenario.period().end();
    Catalog catalog = world.catalog();
    ThreadLocal<RealismPass> passes = ThreadLocal.withInitial(() -> new RealismPass(catalog, first, last));
    RealismTally total = new RealismTally(BATCHES);
    MemberSink<RealismTally> sink = new MemberSink<>() {
      @Override
      public RealismTally newBlock() {
        return new RealismTally(BATCHES);
      }

      @Override
      public void accept(RealismTally block, MemberTraits traits, History history) {
        passes.get().add(history, traits, block);
      }

      @Override
      public void complete(RealismTally block) {
        total.merge(block);
      }
    };
    ProgressBar.runFused(world, options.threadCount(), sink, spec.commandLine().getErr(),
        options.quiet);
    return new Measured(input + " (seed " + scenario.seed() + ", generated, nothing written)", total, first, last,
        null);
  }

  private Measured stored(StoredInput in) throws IOException, InputException {
    if (members != null || options.seed != null || !options.sets.isEmpty() || options.threads != null) {
      throw new UserException(input + " is a stored run: --members, --seed, --set and --threads apply to a"
          + " scenario only");
    }
    Catalog catalog = in.catalog();
    StoredMembers.Period period = StoredMembers.period(in, catalog);
    Observed observed = in.observed();
    String gap = observed.timesOfDay() && observed.durations() ? null
        : "the input records no times of day or durations (dates only)";
    RealismPass pass = new RealismPass(catalog, period.first(), period.last());
    RealismTally tally = new RealismTally(BATCHES);
    MembersReader truths = in.members().isPresent() ? MembersReader.open(in.members().get()) : null;
    try {
      History empty = new History(1);
      MemberTraits[] pending = {truths == null ? null : truths.next()};
      StoredMembers.forEach(in, catalog, (h, profiles) -> {
        if (truths == null) {
          pass.add(h, null, tally);
          return;
        }
        // Members in the truth without a view are measured with an empty history, as in the run.
        while (pending[0] != null && pending[0].memberId() < h.memberId()) {
          pass.add(empty.reset(pending[0].memberId()), pending[0], tally);
          pending[0] = truths.next();
        }
        if (pending[0] == null || pending[0].memberId() != h.memberId()) {
          throw new InputException(in.views() + ": member " + h.memberId() + " has views but no row in "
              + in.members().get());
        }
        // The views number a member's profiles in order of first view; the truth in its own order.
        pass.add(h, pending[0].alignedTo(profiles), tally);
        pending[0] = truths.next();
      });
      while (pending[0] != null) {
        pass.add(empty.reset(pending[0].memberId()), pending[0], tally);
        pending[0] = truths.next();
      }
    } finally {
      if (truths != null) {
        truths.close();
      }
    }
    return new Measured(in.views().toString() + (truths == null ? " (no members.csv: figures of the truth are"
        + " not measurable)" : ""), tally, period.first(), period.last(), gap);
  }
}
