package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.SeriesStreakQuery;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.io.AtomicFile;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.Manifest;
import io.bingescope.io.Tool;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioJson;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.World;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import io.bingescope.publish.Evaluation;
import io.bingescope.publish.Ledger;
import io.bingescope.publish.Noise;
import io.bingescope.publish.Policy;
import io.bingescope.publish.Release;
import io.bingescope.publish.ReleaseFiles;
import io.bingescope.publish.TableSpec;
import io.bingescope.publish.Tables;
import io.bingescope.publish.Tally;
import io.bingescope.report.ReleaseChart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Releases a table of member counts under a disclosure policy, and measures what it costs and protects. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Releases a table of member counts from stored views under a disclosure policy: raw, threshold:K",
      "(cells from 1 to K-1 suppressed, with complementary suppression) or dp:epsilon=E (each member in at",
      "most --max-cells cells, exact two-sided geometric noise). DIR gets release.csv and release.json",
      "(policy, parameters, table, privacy unit); and, for the platform only, evaluation.csv (the release",
      "against the true counts: errors, suppression, ranks, and a differencing attack on one member) and",
      "release-vs-truth.svg (the largest cells, released beside true). With --ledger, the release is",
      "recorded in the dataset's privacy ledger; a dp release that would exceed its budget is refused",
      "(exit 2) and nothing is written. Noise comes from SecureRandom; --noise-seed makes it reproducible",
      "and marks it not private.",
      "Definitions, guarantees and references: docs/publication.md.",
      "",
      "Examples:",
      "  bingescope publish out --table hours --policy threshold:11 -o rel-hours",
      "  bingescope publish out --table streaks --days 7 --policy dp:epsilon=0.5 --max-cells 3 --ledger"
          + " out-ledger.json --budget 1 -o rel-streaks",
      "  bingescope publish out --table query --title \"A Christmas Prince\" --days 3 --ending 2017-11-23"
          + " --policy dp:epsilon=0.25 --noise-seed 7 --ledger out-ledger.json -o rel-query"
    })
final class PublishCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "A simulate output directory, a views.csv, a"
      + " Netflix export, or a scenario (a bundled name or a .yaml file) run fused: generated, counted, not written.")
  String input;

  @Option(names = "--members", paramLabel = "N", description = "Scenario only: overrides population.members.")
  Long members;

  @CommandLine.Mixin ReproduceOptions scenarioOptions;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path output;

  @Option(names = "--table", required = true, paramLabel = "TABLE", description = "streaks, binge, hours or"
      + " query.")
  String table;

  @Option(names = "--policy", required = true, paramLabel = "POLICY", description = "raw, threshold:K or"
      + " dp:epsilon=E.")
  String policy;

  @Option(names = "--max-cells", defaultValue = "1", paramLabel = "N", description = "dp: the most cells one member"
      + " counts in; more are truncated (default: ${DEFAULT-VALUE}).")
  int maxCells;

  @Option(names = "--clamp", description = "dp: publish negative noisy counts as 0 (post-processing, labelled).")
  boolean clamp;

  @Option(names = "--ledger", paramLabel = "FILE", description = "The dataset's privacy ledger (JSON), created when"
      + " missing; required by dp.")
  Path ledger;

  @Option(names = "--budget", paramLabel = "E", description = "The total epsilon of a new ledger (default: 1);"
      + " an existing ledger keeps its own.")
  BigDecimal budget;

  @Option(names = "--noise-seed", paramLabel = "S", description = "Seeded noise for classroom demonstrations:"
      + " reproducible, and so marked 'not private: seeded noise'.")
  Long noiseSeed;

  @Option(names = "--title", paramLabel = "NAME", description = "streaks: one film; query: the streak's title.")
  String title;

  @Option(names = "--series", paramLabel = "NAME", description = "binge: one series; query: the streak's or"
      + " window's series.")
  String series;

  @Option(names = "--tag", paramLabel = "TAG", description = "streaks: the films with this tag.")
  String tag;

  @Option(names = "--days", paramLabel = "N", description = "streaks: the longest run counted (default 18);"
      + " binge: the window in days (default 7); query: the streak's or window's days.")
  Integer days;

  @Option(names = "--ending", paramLabel = "DATE", description = "query: the streak's last day (YYYY-MM-DD).")
  LocalDate ending;

  @Option(names = "--min-episodes", paramLabel = "N", description = "query: a window of at least N episodes of"
      + " --series (instead of a streak).")
  Integer minEpisodes;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "watcher",
      converter = MetricOptionsMixin.LevelConverter.class,
      description = "starter, watcher or completer (default: ${DEFAULT-VALUE}).")
  Level level;

  @Option(names = "--target", paramLabel = "ID", description = "The member the differencing attack is on"
      + " (default: the first member of the smallest non-empty cell).")
  Integer target;

  @Option(names = "--repetitions", defaultValue = "10000", paramLabel = "N", description = "dp: release pairs"
      + " the attack draws (default: ${DEFAULT-VALUE}).")
  int repetitions;

  @Option(names = "--force", description = "Replace DIR if bingescope wrote it.")
  boolean force;

  @CommandLine.Mixin ImportOptions importOptions;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The largest true cells the chart of the release beside the truth shows. */
  static final int CHART_CELLS = 12;

  /** The budget of a new ledger when --budget is not given. */
  static final BigDecimal DEFAULT_BUDGET = BigDecimal.ONE;

  @Override
  public Integer call() throws Exception {
    Policy p = parsePolicy(policy, maxCells, clamp);
    if (repetitions < 1) {
      throw new UserException("--repetitions must be at least 1, got " + repetitions);
    }
    if (budget != null && budget.signum() <= 0) {
      throw new UserException("--budget must be above 0, got " + budget.toPlainString());
    }
    if (p instanceof Policy.Dp && ledger == null) {
      throw new UserException("--policy " + p.spelling() + " needs --ledger FILE: a dp release spends privacy"
          + " budget, which the dataset's ledger tracks");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path path = Path.of(input);
    boolean stored = Files.isDirectory(path) || (Files.isRegularFile(path) && !input.endsWith(".yaml")
        && !input.endsWith(".yml"));
    if (stored && (members != null || scenarioOptions.seed != null || !scenarioOptions.sets.isEmpty()
        || scenarioOptions.threads != null)) {
      throw new UserException(input + " is a stored run: --members, --seed, --set and --threads apply to a scenario"
          + " only");
    }
    StoredInput in = stored ? importOptions.resolve(path, err) : null;
    World world = stored ? null : World.of(scenarioOptions.load(input, members));
    Catalog catalog = stored ? in.catalog() : world.catalog();
    StoredMembers.Period period = stored ? StoredMembers.period(in, catalog)
        : new StoredMembers.Period(world.scenario().period().start(), world.scenario().period().end(), "scenario");
    String dataset = stored ? dataset(in) : dataset(world);
    Ledger book = ledger == null ? null : readLedger(ledger, dataset);
    if (p instanceof Policy.Dp dp && book.wouldExceed(dp.epsilon())) {
      throw new UserException(String.format(Locale.ROOT, "refused: %s would spend epsilon %s, and %s has %s left of"
              + " its budget %s (spent %s in %d releases); nothing was written", p.spelling(),
          plain(dp.epsilon()), ledger, plain(book.budget().subtract(book.spent())), plain(book.budget()),
          plain(book.spent()), book.releases().size()));
    }
    List<String> countries = new ArrayList<>(stored ? List.of() : world.vocabulary().countries());
    TableSpec tableSpec = tableSpec(catalog, period, countries);
    Path[] inputs = stored ? Outputs.inputs(path, in, ledger) : new Path[] {Outputs.scenarioFile(input), ledger};
    Path[] dataInputs = stored ? Outputs.inputs(path, in) : new Path[] {Outputs.scenarioFile(input)};
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force, inputs);
        AtomicFile ledgerFile = ledger == null ? null : Outputs.file(spec, ledger, true, Ledger.FORMAT, dataInputs)) {
      Tally tally = new Tally(tableSpec, p instanceof Policy.Dp dp ? dp.maxCells() : Integer.MAX_VALUE,
          target == null ? -1 : target);
      if (stored) {
        StoredMembers.Totals totals = StoredMembers.forEach(in, catalog, (h, profiles) -> tally.add(h));
        countries.addAll(totals.vocabulary().countries());
      } else {
        fused(world, catalog, period, countries, tally);
      }
      Noise noise = noiseSeed != null ? Noise.seeded(noiseSeed) : Noise.secure();
      long[] truth = tally.truth();
      Release release = Release.of(tableSpec.table(), p, truth, tally.bounded(), noise);
      Tally.Contribution victim = target != null ? tally.target() : tally.mostExposed();
      if (target != null && victim == null) {
        throw new UserException("--target " + target + ": no such member in " + input);
      }
      Evaluation.Attack attack = victim == null ? null : p instanceof Policy.Dp dp
          ? Evaluation.attackDp(dp, tally.bounded(), victim, repetitions,
              RandomSource.L64_X128_MIX.create(noiseSeed == null ? 1 : noiseSeed))
          : Evaluation.attackDeterministic(tableSpec.table(), p, truth, victim);
      List<String[]> evaluation = ReleaseFiles.evaluationRows(Evaluation.accuracy(release, truth, 10), attack);
      String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
      if (spreadsheetSafe.on) {
        dir.markSpreadsheetSafe();
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(ReleaseFiles.CSV))) {
        ReleaseFiles.writeCsv(release, spreadsheetSafe.style(), out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(ReleaseFiles.JSON))) {
        ReleaseFiles.writeJson(release, Tool.NAME + " " + Tool.version(), dataset, time, out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(ReleaseFiles.EVALUATION))) {
        ReleaseFiles.writeEvaluation(evaluation, spreadsheetSafe.style(), out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(ReleaseChart.FILE_NAME))) {
        new ReleaseChart(release, truth, CHART_CELLS).svg(out);
      }
      if (ledgerFile != null) {
        Ledger.Entry entry = new Ledger.Entry(time, tableSpec.table().name(), tableSpec.table().definition(),
            p.spelling(), p.epsilon(), noise == null || !(p instanceof Policy.Dp) ? null : noise.description(),
            ReleaseFiles.isPrivate(release), output.toAbsolutePath().normalize().toString());
        book.with(entry).write(ledgerFile.out());
        // The ledger first: budget recorded for a release that then failed to appear is safe; the reverse is not.
        ledgerFile.commit();
      }
      dir.commit();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: table %s (%d x %d%s) under %s%s%n", dir.target(), tableSpec.table().name(),
          tableSpec.table().rows().size(), tableSpec.table().columns().size(),
          tableSpec.table().margins() ? ", with totals" : "", p.spelling(),
          noise.seeded() && p instanceof Policy.Dp ? " (" + Noise.NOT_PRIVATE + ")" : "");
      if (book != null && p instanceof Policy.Dp dp) {
        out.printf(Locale.ROOT, "ledger %s: spent %s of %s%n", ledger, plain(book.spent().add(dp.epsilon())),
            plain(book.budget()));
      }
      out.println("Against the truth (evaluation.csv; not for publication):");
      out.print(ReleaseFiles.evaluationText(evaluation));
      out.flush();
    }
    return 0;
  }

  /** Returns the policy an option spells, or fails with what was expected. */
  static Policy parsePolicy(String text, int maxCells, boolean clamp) {
    try {
      return Policy.parse(text, maxCells, clamp);
    } catch (IllegalArgumentException e) {
      throw new UserException("--policy: " + e.getMessage());
    }
  }

  private Ledger readLedger(Path file, String dataset) throws IOException {
    if (!Files.exists(file)) {
      return Ledger.empty(dataset, budget != null ? budget : DEFAULT_BUDGET);
    }
    Ledger l;
    try (InputStream s = Files.newInputStream(file)) {
      l = Ledger.read(s);
    } catch (IOException e) {
      throw new UserException(file + ": not a readable bingescope privacy ledger: " + e.getMessage());
    }
    if (!l.dataset().equals(dataset)) {
      throw new UserException(file + " is the ledger of another dataset (" + l.dataset() + "), not of " + dataset
          + "; a ledger tracks one dataset's budget");
    }
    if (budget != null && budget.compareTo(l.budget()) != 0) {
      throw new UserException("--budget " + plain(budget) + " differs from " + file + "'s budget " + plain(l.budget())
          + "; a ledger's budget is fixed when it is created");
    }
    return l;
  }

  /** Returns what identifies the input's data: its manifest's views digest when it has one, else its real path. */
  static String dataset(StoredInput in) throws IOException {
    if (in.manifest().isPresent()) {
      Manifest m = in.manifest().get();
      for (Manifest.FileEntry f : m.files()) {
        if (f.name().startsWith("views.")) {
          return String.format(Locale.ROOT, "%s seed %d, %d members, %s sha256 %s", m.scenario(), m.seed(),
              m.members(), f.name(), f.sha256());
        }
      }
    }
    return in.views().toRealPath().toString();
  }

  /**
   * Generates the scenario's members and counts them: each worker finds a member's cells with a table of its own (a
   * table keeps scratch arrays), and the calling thread tallies them in member order.
   */
  private void fused(World world, Catalog catalog, StoredMembers.Period period, List<String> countries, Tally tally)
      throws Exception {
    ThreadLocal<TableSpec> specs = ThreadLocal.withInitial(() -> tableSpec(catalog, period, countries));
    long targetId = target == null ? -1 : target;
    MemberSink<List<int[]>> sink = new MemberSink<>() {
      @Override
      public List<int[]> newBlock() {
        return new ArrayList<>();
      }

      @Override
      public void accept(List<int[]> block, MemberTraits traits, History history) {
        TableSpec s = specs.get();
        int[] cells = new int[s.maxPerMember() + 1];
        int n = s.cells(history, cells);
        if (n > 0 || history.memberId() == targetId) {
          int[] row = new int[n + 1];
          row[0] = history.memberId();
          System.arraycopy(cells, 0, row, 1, n);
          block.add(row);
        }
      }

      @Override
      public void complete(List<int[]> block) {
        for (int[] row : block) {
          tally.add(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
        }
      }

      @Override
      public boolean readsTraits() {
        return false; // the tables count views alone
      }
    };
    ProgressBar.runFused(world, scenarioOptions.threadCount(), sink, spec.commandLine().getErr(),
        scenarioOptions.quiet);
  }

  /** Returns what identifies a fused run's data: the scenario's canonical hash, seed and members. */
  static String dataset(World world) {
    Scenario s = world.scenario();
    return String.format(Locale.ROOT, "%s seed %d, %d members, generated (scenario sha256 %s)", s.name(), s.seed(),
        world.members(), ScenarioJson.sha256(s));
  }

  private TableSpec tableSpec(Catalog catalog, StoredMembers.Period period, List<String> countries) {
    switch (table) {
      case "streaks" -> {
        List<Title> films;
        if (title != null) {
          films = List.of(catalog.title(QueryCommand.titleNamed(catalog, title)));
        } else {
          films = Tables.films(catalog, tag);
          if (films.isEmpty()) {
            throw new UserException("no film " + (tag == null ? "" : "with tag '" + tag + "' ") + "in the input");
          }
        }
        return Tables.streaks(catalog, films, atLeastOne(days == null ? 18 : days), period.first(), period.last(),
            level);
      }
      case "binge" -> {
        List<Series> all = series != null ? List.of(QueryCommand.seriesNamed(catalog, series)) : catalog.series();
        if (all.isEmpty()) {
          throw new UserException("the input has no series, so the binge table has no row");
        }
        return Tables.binge(catalog, all, atLeastOne(days == null ? 7 : days), Tables.BINGE_BINS, level);
      }
      case "hours" -> {
        long periodDays = period.last().toEpochDay() - period.first().toEpochDay() + 1;
        return Tables.hours(() -> countries, periodDays, Tables.HOURS_BINS);
      }
      case "query" -> {
        if (minEpisodes == null && days != null && ending != null) {
          LocalDate start = ending.minusDays(days - 1L);
          if (start.isBefore(period.first()) || ending.isAfter(period.last())) {
            throw new UserException("the " + days + " days " + start + ".." + ending + " are not inside the input's"
                + " period " + period.first() + ".." + period.last() + ", so no member could match; choose --ending"
                + " and --days within it");
          }
        }
        return Tables.query(queryDescription(), queryPredicate(catalog));
      }
      default -> throw new UserException("--table: expected streaks, binge, hours or query, found '" + table + "'");
    }
  }

  private String queryDescription() {
    if (minEpisodes != null) {
      return String.format(Locale.ROOT, "at least %d episodes of %s within %d x 24 h", minEpisodes, series,
          days == null ? 7 : days);
    }
    return String.format(Locale.ROOT, "%s on each of the %d days ending %s", title != null ? title : series, days,
        ending);
  }

  private Predicate<History> queryPredicate(Catalog catalog) {
    if (minEpisodes != null) {
      if (series == null) {
        throw new UserException("--min-episodes needs --series (a window query, as 'query window')");
      }
      Series s = QueryCommand.seriesNamed(catalog, series);
      WindowQuery q = new WindowQuery(s.index(), atLeastOne(days == null ? 7 : days), level);
      int min = minEpisodes;
      return h -> q.maxEpisodes(h, catalog) >= min;
    }
    if (days == null || ending == null || (title == null) == (series == null)) {
      throw new UserException("--table query needs --title or --series with --days and --ending (a streak, as"
          + " 'query streak'), or --series, --min-episodes and optionally --days (a window, as 'query window')");
    }
    if (series != null) {
      SeriesStreakQuery q = new SeriesStreakQuery(QueryCommand.seriesNamed(catalog, series).index(),
          atLeastOne(days), ending, level);
      return h -> q.matches(h, catalog);
    }
    StreakQuery q = new StreakQuery(QueryCommand.titleNamed(catalog, title), atLeastOne(days), ending, level);
    return h -> q.matches(h, catalog);
  }

  private static int atLeastOne(int days) {
    if (days < 1) {
      throw new UserException("--days must be at least 1, got " + days);
    }
    return days;
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
