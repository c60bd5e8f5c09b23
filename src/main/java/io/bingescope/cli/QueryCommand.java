package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.SeriesStreakQuery;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.run.MemberSource;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Names;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      "  bingescope query streak --title \"A Christmas Prince\" --days 18 --ending 2017-12-10 big",
      "  bingescope query window --series \"The Office (U.S.)\" --days 7 --min-episodes 188 out"
    },
    subcommands = {QueryCommand.StreakCommand.class, QueryCommand.WindowCommand.class})
final class QueryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw Main.missingCommand(spec);
  }


  /** The members who watched one title, or any episode of one series, every day of a run of days. */
  @Command(
      name = "streak",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Members who watched a title (--title), or any episode of a series (--series), on each of DAYS",
        "consecutive local days ending on DATE. Names match without regard to case; 'bingescope titles",
        "INPUT --search WORD' lists an input's titles and series.",
        "",
        "Prints the number of members, then their ids one per line (--ids-only: the ids alone; --by profile:",
        "'member_id,profile', one row per profile whose own views make the streak). A streak",
        "that does not lie inside the input's period (manifest.json's, or the first to last day of the",
        "views) is refused with exit code 2, as no member could match it.",
        "",
        "Examples (Netflix's \"53 people\", then a week of The Office every day):",
        "  bingescope query streak --title \"A Christmas Prince\" --days 18 --ending 2017-12-10 big",
        "  bingescope query streak --series \"the office (u.s.)\" --days 7 --ending 2018-02-11 office"
      })
  static final class StreakCommand implements Callable<Integer> {
    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** What the streak is of: one title or a series. */
    static final class What {
      @Option(names = "--title", required = true, paramLabel = "NAME", description = "The title (a film or one episode).")
      String title;

      @Option(names = "--series", required = true, paramLabel = "NAME", description = "The series: any of its episodes counts.")
      String series;
    }

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
      java.util.function.Predicate<History> query;
      if (what.series != null) {
        SeriesStreakQuery q = new SeriesStreakQuery(seriesNamed(catalog, what.series).index(), days, ending, common.level);
        query = h -> q.matches(h, catalog);
      } else {
        StreakQuery q = new StreakQuery(titleNamed(catalog, what.title), days, ending, common.level);
        query = h -> q.matches(h, catalog);
      }
      LocalDate start = ending.minusDays(days - 1L);
      if (in.manifest().isPresent()) {
        checkInside(start, StoredMembers.period(in, catalog));
      }
      long firstDay = Long.MAX_VALUE;
      long lastDay = Long.MIN_VALUE;
      List<String> rows = new ArrayList<>();
      History h = new History();
      History scratch = new History();
      try (MemberSource source = in.open(catalog)) {
        while (source.next(h)) {
          for (int i = 0; i < h.size(); i++) {
            firstDay = Math.min(firstDay, h.localDay(i));
            lastDay = Math.max(lastDay, h.localDay(i));
          }
          addRows(h, source.profiles(), common.byProfile.perProfile(), common.spreadsheetSafe.style(),
              scratch, x -> query.test(x) ? "" : null, rows);
        }
      }
      if (in.manifest().isEmpty() && firstDay <= lastDay) {
        checkInside(start, new StoredMembers.Period(LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay), "views"));
      }
      print(spec, rows, common.idsOnly);
      return 0;
    }

    private void checkInside(LocalDate start, StoredMembers.Period period) {
      if (start.isBefore(period.first()) || ending.isAfter(period.last())) {
        throw new UserException(
            "the " + days + " days " + start + ".." + ending + " are not inside the input's period " + period.first()
                + ".." + period.last() + " (" + (period.source().equals("manifest") ? "from manifest.json"
                : "the first to last day of its views") + "), so no member could match; choose --ending and --days"
                + " within it");
      }
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
        "Prints the number of members, then 'member_id,episodes' per line (--ids-only: the ids alone; --by",
        "profile: 'member_id,profile,episodes', one row per profile, from its own views).",
        "",
        "Example (the 188 episodes of The Office in a week):",
        "  bingescope query window --series \"The Office (U.S.)\" --days 7 --min-episodes 188 out"
      })
  static final class WindowCommand implements Callable<Integer> {
    @Option(names = "--series", required = true, paramLabel = "NAME", description = "The series (case is ignored).")
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
      History scratch = new History();
      try (MemberSource source = in.open(catalog)) {
        while (source.next(h)) {
          addRows(h, source.profiles(), common.byProfile.perProfile(), common.spreadsheetSafe.style(),
              scratch, x -> {
            int episodes = query.maxEpisodes(x, catalog);
            return episodes < minEpisodes ? null : common.idsOnly ? "" : "," + episodes;
          }, rows);
        }
      }
      print(spec, rows, common.idsOnly);
      return 0;
    }
  }

  /**
   * Adds a member's row when it matches ({@code figure} gives the row's end, or null for no match): the
   * account's, or with {@code --by profile} one per profile that watched, named after the id.
   */
  private static void addRows(History h, List<String> profiles, boolean perProfile, CsvStyle style,
      History scratch,
      java.util.function.Function<History, String> figure, List<String> rows) {
    if (!perProfile) {
      String end = figure.apply(h);
      if (end != null) {
        rows.add(h.memberId() + end);
      }
      return;
    }
    for (int p = 0; p < h.profileBound(); p++) {
      if (ByProfile.keep(h, p, scratch).size() == 0) {
        continue;
      }
      String end = figure.apply(scratch);
      if (end != null) {
        rows.add(h.memberId() + "," + style.field(p < profiles.size() ? profiles.get(p) : "") + end);
      }
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

  /**
   * Returns the id of the title of this name (exactly, else without regard to case), or fails: naming a
   * series (a title named like one holds its trailers, which never count), or suggesting related names.
   */
  static int titleNamed(Catalog catalog, String name) {
    Optional<Series> series = seriesIgnoringCase(catalog, name);
    if (series.isPresent()) {
      throw new UserException("'" + name + "' is a series, and --title names one film or episode (a title named"
          + " like a series holds its trailers or other extras, which never count); use --series '"
          + series.get().name() + "' for any of its " + series.get().episodeCount() + " episodes");
    }
    List<Title> folded = new ArrayList<>();
    for (Title t : catalog.titles()) {
      if (t.name().equals(name)) {
        return t.id();
      }
      if (t.name().equalsIgnoreCase(name)) {
        folded.add(t);
      }
    }
    if (folded.size() == 1) {
      return folded.get(0).id();
    }
    if (folded.size() > 1) {
      throw new UserException("'" + name + "' names " + folded.size() + " titles that differ only in case: "
          + String.join(", ", folded.stream().map(t -> "'" + t.name() + "'").toList()) + "; give one exactly");
    }
    List<String> names = new ArrayList<>();
    catalog.titles().forEach(t -> names.add(t.name()));
    catalog.series().forEach(s -> names.add(s.name()));
    throw new UserException("no title named '" + name + "' in the input" + Names.closest(name, names) + LIST_HINT);
  }

  /** Returns the series of this name (exactly, else without regard to case), or fails suggesting related names. */
  static Series seriesNamed(Catalog catalog, String name) {
    return seriesIgnoringCase(catalog, name)
        .orElseThrow(
            () ->
                new UserException(
                    "no series named '" + name + "' in the input"
                        + Names.closest(name, catalog.series().stream().map(Series::name).toList()) + LIST_HINT));
  }

  private static final String LIST_HINT = " (bingescope titles INPUT --search WORD lists its titles)";

  private static Optional<Series> seriesIgnoringCase(Catalog catalog, String name) {
    Optional<Series> exact = catalog.seriesNamed(name);
    if (exact.isPresent()) {
      return exact;
    }
    return catalog.series().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
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

    @CommandLine.Mixin ByProfile byProfile;

    @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;
  }
}
