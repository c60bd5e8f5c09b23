package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
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
      "count beside the published 53 and the model's expectation (exact, with a 95%% interval).",
      "",
      "Examples:",
      "  bingescope reproduce 53-viewers",
      "  bingescope reproduce 53-viewers --members 10000000 --seed 7"
    })
final class FiftyThreeViewersCommand implements Callable<Integer> {
  static final String SCENARIO = "christmas-prince-2017";
  static final String TITLE = "A Christmas Prince";
  static final LocalDate ENDING = LocalDate.of(2017, 12, 10);
  static final int DAYS = 18;
  static final long NETFLIX_MEMBERS_2017 = 117_580_000L;
  static final int PUBLISHED = 53;

  @Option(names = "--members", paramLabel = "N", defaultValue = "" + NETFLIX_MEMBERS_2017,
      description = "Members to simulate (default: ${DEFAULT-VALUE}, Netflix at the end of 2017).")
  long members;

  @CommandLine.Mixin ReproduceOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Scenario scenario = options.load(SCENARIO, members);
    int threadCount = options.threadCount();
    World world = World.of(scenario);
    StreakSetup setup = StreakSetup.of(world, TITLE, DAYS, ENDING);
    StreakQuery query = new StreakQuery(setup.titleId(), DAYS, ENDING, Level.WATCHER);
    StreakExpectation.Result expectation = StreakExpectation.of(world, setup.titleId(), DAYS, ENDING);

    List<Long> streakers = new ArrayList<>();
    MemberSink<List<Long>> sink =
        new MemberSink<>() {
          @Override
          public List<Long> newBlock() {
            return new ArrayList<>();
          }

          @Override
          public void accept(List<Long> block, MemberTraits traits, History history) {
            if (query.matches(history, world.catalog())) {
              block.add((long) history.memberId());
            }
          }

          @Override
          public void complete(List<Long> block) {
            streakers.addAll(block);
          }

          @Override
          public boolean readsTraits() {
            return false; // the streak is counted from the views alone
          }
        };
    long views = ProgressBar.runFused(world, threadCount, sink, spec.commandLine().getErr(), options.quiet);
    double mu = expectation.expected();
    PoissonDistribution poisson = PoissonDistribution.of(Math.max(mu, 1e-300));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "\"%s\" watched on every day %s..%s (%d days, Netflix's 2017 rule: >= 70%% of the"
            + " film)%n", TITLE, query.start(), ENDING, DAYS);
    out.printf(Locale.ROOT, "%s, %,d members, seed %d, %,d views simulated in %.0f s%n%n", SCENARIO, members,
        scenario.seed(), views, (System.nanoTime() - started) / 1e9);
    out.printf(Locale.ROOT, "  simulated (counted from the views)  %,d members%n", streakers.size());
    out.printf(Locale.ROOT, "  model expectation (exact)           %.1f   95%% interval %d..%d%n", mu,
        poisson.inverseCumulativeProbability(0.025), poisson.inverseCumulativeProbability(0.975));
    out.printf(Locale.ROOT, "  published by Netflix, 10 Dec 2017   %d%n%n", PUBLISHED);
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
    out.println("local day; a view counts at 70% of the film. The published 53 is a target, never an input here.");
    if (!streakers.isEmpty() && streakers.size() <= 200) {
      out.println();
      out.println("Members: " + streakers);
    }
    out.flush();
    return 0;
  }
}
