package io.bingescope.cli;

import io.bingescope.analytics.ConsecutiveDaysQuery;
import io.bingescope.analytics.FiftyThreeViewers;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.publish.Noise;
import io.bingescope.publish.Policy;
import io.bingescope.publish.PublishedCount;
import io.bingescope.scenario.Scenario;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.StreakExpectation;
import io.bingescope.sim.World;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The "53 viewers" of A Christmas Prince: simulates christmas-prince-2017 at Netflix's full 2017 size, counts the
 * members whose views make an 18-day streak of the film ending 10 Dec 2017, and sets the count beside Netflix's
 * published 53 and the model's exact expectation.
 */
@Command(
    name = "53-viewers",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Counts the members who watched A Christmas Prince on every day of the 18 days ending 10 Dec 2017.",
      "",
      "Simulates christmas-prince-2017 fused (each member is generated and checked at once; nothing is",
      "written), by default with Netflix's 117,580,000 members of the end of 2017, and prints the simulated",
      "count beside the published 53 and the model's expectation (exact, with a 95%% interval). It says",
      "which parameter the scenario fitted to the 53 (its fitted: record), and prints figures the fit did",
      "not use as predictions: the members who watched the film at all, and on 5+ and 10+ consecutive days.",
      "With --policy (raw, threshold:K or dp:epsilon=E; docs/publication.md) it prints the tweet as it",
      "would have read had the count been released under that policy, and what a differencing attack on",
      "one of the members would learn.",
      "",
      "Examples:",
      "  bingescope reproduce 53-viewers",
      "  bingescope reproduce 53-viewers --members 10000000 --seed 7",
      "  bingescope reproduce 53-viewers --members 20000 --policy dp:epsilon=1 --noise-seed 7"
    })
final class FiftyThreeViewersCommand implements Callable<Integer> {
  static final String SCENARIO = FiftyThreeViewers.SCENARIO;
  static final String TITLE = FiftyThreeViewers.TITLE;
  static final LocalDate ENDING = FiftyThreeViewers.ENDING;
  static final int DAYS = FiftyThreeViewers.DAYS;
  static final long NETFLIX_MEMBERS_2017 = FiftyThreeViewers.NETFLIX_MEMBERS_2017;
  static final int PUBLISHED = FiftyThreeViewers.PUBLISHED;

  @Option(names = "--members", paramLabel = "N", defaultValue = "" + NETFLIX_MEMBERS_2017,
      description = "Members to simulate (default: ${DEFAULT-VALUE}, Netflix at the end of 2017).")
  long members;

  @CommandLine.Mixin ReproduceOptions options;

  @Option(names = "--policy", paramLabel = "POLICY", description = "Also prints the tweet as published under raw,"
      + " threshold:K or dp:epsilon=E.")
  String policy;

  @Option(names = "--noise-seed", paramLabel = "S", description = "dp: seeded noise (reproducible, so not private;"
      + " default: SecureRandom).")
  Long noiseSeed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The runs of consecutive days the predictions count: 1 is "watched the film at all". */
  static final int[] RUNS = {1, 5, 10};

  /** What a block of members adds up to: the streak's members, and the members reaching each of {@link #RUNS}. */
  static final class Tally {
    final List<Long> streakers = new ArrayList<>();
    final long[] reached = new long[RUNS.length];

    void merge(Tally other) {
      streakers.addAll(other.streakers);
      for (int r = 0; r < RUNS.length; r++) {
        reached[r] += other.reached[r];
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Policy release = policy == null ? null : PublishCommand.parsePolicy(policy, 1, false);
    Scenario scenario = options.load(SCENARIO, members);
    int threadCount = options.threadCount();
    World world = World.of(scenario);
    StreakSetup setup = StreakSetup.of(world, TITLE, DAYS, ENDING);
    StreakQuery query = FiftyThreeViewers.query(setup.titleId());
    ConsecutiveDaysQuery runs = new ConsecutiveDaysQuery(setup.titleId(), scenario.period().start(),
        scenario.period().end(), FiftyThreeViewers.LEVEL);
    StreakExpectation.Result expectation = StreakExpectation.of(world, setup.titleId(), DAYS, ENDING);

    Tally total = new Tally();
    MemberSink<Tally> sink =
        new MemberSink<>() {
          @Override
          public Tally newBlock() {
            return new Tally();
          }

          @Override
          public void accept(Tally block, MemberTraits traits, History history) {
            if (query.matches(history, world.catalog())) {
              block.streakers.add((long) history.memberId());
            }
            int longest = runs.longestRun(history, world.catalog());
            for (int r = 0; r < RUNS.length; r++) {
              if (longest >= RUNS[r]) {
                block.reached[r]++;
              }
            }
          }

          @Override
          public void complete(Tally block) {
            total.merge(block);
          }

          @Override
          public boolean readsTraits() {
            return false; // every figure is counted from the views alone
          }
        };
    long views = ProgressBar.runFused(world, threadCount, sink, spec.commandLine().getErr(), options.quiet);
    List<Long> streakers = total.streakers;
    double mu = expectation.expected();
    PoissonDistribution poisson = PoissonDistribution.of(Math.max(mu, 1e-300));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "\"%s\" watched on every day %s..%s (%d days, Netflix's 2017 rule: >= 70%% of the"
            + " film)%n", TITLE, query.start(), ENDING, DAYS);
    out.printf(Locale.ROOT, "%s, %,d members, seed %d, %,d views simulated in %.0f s%n%n", SCENARIO, members,
        scenario.seed(), views, (System.nanoTime() - started) / 1e9);
    boolean fittedToIt = false;
    for (Scenario.Fitted f : scenario.fitted()) {
      fittedToIt |= f.current() && f.published() == PUBLISHED;
    }
    out.printf(Locale.ROOT, "  simulated (counted from the views)  %,d members%n", streakers.size());
    out.printf(Locale.ROOT, "  model expectation (exact)           %.1f   95%% interval %d..%d%n", mu,
        poisson.inverseCumulativeProbability(0.025), poisson.inverseCumulativeProbability(0.975));
    out.printf(Locale.ROOT, "  published by Netflix, 10 Dec 2017   %d%s%n%n", PUBLISHED,
        fittedToIt ? "   (the fit's target, below: not a test of the model)" : "");
    for (String line : fittedLines(scenario.fitted())) {
      out.println(line);
    }
    if (fittedToIt) {
      out.println("  The simulated count checks the simulation against the model's exact expectation, not the model");
      out.println("  against Netflix.");
    }
    out.println();
    printPredictions(out, scenario.period(), world.members(), total.reached);
    out.println();
    out.println("Where the expectation comes from:");
    for (StreakExpectation.Term t : expectation.terms()) {
      out.printf(Locale.ROOT, "  persona %s: %.3f%% of members, each with probability %.3g of the streak%n",
          t.persona(), 100 * t.share(), t.probability());
    }
    out.printf(Locale.ROOT, "  all other personas together: at most %.2g members (by ordinary choices only)%n",
        expectation.otherPersonasBound());
    out.println();
    out.println("Assumptions: the population, countries and personas of christmas-prince-2017 (see its comments:");
    out.println("'bingescope scenarios --show christmas-prince-2017'); only the holiday-rewatcher persona has the");
    out.println("comfort habit (take up a holiday title, then watch it again day after day); a day is the member's");
    out.println("local day; a view counts at 70% of the film.");
    if (!streakers.isEmpty() && streakers.size() <= 200) {
      out.println();
      out.println("Members: " + streakers);
    }
    if (release != null) {
      out.println();
      printPublished(out, streakers.size(), release, noiseSeed == null ? Noise.secure() : Noise.seeded(noiseSeed));
    }
    out.flush();
    return 0;
  }

  /** Prints the tweet as the count would have been published under {@code policy}, and what it protects. */
  static void printPublished(PrintWriter out, long count, Policy policy, Noise noise) {
    PublishedCount p = PublishedCount.of(TITLE + " on each of the " + DAYS + " days ending " + ENDING, count, policy,
        noise);
    out.printf(Locale.ROOT, "The tweet as published under %s:%n", policy.spelling());
    if (p.suppressed()) {
      out.printf(Locale.ROOT, "  (no tweet: the count is under %d, so it is suppressed)%n",
          ((Policy.Threshold) policy).k());
    } else {
      // A platform would not tweet a negative number: clamping is post-processing and costs no privacy.
      out.printf(Locale.ROOT, "  \"To the %d people who've watched %s every day for the past %d days: Who hurt"
          + " you?\"%n", Math.max(0, p.value()), TITLE, DAYS);
    }
    if (policy instanceof Policy.Raw) {
      out.println("  the simulated count as it is.");
    } else if (policy instanceof Policy.Threshold t) {
      out.printf(Locale.ROOT, "  %s%n", p.suppressed() ? "the count, " + count + ", is under the threshold " + t.k()
          + " and withheld." : count == 0 ? "a count of 0 is published: it names no member."
          : "the count is at least the threshold " + t.k() + ", so it is published as it is.");
    } else {
      out.printf(Locale.ROOT, "  the count plus two-sided geometric noise (epsilon %s, each member counted at most"
          + " once)%s;%n  95%% interval of the true count: %s (the true count is %d)%s%n",
          policy.epsilon().stripTrailingZeros().toPlainString(),
          p.value() < 0 ? ", " + p.value() + " published as 0 (post-processing)" : "", p.interval(), count,
          noise.seeded() ? "; " + Noise.NOT_PRIVATE : "");
    }
    if (count == 0 && !(policy instanceof Policy.Dp)) {
      out.println("  No member is in the count, so there is no one for a differencing attack to single out.");
    } else {
      out.printf(Locale.ROOT, "  A differencing attack on one of these members (the count with and without it, all"
          + " else known):%n  advantage %.3f (1 = always told apart, 0 = a coin toss)%s%n", p.advantage(),
          policy instanceof Policy.Dp dp ? String.format(Locale.ROOT, ", at most (e^eps - 1) / (e^eps + 1) = %.3f",
              (dp.oddsBound() - 1) / (dp.oddsBound() + 1)) : "");
    }
  }

  /** Returns what the scenario says was fitted, in plain words, one terminal line per element. */
  static List<String> fittedLines(List<Scenario.Fitted> fitted) {
    if (fitted.isEmpty()) {
      return TextWrap.lines("Fitted: nothing (the scenario has no fitted: record), so every figure here is the"
          + " model's own.", "  ", "    ");
    }
    List<String> lines = new ArrayList<>(List.of("Fitted, not predicted (the scenario's fitted: records):"));
    for (Scenario.Fitted f : fitted) {
      String text = String.format(Locale.ROOT, "- %s = %s was solved%s so that %s equals %s, the figure published"
              + " by %s. ", f.parameter(), number(f.value()),
          f.command().isEmpty() ? "" : " (" + f.command() + ")", f.target(), number(f.published()), f.source());
      text += f.current()
          ? "That figure comes out of the model by construction: matching it confirms nothing."
          : "This run gives the parameter another value (--set), so the fit does not hold here.";
      lines.addAll(TextWrap.lines(text, "  ", "    "));
    }
    return lines;
  }

  /** Prints the figures no fit used, each as a count, a share with its interval, and the full-scale count. */
  private static void printPredictions(PrintWriter out, Scenario.Period period, long memberCount, long[] reached) {
    out.printf(Locale.ROOT, "Predictions: figures the fit did not use, counted from this run's views (a view of >= 70%%"
        + " of%nthe film, the member's local days %s..%s), with 95%% intervals over the members%n(Clopper-Pearson),"
        + " and scaled to Netflix's %,d members of the end of 2017:%n%n", period.start(), period.end(),
        NETFLIX_MEMBERS_2017);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"members who watched the film", "this run", "share of members",
        String.format(Locale.ROOT, "at %,d members", NETFLIX_MEMBERS_2017), "published"});
    for (int r = 0; r < RUNS.length; r++) {
      double[] ci = clopperPearson(reached[r], memberCount);
      double share = (double) reached[r] / memberCount;
      rows.add(new String[] {
          RUNS[r] == 1 ? "at all" : "on " + RUNS[r] + "+ consecutive days",
          String.format(Locale.ROOT, "%,d", reached[r]),
          String.format(Locale.ROOT, "%s (%s..%s)", percent(share), percent(ci[0]), percent(ci[1])),
          String.format(Locale.ROOT, "%,d (%,d..%,d)", rounded(share * NETFLIX_MEMBERS_2017),
              rounded(ci[0] * NETFLIX_MEMBERS_2017), rounded(ci[1] * NETFLIX_MEMBERS_2017)),
          "none"});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    String format = "  %-" + width[0] + "s  %" + width[1] + "s  %-" + width[2] + "s  %-" + width[3] + "s  %s%n";
    for (String[] row : rows) {
      out.printf(Locale.ROOT, format, (Object[]) row);
    }
    out.println();
    out.println("Netflix published none of these figures, so they are predictions without a published check.");
  }

  /**
   * Returns the exact (Clopper-Pearson) 95% interval of a share from {@code k} of {@code n} independent members:
   * at least 95% coverage whatever the share, which matters for the rare runs of days.
   */
  static double[] clopperPearson(long k, long n) {
    double lo = k == 0 ? 0 : BetaDistribution.of(k, n - k + 1).inverseCumulativeProbability(0.025);
    double hi = k == n ? 1 : BetaDistribution.of(k + 1, n - k).inverseCumulativeProbability(0.975);
    return new double[] {lo, hi};
  }

  /** Returns a count rounded to 3 significant digits: a scaled count is no more precise than that. */
  static long rounded(double count) {
    return count < 1000
        ? Math.round(count)
        : new java.math.BigDecimal(count).round(new java.math.MathContext(3)).longValue();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, share < 0.001 && share > 0 ? "%.4f%%" : "%.2f%%", 100 * share);
  }

  /** Returns a number as written in a scenario: no trailing zeros. */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
