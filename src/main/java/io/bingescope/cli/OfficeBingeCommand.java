package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.RuleScore;
import io.bingescope.analytics.WindowHours;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.infer.WellnessRule;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Series;
import io.bingescope.scenario.Scenario;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.World;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The "188 episodes in a week" of The Office (U.S.): simulates office-binge-2018 fused, lists the
 * members whose views hold 188 or more episodes of the show in 7 days, and scores simple "are you
 * okay?" e-mail rules against the ground truth of who had a depressive episode.
 */
@Command(
    name = "office-188",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the members who watched 188 or more episodes of The Office (U.S.) in 7 days.",
      "",
      "Simulates office-binge-2018 fused (each member is generated and measured at once;",
      "nothing is written) and lists those members with their hours per day and longest",
      "sitting. Then it makes the story's claim concrete: if a platform e-mailed \"are you",
      "okay?\" by a simple rule (episodes of any one series, not only The Office, or viewing",
      "hours, in 7 days, at a few thresholds), how many members each rule would contact, and",
      "how many of them really had a depressive episode in the ground truth (precision and",
      "recall). The 188-episode rule's contacts are split into The Office and other series.",
      "",
      "Examples:",
      "  bingescope reproduce office-188",
      "  bingescope reproduce office-188 --members 200000 --seed 7",
      "  bingescope reproduce office-188 --set life_events.depressive-episode.share=0.1"
    })
final class OfficeBingeCommand implements Callable<Integer> {
  static final String SCENARIO = "office-binge-2018";
  static final String SERIES = "The Office (U.S.)";
  static final String DEPRESSIVE = WellnessRule.DEPRESSIVE;
  static final int DAYS = WellnessRule.DAYS;
  static final int STORY_EPISODES = 188;
  /** Below this many contacted members a rule's precision is flagged as uncertain. */
  static final int SMALL_SAMPLE = 30;

  /** The wellness rules of the table: episodes of one series, then viewing hours, in 7 days. */
  static final List<WellnessRule> RULES =
      List.of(
          WellnessRule.episodes(50),
          WellnessRule.episodes(100),
          WellnessRule.episodes(150),
          WellnessRule.episodes(STORY_EPISODES),
          // 69 h is the story's 188 episodes x 22 minutes.
          WellnessRule.hours(30),
          WellnessRule.hours(45),
          WellnessRule.hours(60),
          WellnessRule.hours(69));

  @Option(names = "--members", paramLabel = "N",
      description = "Members to simulate (default: the scenario's, 50,000).")
  Long members;


  @Option(names = "--min-episodes", paramLabel = "N", defaultValue = "" + STORY_EPISODES,
      description = "Lists the members with at least N episodes of The Office in 7 days"
          + " (default: ${DEFAULT-VALUE}).")
  int minEpisodes;

  @CommandLine.Mixin ReproduceOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A member of the list: the few figures the table prints, never the history. */
  record Binger(
      int memberId,
      int episodes,
      double hoursPerDay,
      double weekHours,
      double longestSittingHours,
      String persona,
      boolean depressive) {}

  /** What a block of members adds up to: counters per rule and the listed members, no more. */
  static final class Tally {
    final long[] contacted = new long[RULES.size()];
    final long[] depressiveContacted = new long[RULES.size()];
    final List<Binger> bingers = new ArrayList<>();
    long depressive;
    /** Members with the story's 188 episodes of The Office in 7 days, whichever --min-episodes lists. */
    long storyOffice;
    /** Members the 188-episode rule contacts for another series: that series' name, and how many. */
    final Map<String, Long> storyOtherSeries = new TreeMap<>();

    void add(int episodes, long weekSeconds, boolean isDepressive) {
      if (isDepressive) {
        depressive++;
      }
      for (int r = 0; r < RULES.size(); r++) {
        if (RULES.get(r).contacts(episodes, weekSeconds)) {
          contacted[r]++;
          if (isDepressive) {
            depressiveContacted[r]++;
          }
        }
      }
    }

    void merge(Tally other) {
      for (int r = 0; r < RULES.size(); r++) {
        contacted[r] += other.contacted[r];
        depressiveContacted[r] += other.depressiveContacted[r];
      }
      depressive += other.depressive;
      bingers.addAll(other.bingers);
      storyOffice += other.storyOffice;
      other.storyOtherSeries.forEach((name, n) -> storyOtherSeries.merge(name, n, Long::sum));
    }

    RuleScore score(int rule) {
      return new RuleScore(contacted[rule], depressiveContacted[rule], depressive);
    }
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    if (minEpisodes < 1) {
      throw new UserException("--min-episodes must be at least 1, got " + minEpisodes);
    }
    Scenario scenario = options.load(SCENARIO, members);
    int threadCount = options.threadCount();
    World world = World.of(scenario);
    Catalog catalog = world.catalog();
    Series office =
        catalog
            .seriesNamed(SERIES)
            .orElseThrow(
                () ->
                    new UserException("the scenario has no series '" + SERIES + "'; its series: "
                        + catalog.series().stream().map(Series::name).toList()));
    WindowQuery officeWeek = new WindowQuery(office.index(), DAYS, Level.WATCHER);
    WindowHours hoursWeek = new WindowHours(DAYS);
    LocalDate first = scenario.period().start();
    LocalDate last = scenario.period().end();
    // MemberMetrics' defaults are the rules' definitions: watcher level, a window of 7 x 24 h.
    ThreadLocal<MemberMetrics> metrics = ThreadLocal.withInitial(MemberMetrics::new);

    Tally total = new Tally();
    MemberSink<Tally> sink =
        new MemberSink<>() {
          @Override
          public Tally newBlock() {
            return new Tally();
          }

          @Override
          public void accept(Tally block, MemberTraits traits, History history) {
            MemberMetrics m = metrics.get().compute(history, catalog, first, last);
            long weekSeconds = hoursWeek.maxSeconds(history);
            boolean depressive = depressive(traits, first, last);
            block.add(m.windowEpisodes(), weekSeconds, depressive);
            int episodes = officeWeek.maxEpisodes(history, catalog);
            if (episodes >= STORY_EPISODES) {
              block.storyOffice++;
            } else if (m.windowEpisodes() >= STORY_EPISODES) {
              block.storyOtherSeries.merge(catalog.series().get(m.windowSeries()).name(), 1L, Long::sum);
            }
            if (episodes >= minEpisodes) {
              block.bingers.add(
                  new Binger(history.memberId(), episodes, m.meanDailyHours(),
                      weekSeconds / 3_600.0, m.longestSittingS() / 3_600.0, traits.persona(),
                      depressive));
            }
          }

          @Override
          public void complete(Tally block) {
            total.merge(block);
          }
        };
    long memberCount = world.members();
    long views = ProgressBar.runFused(world, threadCount, sink, spec.commandLine().getErr(), options.quiet);
    double seconds = (System.nanoTime() - started) / 1e9;
    print(spec.commandLine().getOut(), scenario, memberCount, views, seconds, total);
    return 0;
  }

  /** Returns whether the member's truth has a depressive episode overlapping the period. */
  static boolean depressive(MemberTraits traits, LocalDate first, LocalDate last) {
    for (MemberTraits.LifeEvent e : traits.lifeEvents()) {
      if (e.kind().equals(DEPRESSIVE) && !e.start().isAfter(last) && !e.end().isBefore(first)) {
        return true;
      }
    }
    return false;
  }

  private void print(
      PrintWriter out, Scenario scenario, long memberCount, long views, double seconds, Tally t) {
    Scenario.Period period = scenario.period();
    out.printf(Locale.ROOT, "Members with %d or more episodes of \"%s\" in 7 days, %s..%s%n",
        minEpisodes, SERIES, period.start(), period.end());
    out.printf(Locale.ROOT, "%s, %,d members, seed %d, %,d views simulated in %.1f s%n%n",
        SCENARIO, memberCount, scenario.seed(), views, seconds);
    out.printf(Locale.ROOT, "  found (counted from the views)  %,d members with %d or more episodes of The Office%n",
        t.bingers.size(), minEpisodes);
    if (!t.bingers.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "  %9s  %8s  %9s  %13s  %15s  %-14s  %s%n", "member", "episodes",
          "hours/day", "max h, 7 days", "longest sitting", "persona", "depressive episode");
      for (Binger b : t.bingers) {
        out.printf(Locale.ROOT, "  %9d  %8d  %9.1f  %13.1f  %13.1f h  %-14s  %s%n", b.memberId(),
            b.episodes(), b.hoursPerDay(), b.weekHours(), b.longestSittingHours(), b.persona(),
            b.depressive() ? "yes" : "no");
      }
    }
    out.println();
    for (String line : storyRule(t, minEpisodes)) {
      out.println(line);
    }
    out.println();
    out.println("If a platform e-mailed \"are you okay?\" by a simple rule: whom each rule would"
        + " contact, and how");
    out.printf(Locale.ROOT, "many of them really had a depressive episode (ground truth: %,d of %,d"
        + " members, %s)%n%n", t.depressive, memberCount, percent(t.depressive, memberCount));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"rule: contact a member when", "contacted", "depressive", "precision",
        "recall"});
    for (int r = 0; r < RULES.size(); r++) {
      RuleScore s = t.score(r);
      rows.add(new String[] {RULES.get(r).label(), String.format(Locale.ROOT, "%,d", s.selected()),
          String.format(Locale.ROOT, "%,d", s.truePositives()),
          ratio(s.truePositives(), s.selected(), s.precision()),
          ratio(s.truePositives(), s.positives(), s.recall())});
    }
    // Columns as wide as their widest cell: counts at 117M members need twice the room of 50,000.
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    String format = "  %-" + width[0] + "s  %" + width[1] + "s  %" + width[2] + "s  %-" + width[3]
        + "s  %s%n";
    for (String[] row : rows) {
      out.printf(Locale.ROOT, format, (Object[]) row);
    }
    out.println();
    out.print(
        """
          precision = depressive / contacted; recall = depressive / all depressive members.
          Episodes: the most distinct episodes of any one series in a window of 7 x 24 h;
          hours: every view starting in the member's heaviest window of 7 x 24 h. An episode
          counts when >= 70% of it was watched (Netflix's 2017 rule).
        """);
    out.println();
    out.println("In plain words:");
    for (String line : conclusion(t, memberCount)) {
      out.println("  " + line);
    }
    out.println();
    out.print(
        """
        Netflix said it never contacts members about their viewing habits: it denied sending
        the e-mail of the February 2018 story, which echoes a 2013-2014 satire about a 12-hour
        Sons of Anarchy marathon. The rules above are hypothetical; the ground truth is the
        simulator's (the depressive-episode life event of office-binge-2018: see
        'bingescope scenarios --show office-binge-2018').
        """);
    out.flush();
  }

  /**
   * Returns, one terminal line per element, how the listed members relate to the 188-episode rule of the table:
   * the rule counts episodes of any one series, so it contacts the members with 188 episodes of The Office and
   * those who reached 188 with another series.
   */
  static List<String> storyRule(Tally t, int minEpisodes) {
    int rule = RULES.indexOf(WellnessRule.episodes(STORY_EPISODES));
    long contacted = t.contacted[rule];
    long other = contacted - t.storyOffice;
    String text = String.format(Locale.ROOT, "The episode rules below count episodes of ANY one series, not only"
            + " The Office. The %d-episode rule contacts %,d members: %,d with %d or more episodes of The Office%s,"
            + " and ", STORY_EPISODES, contacted, t.storyOffice, STORY_EPISODES,
        minEpisodes == STORY_EPISODES ? " (the members listed above)" : "");
    if (other == 0) {
      text += "no member who reached " + STORY_EPISODES + " with another series.";
    } else {
      List<Map.Entry<String, Long>> bySeries = new ArrayList<>(t.storyOtherSeries.entrySet());
      bySeries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
      StringBuilder named = new StringBuilder();
      for (int i = 0; i < bySeries.size() && i < 4; i++) {
        named.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", bySeries.get(i).getKey(),
            bySeries.get(i).getValue()));
      }
      if (bySeries.size() > 4) {
        named.append(String.format(Locale.ROOT, " and %,d more series", bySeries.size() - 4));
      }
      text += String.format(Locale.ROOT, "%,d who reached %d with another series (%s).", other, STORY_EPISODES,
          named);
    }
    return TextWrap.lines(text, "", "");
  }

  /** Returns the conclusion drawn from the table, one terminal line per element. */
  static List<String> conclusion(Tally t, long memberCount) {
    List<String> lines = new ArrayList<>();
    int bestPrecision = -1;
    int bestRecall = -1;
    for (int r = 0; r < RULES.size(); r++) {
      RuleScore s = t.score(r);
      // Compared as cross products and ties keep the earlier rule, so rounding cannot decide.
      if (s.selected() > 0
          && (bestPrecision < 0
              || s.truePositives() * t.score(bestPrecision).selected()
                  > t.score(bestPrecision).truePositives() * s.selected())) {
        bestPrecision = r;
      }
      if (bestRecall < 0 || s.truePositives() > t.score(bestRecall).truePositives()) {
        bestRecall = r;
      }
    }
    if (t.depressive == 0) {
      lines.add("No member had a depressive episode, so no rule can find one.");
    }
    if (bestPrecision < 0) {
      lines.add("No rule contacts anyone.");
      return lines;
    }
    RuleScore p = t.score(bestPrecision);
    lines.add("Best precision: \"" + RULES.get(bestPrecision).label() + "\".");
    lines.add(String.format(Locale.ROOT,
        "  %,d of the %,d members it contacts were depressive (%s);", p.truePositives(),
        p.selected(), percent(p.truePositives(), p.selected())));
    lines.add(String.format(Locale.ROOT, "  it reaches %,d of the %,d depressive members (%s).",
        p.truePositives(), t.depressive, percent(p.truePositives(), t.depressive)));
    if (p.selected() < SMALL_SAMPLE) {
      // A share of a handful of members swings by tens of points from one seed to the next.
      lines.add(String.format(Locale.ROOT,
          "  (%,d members are a small sample: try --members 1000000 or another --seed)",
          p.selected()));
    }
    if (t.depressive == 0) {
      return lines;
    }
    if (bestRecall != bestPrecision) {
      RuleScore c = t.score(bestRecall);
      lines.add("Best recall: \"" + RULES.get(bestRecall).label() + "\".");
      lines.add(String.format(Locale.ROOT, "  It reaches %,d of the %,d depressive members (%s),",
          c.truePositives(), t.depressive, percent(c.truePositives(), t.depressive)));
      lines.add(String.format(Locale.ROOT,
          "  but %,d of the %,d members it contacts (%s) were not.", c.falsePositives(),
          c.selected(), percent(c.falsePositives(), c.selected())));
    }
    boolean both = false;
    for (int r = 0; r < RULES.size(); r++) {
      RuleScore s = t.score(r);
      both |= s.selected() > 0
          && 2 * s.truePositives() >= s.selected()
          && 2 * s.truePositives() >= s.positives();
    }
    lines.add(both
        ? "At least one rule reaches half of the depressive members with half of its e-mails right."
        : "No rule reaches half of the depressive members with half of its e-mails right.");
    lines.add("E-mailing members at random would be right " + percent(t.depressive, memberCount)
        + " of the time.");
    return lines;
  }

  private static String ratio(long part, long whole, OptionalDouble share) {
    String value =
        share.isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble())
            : "n/a";
    return String.format(Locale.ROOT, "%,d/%,d = %s", part, whole, value);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
