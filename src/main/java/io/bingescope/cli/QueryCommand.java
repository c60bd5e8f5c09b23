package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.io.MemberSource;
import io.bingescope.io.StoredInput;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Selects members of stored views by a query of docs/metrics.md. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Selects the members of stored views that match a query.",
      "",
      "Prints the number of matching members on the first line, then one member per line sorted by",
      "member id (--ids-only: the ids alone, no count), so the output is easy to script.",
      "",
      "Examples:",
      "  bingescope query streak --title \"A Christmas Prince\" --days 18 --ending 2017-12-10 out",
      "  bingescope query window --series \"The Office (U.S.)\" --days 7 --min-episodes 188 out"
    },
    subcommands = {QueryCommand.StreakCommand.class, QueryCommand.WindowCommand.class})
final class QueryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw Main.missingCommand(spec);
  }


  /** The members who watched one title every day of a run of days. */
  @Command(
      name = "streak",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Members who watched a title on each of DAYS consecutive local days ending on DATE.",
        "",
        "Prints the number of members, then their ids one per line (--ids-only: the ids alone).",
        "",
        "Example (Netflix's \"53 people\"):",
        "  bingescope query streak --title \"A Christmas Prince\" --days 18 --ending 2017-12-10 out"
      })
  static final class StreakCommand implements Callable<Integer> {
    @Option(names = "--title", required = true, paramLabel = "NAME", description = "The title's exact name.")
    String title;

    @Option(names = "--days", required = true, paramLabel = "DAYS", description = "Length of the streak.")
    int days;

    @Option(names = "--ending", required = true, paramLabel = "DATE", description = "Last day of the streak (YYYY-MM-DD).")
    LocalDate ending;

    @CommandLine.Mixin Common common;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (days < 1) {
        throw new UserException("--days must be at least 1, got " + days);
      }
      StoredInput in = common.importOptions.resolve(common.input, spec.commandLine().getErr());
      Catalog catalog = in.catalog();
      int titleId = titleNamed(catalog, title);
      StreakQuery query = new StreakQuery(titleId, days, ending, common.level);
      List<String> rows = new ArrayList<>();
      History h = new History();
      try (MemberSource source = in.open(catalog)) {
        while (source.next(h)) {
          if (query.matches(h, catalog)) {
            rows.add(Integer.toString(h.memberId()));
          }
        }
      }
      print(spec, rows, common.idsOnly);
      return 0;
    }
  }

  /** The members who watched many episodes of a series within a window of days. */
  @Command(
      name = "window",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Members who watched at least N distinct episodes of a series within DAYS x 24 hours.",
        "",
        "Prints the number of members, then 'member_id,episodes' per line (--ids-only: the ids alone).",
        "",
        "Example (the 188 episodes of The Office in a week):",
        "  bingescope query window --series \"The Office (U.S.)\" --days 7 --min-episodes 188 out"
      })
  static final class WindowCommand implements Callable<Integer> {
    @Option(names = "--series", required = true, paramLabel = "NAME", description = "The series' exact name.")
    String series;

    @Option(names = "--days", defaultValue = "7", paramLabel = "DAYS", description = "Window length in days of 24 h (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--min-episodes", required = true, paramLabel = "N", description = "Fewest distinct episodes in one window.")
    int minEpisodes;

    @CommandLine.Mixin Common common;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (days < 1) {
        throw new UserException("--days must be at least 1, got " + days);
      }
      if (minEpisodes < 1) {
        throw new UserException("--min-episodes must be at least 1, got " + minEpisodes);
      }
      StoredInput in = common.importOptions.resolve(common.input, spec.commandLine().getErr());
      Catalog catalog = in.catalog();
      Series s = seriesNamed(catalog, series);
      WindowQuery query = new WindowQuery(s.index(), days, common.level);
      List<String> rows = new ArrayList<>();
      History h = new History();
      try (MemberSource source = in.open(catalog)) {
        while (source.next(h)) {
          int episodes = query.maxEpisodes(h, catalog);
          if (episodes >= minEpisodes) {
            rows.add(common.idsOnly ? Integer.toString(h.memberId()) : h.memberId() + "," + episodes);
          }
        }
      }
      print(spec, rows, common.idsOnly);
      return 0;
    }
  }

  private static void print(CommandLine.Model.CommandSpec spec, List<String> rows, boolean idsOnly) {
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder b = new StringBuilder();
    if (!idsOnly) {
      b.append(rows.size()).append('\n');
    }
    for (String r : rows) {
      b.append(r).append('\n');
    }
    out.print(b);
    out.flush();
  }

  /** Returns the id of the first title with exactly this name, or fails suggesting close names. */
  static int titleNamed(Catalog catalog, String name) {
    for (Title t : catalog.titles()) {
      if (t.name().equals(name)) {
        return t.id();
      }
    }
    throw new UserException(
        "no title named '" + name + "' in the catalog" + Suggestions.closest(name, catalog.titles().stream().map(Title::name)));
  }

  /** Returns the series with exactly this name, or fails suggesting close names. */
  static Series seriesNamed(Catalog catalog, String name) {
    return catalog
        .seriesNamed(name)
        .orElseThrow(
            () ->
                new UserException(
                    "no series named '" + name + "' in the catalog"
                        + Suggestions.closest(name, catalog.series().stream().map(Series::name))));
  }

  /** The options both queries share. */
  static final class Common {
    @Option(
        names = "--level",
        paramLabel = "LEVEL",
        defaultValue = "watcher",
        converter = MetricOptionsMixin.LevelConverter.class,
        description = "starter, watcher or completer (default: ${DEFAULT-VALUE}).")
    Level level;

    @Option(names = "--ids-only", description = "Prints the member ids alone, without the count or figures.")
    boolean idsOnly;

    @Parameters(
        index = "0",
        paramLabel = "INPUT",
        description = "A simulate output directory, a views.csv, or a Netflix export.")
    Path input;

    @CommandLine.Mixin ImportOptions importOptions;
  }
}
