package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricColumn;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.analytics.PopulationSummary.Metric;
import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.Evidence;
import io.bingescope.infer.Score;
import io.bingescope.infer.Scorecard;
import io.bingescope.model.Catalog;
import io.bingescope.model.Column;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The visual report: one self-contained HTML page (inline CSS, inline SVG charts, no script, font
 * or image from anywhere, a Content-Security-Policy that forbids them) with an overview of the
 * population and a section per selected member. Every string from data goes through {@link Html};
 * every chart has a title, a description and its figures as a table. What each chart shows is
 * documented in docs/report.md. The page is also well-formed XML, so tests can read it with an XML
 * parser. A chart or figure that needs what the input did not record ({@link Observed}, by the rules
 * of {@link Availability}) is replaced by a note saying so, never drawn from stand-in values.
 */
public final class HtmlReport {
  /**
   * The start of the page's generator tag (the version follows): a later {@code report --force}
   * replaces an existing file only when its head holds it, i.e. bingescope wrote it.
   */
  public static final String GENERATOR_TAG = "<meta name=\"generator\" content=\"bingescope";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final int TOP_WORKS = 10;
  private static final String WEEKDAY_HOUR = "Viewing hours by weekday and local hour";
  private static final String WEEKLY_HOURS = "Mean viewing hours per week";
  private static final String BINGE_SITTINGS = "Binge sittings per member";
  private static final String STREAK_DAYS = "Longest daily streak of one title";

  /**
   * What the report is about.
   *
   * @param source the input, as the user named it
   * @param first the period's first local day
   * @param last the period's last local day
   * @param options the metric options the figures were computed with
   * @param catalog the titles
   * @param vocabulary the zones, countries and devices the histories refer to
   * @param observed what the input recorded of each view
   * @param toolVersion the version of bingescope writing the report
   */
  public record Context(
      String source,
      LocalDate first,
      LocalDate last,
      MetricOptions options,
      Catalog catalog,
      Vocabulary vocabulary,
      Observed observed,
      String toolVersion) {}

  /**
   * A member's page: the member and the claims inferred about it (empty when none were computed).
   */
  public record MemberPage(SelectedMember member, List<Claim> claims) {
    public MemberPage {
      claims = List.copyOf(claims);
    }
  }

  private final Context context;
  private final Overview overview;
  private final List<MemberPage> members;
  private final Optional<Scorecard> scorecard;
  private final Observed observed;
  // A chart the input cannot support is null; its section shows Availability's note instead.
  private final Heatmap weekdayHour;
  private final BarChart weeklyHours;
  private final BarChart bingeSittings;
  private final BarChart streakDays;
  private final Map<Integer, Heatmap> calendars = new LinkedHashMap<>();
  private final Map<Integer, DayHourGrid> grids = new LinkedHashMap<>();
  private final Map<Integer, DayViews> days = new LinkedHashMap<>();

  /** Creates the report; the charts are laid out here, once, for the page and for PNG files. */
  public HtmlReport(
      Context context, Overview overview, List<MemberPage> members,
      Optional<Scorecard> scorecard) {
    this.context = context;
    this.overview = overview;
    this.members = List.copyOf(members);
    this.scorecard = scorecard;
    this.observed = context.observed();
    long n = overview.members();
    this.weekdayHour = supports(Availability.LOCAL_HOURS) ? weekdayHourChart() : null;
    this.weeklyHours =
        !supports(MetricColumn.PERIOD_S.column())
            ? null
            : overview.weeklyHours().chart(
                WEEKLY_HOURS,
                "Members by their mean viewing hours per week over the period, " + count(n)
                    + " members.",
                "hours per week", "members");
    this.bingeSittings =
        !supports(MetricColumn.BINGE_SITTINGS.column())
            ? null
            : overview.bingeSittings().chart(
                BINGE_SITTINGS,
                "Members by their number of binge sittings (sittings with at least "
                    + context.options().bingeEpisodes() + " qualifying episodes of one series), "
                    + count(n) + " members.",
                "binge sittings", "members");
    this.streakDays =
        !supports(MetricColumn.LONGEST_STREAK_DAYS.column())
            ? null
            : overview.streakDays().chart(
                STREAK_DAYS,
                "Members by their most consecutive local days with a qualifying view of one "
                    + "title, " + count(n) + " members.",
                "days in a row", "members");
    for (MemberPage p : this.members) {
      History h = p.member().history();
      if (supports(Availability.LOCAL_HOURS)) {
        DayHourGrid g = DayHourGrid.of(h, context.first(), context.last());
        grids.put(h.memberId(), g);
        calendars.put(h.memberId(), calendar(h.memberId(), g));
      } else {
        DayViews v = DayViews.of(h, context.first(), context.last());
        days.put(h.memberId(), v);
        calendars.put(h.memberId(), dayCalendar(h.memberId(), v));
      }
    }
  }

  /**
   * Returns every chart the report draws by a name fit for a file ({@code weekday-hour}, {@code
   * member-12-calendar}, or {@code member-12-days} for an input of dates only), overview first.
   * Charts the input cannot support are not drawn, so they are not here.
   */
  public Map<String, Chart> charts() {
    Map<String, Chart> all = new LinkedHashMap<>();
    putIfDrawn(all, "weekday-hour", weekdayHour);
    putIfDrawn(all, "weekly-hours", weeklyHours);
    putIfDrawn(all, "binge-sittings", bingeSittings);
    putIfDrawn(all, "streak-days", streakDays);
    calendars.forEach((id, chart) -> all.put(calendarName(id), chart));
    return Collections.unmodifiableMap(all);
  }

  private static void putIfDrawn(Map<String, Chart> all, String name, Chart chart) {
    if (chart != null) {
      all.put(name, chart);
    }
  }

  private String calendarName(int id) {
    return "member-" + id + (grids.containsKey(id) ? "-calendar" : "-days");
  }

  /** Returns whether the input recorded what the figure or chart {@code name} needs. */
  private boolean supports(Column figure) {
    return Availability.unavailable(figure, observed).isEmpty();
  }

  /** Writes the page as UTF-8. */
  public void write(OutputStream out) throws IOException {
    out.write(html().getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the page. */
  public String html() {
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        // The generator tag lets a later 'report --force' tell the file is bingescope's to replace.
        .append(GENERATOR_TAG).append(' ').append(Html.text(context.toolVersion()))
        .append("\"/>\n")
        .append("<title>bingescope report: ").append(Html.text(context.source()))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(b);
    b.append("<main>\n");
    overviewSection(b);
    scorecardSection(b);
    for (MemberPage p : members) {
      memberSection(b, p);
    }
    b.append("</main>\n<footer><p>Written by bingescope ")
        .append(Html.text(context.toolVersion()))
        .append(". Self-contained: this page loads nothing and runs no script.</p></footer>\n")
        .append("</body>\n</html>\n");
    return b.toString();
  }

  private void header(StringBuilder b) {
    MetricOptions o = context.options();
    b.append("<header>\n<h1>bingescope report</h1>\n<p>Input <code>")
        .append(Html.text(context.source())).append("</code>: ")
        .append(count(overview.members())).append(" members, ")
        .append(count(overview.views())).append(" views, period ")
        .append(context.first()).append(" to ").append(context.last()).append(" (local days). ")
        .append("Qualifying level ").append(o.level().name().toLowerCase(Locale.ROOT))
        .append(", sittings split at pauses over ").append(o.sittingGapS() / 60)
        .append(" min.</p>\n");
    Optional<String> lacking = Availability.note(Availability.LOCAL_HOURS, observed)
        .or(() -> Availability.note(MetricColumn.VIEWING_S.column(), observed));
    lacking.ifPresent(note -> b.append("<p class=\"none\">Some charts and figures are ")
        .append(Html.text(note)).append(". They say so where they would be, rather than being ")
        .append("drawn from the stand-in values the import fills in.</p>\n"));
    b.append("<nav aria-label=\"Contents\"><ul>\n")
        .append("<li><a href=\"#overview\">Population</a></li>\n")
        .append("<li><a href=\"#scorecard\">Scorecard</a></li>\n");
    for (MemberPage p : members) {
      int id = p.member().memberId();
      b.append("<li><a href=\"#member-").append(id).append("\">Member ").append(id)
          .append("</a></li>\n");
    }
    b.append("</ul></nav>\n</header>\n");
  }

  private void overviewSection(StringBuilder b) {
    b.append("<section id=\"overview\" aria-labelledby=\"overview-h\">\n")
        .append("<h2 id=\"overview-h\">Population</h2>\n");
    figure(b, "weekday-hour", WEEKDAY_HOUR, Availability.LOCAL_HOURS, weekdayHour,
        this::weekdayHourTable);
    figure(b, "weekly-hours", WEEKLY_HOURS, MetricColumn.PERIOD_S.column(), weeklyHours,
        () -> barTable(weeklyHours, "hours per week"));
    figure(b, "binge-sittings", BINGE_SITTINGS, MetricColumn.BINGE_SITTINGS.column(),
        bingeSittings,
        () -> barTable(bingeSittings, "binge sittings"));
    figure(b, "streak-days", STREAK_DAYS, MetricColumn.LONGEST_STREAK_DAYS.column(), streakDays,
        () -> barTable(streakDays, "days in a row"));
    b.append("<h3>Most watched titles</h3>\n");
    worksTable(b, overview.works(), "the population");
    b.append("</section>\n");
  }

  private void scorecardSection(StringBuilder b) {
    b.append("<section id=\"scorecard\" aria-labelledby=\"scorecard-h\">\n")
        .append("<h2 id=\"scorecard-h\">Scorecard</h2>\n");
    if (scorecard.isEmpty() || scorecard.get().scores().isEmpty()) {
      b.append("<p class=\"none\">No scorecard computed: it holds inferred claims against the ")
          .append("simulated truth, and no claims were scored for this report.</p>\n</section>\n");
      return;
    }
    b.append("<p>How often each kind of claim is right against the members' hidden truth.</p>\n")
        .append("<table>\n<thead><tr><th scope=\"col\">claim</th>")
        .append("<th scope=\"col\">members scored</th><th scope=\"col\">claimed</th>")
        .append("<th scope=\"col\">right</th><th scope=\"col\">wrong</th>")
        .append("<th scope=\"col\">missed</th><th scope=\"col\">rightly not claimed</th>")
        .append("<th scope=\"col\">precision</th><th scope=\"col\">recall</th>")
        .append("<th scope=\"col\">accuracy</th></tr></thead>\n<tbody>\n");
    for (Score s : scorecard.get().scores()) {
      b.append("<tr><th scope=\"row\">").append(Html.text(s.kind().label())).append("</th>");
      for (long v :
          new long[] {
            s.members(), s.claimed(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
            s.trueNegatives()
          }) {
        b.append("<td class=\"num\">").append(count(v)).append("</td>");
      }
      b.append("<td class=\"num\">").append(share(s.precision())).append("</td>")
          .append("<td class=\"num\">").append(share(s.recall())).append("</td>")
          .append("<td class=\"num\">").append(share(s.accuracy())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private void memberSection(StringBuilder b, MemberPage page) {
    SelectedMember s = page.member();
    History h = s.history();
    int id = h.memberId();
    MemberMetrics m =
        new MemberMetrics(context.options())
            .compute(h, context.catalog(), context.first(), context.last());
    b.append("<section class=\"member\" id=\"member-").append(id)
        .append("\" aria-labelledby=\"member-").append(id).append("-h\">\n<h2 id=\"member-")
        .append(id).append("-h\">Member ").append(id).append("</h2>\n");
    if (!s.reasons().isEmpty()) {
      b.append("<p>Shown for ");
      for (int i = 0; i < s.reasons().size(); i++) {
        b.append(i == 0 ? "" : i == s.reasons().size() - 1 ? " and " : ", ")
            .append(Html.text(s.reasons().get(i)));
      }
      b.append(".</p>\n");
    }
    figuresTable(b, h, m);
    profilesTable(b, s);
    Heatmap cal = calendars.get(id);
    String table = grids.containsKey(id) ? dayTable(grids.get(id)) : dayTable(days.get(id));
    figure(b, calendarName(id), cal, table);
    b.append("<h3>Most watched titles</h3>\n");
    Works works = new Works(context.catalog());
    works.add(h);
    worksTable(b, works, "member " + id);
    claims(b, page.claims());
    b.append("</section>\n");
  }

  private void figuresTable(StringBuilder b, History h, MemberMetrics m) {
    Catalog c = context.catalog();
    long views = 0;
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) == Supplemental.NONE) {
        views++;
      }
    }
    b.append("<table class=\"figures\">\n<caption>Figures of the period</caption>\n<tbody>\n");
    row(b, "views (trailers and hooks not counted)", MetricColumn.VIEWS.column(), count(views));
    row(b, "viewing hours", MetricColumn.VIEWING_HOURS.column(), hours(m.viewingHours()));
    row(b, "mean hours per day", MetricColumn.MEAN_DAILY_HOURS.column(), hours(m.meanDailyHours()));
    row(b, "most hours in one day", MetricColumn.MAX_DAILY_HOURS.column(), hours(m.maxDailyHours()));
    row(b, "sittings", MetricColumn.SITTINGS.column(), count(m.sittings()));
    row(b, "binge sittings", MetricColumn.BINGE_SITTINGS.column(), count(m.bingeSittings()));
    row(b, "longest sitting", Metric.LONGEST_SITTING_HOURS.column(),
        hours(m.longestSittingS() / 3_600.0));
    row(b, "most episodes of one series in " + m.options().windowDays() + " days",
        MetricColumn.WINDOW_EPISODES.column(),
        m.windowSeries() < 0
            ? "0"
            : count(m.windowEpisodes()) + " of " + c.series().get(m.windowSeries()).name());
    row(b, "longest daily streak of one title", MetricColumn.LONGEST_STREAK_DAYS.column(),
        m.streakTitle() < 0
            ? "0 days"
            : count(m.longestStreakDays()) + " days of " + c.title(m.streakTitle()).name()
                + ", to " + LocalDate.ofEpochDay(m.streakEndDay()));
    row(b, "share of viewing at night (00:00-05:00)", MetricColumn.NIGHT_SHARE.column(),
        percent(m.nightShare()));
    row(b, "share of viewing in weekday working hours", MetricColumn.WORK_SHARE.column(),
        percent(m.workShare()));
    b.append("</tbody>\n</table>\n");
  }

  /** Appends a figure's row: its value, or why it is unavailable (what its column needs). */
  private void row(StringBuilder b, String name, Column metric, String value) {
    Optional<String> why = Availability.unavailable(metric, observed);
    b.append("<tr><th scope=\"row\">").append(Html.text(name)).append("</th><td")
        .append(why.isPresent() ? " class=\"none\">" : ">")
        .append(Html.text(why.map(w -> "unavailable: " + w).orElse(value))).append("</td></tr>\n");
  }

  private void profilesTable(StringBuilder b, SelectedMember s) {
    History h = s.history();
    Vocabulary v = context.vocabulary();
    int n = s.profiles().size();
    long[] views = new long[n];
    long[] seconds = new long[n];
    List<Set<String>> devices = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      devices.add(new LinkedHashSet<>());
    }
    Set<String> zones = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (int i = 0; i < h.size(); i++) {
      int p = h.profile(i);
      if (p < n && h.supplemental(i) == Supplemental.NONE) {
        views[p]++;
        seconds[p] += h.durationS(i);
      }
      if (p < n) {
        devices.get(p).add(v.devices().get(h.device(i)));
      }
      zones.add(v.zones().get(h.zone(i)));
      countries.add(v.countries().get(h.country(i)));
    }
    b.append("<table>\n<caption>Profiles</caption>\n<thead><tr><th scope=\"col\">profile</th>")
        .append("<th scope=\"col\">views</th><th scope=\"col\">hours</th>")
        .append("<th scope=\"col\">devices</th></tr></thead>\n<tbody>\n");
    for (int p = 0; p < n; p++) {
      b.append("<tr><th scope=\"row\">").append(Html.text(s.profiles().get(p)))
          .append("</th><td class=\"num\">").append(count(views[p]))
          .append("</td><td class=\"num\">")
          .append(supports(MetricColumn.VIEWING_S.column())
              ? hours(seconds[p] / 3_600.0) : "unavailable")
          .append("</td><td>").append(Html.text(String.join(", ", devices.get(p))))
          .append("</td></tr>\n");
    }
    if (n == 0) {
      b.append("<tr><td colspan=\"4\">no views in the input</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    if (!zones.isEmpty()) {
      b.append("<p>Device time zones: ").append(Html.text(String.join(", ", zones)))
          .append("; countries: ").append(Html.text(String.join(", ", countries)))
          .append(".</p>\n");
    }
  }

  /**
   * Appends the claims, leaving out those of a kind the input cannot support (the inference ran on
   * the import's stand-in times, durations or release dates) with a note naming them.
   */
  private void claims(StringBuilder b, List<Claim> all) {
    b.append("<h3>Claims</h3>\n");
    List<Claim> claims = new ArrayList<>();
    Map<String, String> withheld = new LinkedHashMap<>();
    // Every kind the input cannot support is named, whether or not its stand-ins made a claim.
    for (ClaimKind k : ClaimKind.values()) {
      Availability.unavailable(k.needs(), observed).ifPresent(why -> withheld.put(k.label(), why));
    }
    for (Claim c : all) {
      if (!withheld.containsKey(c.kind().label())) {
        claims.add(c);
      }
    }
    if (claims.isEmpty()) {
      b.append("<p class=\"none\">").append(all.isEmpty()
          ? "No claims computed for this member." : "No claim this input can support.")
          .append("</p>\n");
    } else {
      b.append("<p>What a platform could conclude from these views alone.</p>\n")
          .append("<ol class=\"claims\">\n");
      for (Claim c : claims) {
        claim(b, c);
      }
      b.append("</ol>\n");
    }
    if (!withheld.isEmpty()) {
      b.append("<p class=\"none\">Claims not shown: ");
      List<String> parts = new ArrayList<>();
      withheld.forEach((kind, why) -> parts.add(kind + " (" + why + ")"));
      b.append(Html.text(String.join("; ", parts))).append(".</p>\n");
    }
  }

  private static void claim(StringBuilder b, Claim c) {
    b.append("<li><p><strong>").append(Html.text(c.kind().label())).append("</strong>");
    if (!c.profile().isEmpty()) {
      b.append(" (profile ").append(Html.text(c.profile())).append(')');
    }
    b.append(": ").append(Html.text(c.statement())).append(" <span class=\"confidence\">")
        .append("confidence ").append(percent(c.confidence())).append("</span></p>\n");
    if (c.evidence().isEmpty()) {
      b.append("<p class=\"none\">No evidence listed.</p>\n");
    } else {
      b.append("<ul class=\"evidence\">\n");
      for (Evidence e : c.evidence()) {
        b.append("<li>").append(Html.text(e.text())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</li>\n");
  }

  /** Appends a chart with its figures, or, when the input cannot support it, the note why. */
  private void figure(
      StringBuilder b, String id, String title, Column needs, Chart chart,
      Supplier<String> table) {
    if (chart != null) {
      figure(b, id, chart, table.get());
      return;
    }
    b.append("<figure id=\"fig-").append(Html.attribute(id)).append("\" class=\"unavailable\">\n")
        .append("<p class=\"none\"><strong>").append(Html.text(title)).append("</strong>: ")
        .append(Html.text(Availability.note(needs, observed).orElseThrow()))
        .append(".</p>\n</figure>\n");
  }

  private static void figure(StringBuilder b, String id, Chart chart, String table) {
    b.append("<figure id=\"fig-").append(Html.attribute(id)).append("\">\n")
        .append("<div class=\"chart-box\">").append(chart.svg("chart-" + id)).append("</div>\n")
        .append("<figcaption>").append(Html.text(chart.description())).append("</figcaption>\n")
        .append("<details><summary>The figures as a table</summary>\n").append(table)
        .append("</details>\n</figure>\n");
  }

  private Heatmap weekdayHourChart() {
    WeekdayHourGrid g = overview.grid();
    double[] values = new double[7 * 24];
    int busiest = 0;
    for (int i = 0; i < values.length; i++) {
      values[i] = g.seconds(i / 24, i % 24) / 3_600.0;
      if (values[i] > values[busiest]) {
        busiest = i;
      }
    }
    String most =
        values[busiest] > 0
            ? String.format(Locale.ROOT, " The busiest hour is %s %02d:00 with %,.1f h.",
                WeekdayHourGrid.WEEKDAYS.get(busiest / 24), busiest % 24, values[busiest])
            : " There is no viewing.";
    return new Heatmap(
        "Viewing hours by weekday and local hour",
        "Hours watched by all " + count(overview.members()) + " members, by local weekday (rows)"
            + " and hour of the day (columns), in each view's own time zone." + most,
        WeekdayHourGrid.WEEKDAYS, 1, hourNames(), 2, values, "h", 1, 26, 22);
  }

  private Heatmap calendar(int id, DayHourGrid g) {
    int days = g.days();
    List<String> rows = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      rows.add(DAY.format(g.date(d)));
    }
    double[] values = new double[days * 24];
    for (int d = 0; d < days; d++) {
      for (int hour = 0; hour < 24; hour++) {
        values[d * 24 + hour] = g.seconds(d, hour) / 60.0;
      }
    }
    // Long periods get thinner rows, labelled once a week, so the calendar stays about one screen.
    int cellH = days <= 62 ? 14 : Math.max(3, 14 * 62 / days);
    int every = cellH >= 12 ? 1 : 7;
    return new Heatmap(
        "Member " + id + ": minutes watched by day and hour",
        "Minutes member " + id + " watched in each local hour (columns) of each day (rows) of the"
            + " period " + context.first() + " to " + context.last() + ".",
        rows, every, hourNames(), 2, values, "min", 0, 22, cellH);
  }

  private Heatmap dayCalendar(int id, DayViews v) {
    // A row per week, Monday first, so weekends line up; days outside the period show as none.
    long start = context.first().toEpochDay();
    int lead = LocalHours.weekday(start);
    int weeks = (lead + v.days() + 6) / 7;
    List<String> rows = new ArrayList<>(weeks);
    double[] values = new double[weeks * 7];
    for (int w = 0; w < weeks; w++) {
      rows.add(LocalDate.ofEpochDay(start - lead + 7L * w).toString());
    }
    for (int d = 0; d < v.days(); d++) {
      values[lead + d] = v.views(d);
    }
    int cellH = weeks <= 62 ? 14 : Math.max(3, 14 * 62 / weeks);
    int every = cellH >= 12 ? 1 : 4;
    return new Heatmap(
        "Member " + id + ": views by day",
        "Views (trailers not counted) member " + id + " started on each local day of the period "
            + context.first() + " to " + context.last() + ", a row per week from its Monday. The"
            + " input records only the date of each view, so the calendar is by day, not hour.",
        rows, every, WeekdayHourGrid.WEEKDAYS, 1, values, "views", 0, 26, cellH);
  }

  private static List<String> hourNames() {
    List<String> hours = new ArrayList<>(24);
    for (int hour = 0; hour < 24; hour++) {
      hours.add(String.format(Locale.ROOT, "%02d", hour));
    }
    return hours;
  }

  private String weekdayHourTable() {
    StringBuilder b = new StringBuilder();
    b.append("<table class=\"grid\">\n<caption>Viewing hours by weekday (rows) and local hour")
        .append(" (columns)</caption>\n<thead><tr><th scope=\"col\">day</th>");
    for (int hour = 0; hour < 24; hour++) {
      b.append("<th scope=\"col\">").append(String.format(Locale.ROOT, "%02d", hour))
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (int d = 0; d < 7; d++) {
      b.append("<tr><th scope=\"row\">").append(WeekdayHourGrid.WEEKDAYS.get(d)).append("</th>");
      for (int hour = 0; hour < 24; hour++) {
        b.append("<td class=\"num\">")
            .append(String.format(Locale.ROOT, "%,.1f", weekdayHour.value(d, hour)))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  private static String barTable(BarChart chart, String what) {
    StringBuilder b = new StringBuilder();
    b.append("<table>\n<thead><tr><th scope=\"col\">").append(Html.text(what))
        .append("</th><th scope=\"col\">members</th><th scope=\"col\">share</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int i = 0; i < chart.labels().size(); i++) {
      b.append("<tr><th scope=\"row\">").append(Html.text(chart.labels().get(i)))
          .append("</th><td class=\"num\">").append(count(chart.count(i)))
          .append("</td><td class=\"num\">").append(chart.percent(chart.count(i)))
          .append("</td></tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  private static String dayTable(DayHourGrid g) {
    StringBuilder b = new StringBuilder();
    b.append("<table>\n<thead><tr><th scope=\"col\">day</th><th scope=\"col\">hours</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (int d = 0; d < g.days(); d++) {
      b.append("<tr><th scope=\"row\">").append(g.date(d)).append(' ')
          .append(DAY.format(g.date(d)), 0, 3).append("</th><td class=\"num\">")
          .append(hours(g.daySeconds(d) / 3_600.0)).append("</td></tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  private static String dayTable(DayViews v) {
    StringBuilder b = new StringBuilder();
    b.append("<table>\n<thead><tr><th scope=\"col\">day</th><th scope=\"col\">views</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (int d = 0; d < v.days(); d++) {
      b.append("<tr><th scope=\"row\">").append(v.date(d)).append(' ')
          .append(DAY.format(v.date(d)), 0, 3).append("</th><td class=\"num\">")
          .append(count(v.views(d))).append("</td></tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }

  /** Appends the top works: by hours, or by views (and without hours) when durations are unknown. */
  private void worksTable(StringBuilder b, Works works, String whose) {
    boolean timed = supports(MetricColumn.VIEWING_S.column());
    List<Works.Tally> top = timed ? works.top(TOP_WORKS) : works.mostViewed(TOP_WORKS);
    if (top.isEmpty()) {
      b.append("<p class=\"none\">No viewing.</p>\n");
      return;
    }
    b.append("<table>\n<caption>The ").append(top.size()).append(" titles ")
        .append(Html.text(whose))
        .append(timed ? " watched longest (" : " watched most often, by views (hours unavailable:"
            + " the input does not record durations; ")
        .append("a series counts all its episodes)</caption>\n<thead><tr><th scope=\"col\">")
        .append("title</th><th scope=\"col\">views</th>")
        .append(timed ? "<th scope=\"col\">hours</th>" : "").append("</tr></thead>\n<tbody>\n");
    for (Works.Tally t : top) {
      b.append("<tr><th scope=\"row\">").append(Html.text(t.name()))
          .append("</th><td class=\"num\">").append(count(t.views())).append("</td>");
      if (timed) {
        b.append("<td class=\"num\">").append(hours(t.seconds() / 3_600.0)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String hours(double h) {
    return String.format(Locale.ROOT, "%,.1f h", h);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String share(OptionalDouble s) {
    return s.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * s.getAsDouble()) : "n/a";
  }

  private static final String CSS =
      """
      :root { color-scheme: light; }
      body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 0; color: #222;
        background: #fff; line-height: 1.4; }
      header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
      header { border-bottom: 1px solid #ddd; }
      h1 { margin: 16px 0 4px; font-size: 1.6em; }
      h2 { margin-top: 32px; border-bottom: 2px solid #3e6fb0; padding-bottom: 4px; }
      nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
      figure { margin: 16px 0 24px; }
      .chart-box { overflow-x: auto; }
      svg.chart { display: block; max-width: none; }
      figcaption { color: #555; font-size: 0.9em; margin: 4px 0; }
      details { font-size: 0.85em; }
      table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; }
      caption { text-align: left; font-weight: bold; padding: 4px 0; }
      th, td { border: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
      thead th { background: #f3f5f9; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      table.grid td, table.grid th { padding: 1px 4px; }
      .none { color: #8a4b00; font-style: italic; }
      ol.claims > li { margin-bottom: 12px; }
      .confidence { color: #555; font-size: 0.9em; }
      section.member { break-before: page; }
      footer { color: #666; font-size: 0.85em; border-top: 1px solid #ddd; margin-top: 32px; }
      """;
}
