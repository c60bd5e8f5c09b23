package io.bingescope.scenario;

import io.bingescope.scenario.Scenario.CatalogSpec;
import io.bingescope.scenario.Scenario.Comfort;
import io.bingescope.scenario.Scenario.Country;
import io.bingescope.scenario.Scenario.Effects;
import io.bingescope.scenario.Scenario.Filler;
import io.bingescope.scenario.Scenario.Fitted;
import io.bingescope.scenario.Scenario.HouseholdKind;
import io.bingescope.scenario.Scenario.LifeEventSpec;
import io.bingescope.scenario.Scenario.Period;
import io.bingescope.scenario.Scenario.Habits;
import io.bingescope.scenario.Scenario.Pauses;
import io.bingescope.scenario.Scenario.Persona;
import io.bingescope.scenario.Scenario.Platform;
import io.bingescope.scenario.Scenario.Rewatch;
import io.bingescope.scenario.Scenario.Span;
import io.bingescope.scenario.Scenario.Population;
import io.bingescope.scenario.Scenario.Rhythm;
import io.bingescope.scenario.Scenario.Season;
import io.bingescope.scenario.Scenario.Sleep;
import io.bingescope.scenario.Scenario.TitleSpec;
import io.bingescope.scenario.Scenario.Weighted;
import io.bingescope.scenario.Scenario.Work;
import io.bingescope.scenario.YamlNode.Entry;
import io.bingescope.scenario.YamlNode.ListNode;
import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Binds a located YAML tree to a {@link Scenario}, checking every rule and collecting every
 * problem. Each part returns null once it has reported a problem, so a record is only built from
 * values that were all valid, and the caller never sees a half-checked scenario.
 */
final class ScenarioBinder {
  static final double SUM_TOLERANCE = 1e-6;
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  static final List<String> TOP_KEYS =
      List.of("name", "description", "seed", "period", "population", "devices", "households",
          "catalog", "personas", "life_events", "seasons", "fitted", "platform", "habits");
  static final List<String> DIST_NAMES =
      List.of("fixed", "uniform", "normal", "lognormal", "gamma", "exponential", "poisson",
          "choice");

  /** Default devices: common Netflix export device names, big screens first. */
  static final List<Weighted> DEFAULT_DEVICES =
      List.of(
          new Weighted("Samsung 2019 UHD TV", 0.3),
          new Weighted("Roku 4K Streaming Stick", 0.15),
          new Weighted("Apple iPhone 12", 0.2),
          new Weighted("Apple iPad Air 2", 0.1),
          new Weighted("Chrome PC (Cadmium)", 0.15),
          new Weighted("Sony PS4", 0.1));
  static final List<HouseholdKind> DEFAULT_HOUSEHOLDS =
      List.of(new HouseholdKind("single", 1, new Dist.Fixed(1), new Dist.Fixed(0)));
  static final Dist DEFAULT_FILM_RUNTIME = new Dist.Normal(105, 15, 75, 170);
  static final Dist DEFAULT_EPISODE_RUNTIME =
      new Dist.Choice(List.of(22.0, 30.0, 45.0, 55.0), List.of(0.2, 0.2, 0.3, 0.3));
  static final Dist DEFAULT_SEASONS = new Dist.Poisson(2, 1, Double.POSITIVE_INFINITY);
  static final Dist DEFAULT_EPISODES_PER_SEASON = new Dist.Uniform(6, 13);
  static final List<Weighted> DEFAULT_GENRES =
      List.of(
          new Weighted("drama", 0.3),
          new Weighted("comedy", 0.3),
          new Weighted("thriller", 0.2),
          new Weighted("documentary", 0.1),
          new Weighted("kids", 0.1));
  static final Dist DEFAULT_BEDTIME =
      new Dist.Normal(23.5, 0.8, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  static final Dist DEFAULT_WAKE =
      new Dist.Normal(7, 0.6, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  static final Dist DEFAULT_WORK_START =
      new Dist.Normal(9, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  private final Problems problems;

  private ScenarioBinder(Problems problems) {
    this.problems = problems;
  }

  /** Returns the scenario bound from {@code root}, or null when any problem was found. */
  static Scenario bind(YamlNode root, Problems problems) {
    Scenario s = new ScenarioBinder(problems).scenario(root);
    if (!problems.any()) {
      ScenarioLimits.check(s, root, problems);
    }
    return problems.any() ? null : s;
  }

  // ---------------------------------------------------------------- scenario parts

  private Scenario scenario(YamlNode root) {
    if (!(root instanceof MapNode top)) {
      problems.add(root.mark(), "", "expected a map of scenario keys, found " + root.describe());
      return null;
    }
    Fields f = Fields.of(top, "", problems, TOP_KEYS);
    int before = problems.count();
    String name = name(f.required("name"), "name");
    String description =
        f.has("description") ? string(f.optional("description"), "description") : "";
    Long seed = f.has("seed") ? integer(f.optional("seed"), "seed", Range.ANY) : Long.valueOf(1);
    Period period = period(f.required("period"), "period");
    Population population = population(f.required("population"), "population");
    List<Weighted> devices =
        f.has("devices") ? shares(f.optional("devices"), "devices", true) : DEFAULT_DEVICES;
    List<HouseholdKind> households =
        f.has("households")
            ? households(f.optional("households"), "households")
            : DEFAULT_HOUSEHOLDS;
    CatalogSpec catalog = catalog(f.required("catalog"), "catalog", period);
    Habits habits =
        f.has("habits") ? habits(f.optional("habits"), "habits", Habits.DEFAULTS) : Habits.DEFAULTS;
    Platform platform =
        f.has("platform") ? platform(f.optional("platform"), "platform") : Platform.DEFAULT;
    List<Persona> personas =
        personas(f.required("personas"), "personas", habits == null ? Habits.DEFAULTS : habits);
    List<LifeEventSpec> events =
        f.has("life_events")
            ? lifeEvents(f.optional("life_events"), "life_events", period, root)
            : List.of();
    List<Season> seasons =
        f.has("seasons") ? list(f.optional("seasons"), "seasons", this::season) : List.of();
    List<Fitted> fitted =
        f.has("fitted") ? list(f.optional("fitted"), "fitted", (n, p) -> fitted(n, p, root)) : List.of();
    if (problems.count() > before) {
      return null;
    }
    return new Scenario(name, description, seed, period, population, devices, households, catalog,
        personas, events, seasons, fitted, platform);
  }

  private static final List<String> FITTED_KEYS =
      List.of("parameter", "value", "target", "published", "source", "command");

  /**
   * Returns a fitted record, checking that its parameter is a number written in the scenario whose value is the
   * record's: a record left behind when the parameter was changed (and not re-solved) is refused. A {@code --set}
   * override of the parameter is no error: the record then says the fit does not hold in this run.
   */
  private Fitted fitted(YamlNode n, String path, YamlNode root) {
    Fields f = fields(n, path, FITTED_KEYS);
    if (f == null) {
      return null;
    }
    int before = problems.count();
    YamlNode parameterNode = f.required("parameter");
    String parameter = string(parameterNode, f.pathOf("parameter"));
    YamlNode valueNode = f.required("value");
    Double value = number(valueNode, f.pathOf("value"), Range.ANY);
    String target = string(f.required("target"), f.pathOf("target"));
    Double published = number(f.required("published"), f.pathOf("published"), Range.ANY);
    String source = string(f.required("source"), f.pathOf("source"));
    String command = f.has("command") ? string(f.optional("command"), f.pathOf("command")) : "";
    if (problems.count() > before) {
      return null;
    }
    YamlNode at = Overrides.find(root, parameter);
    Double actual = at instanceof ScalarNode s && !s.quoted() ? parseNumber(s.text()) : null;
    if (actual == null) {
      problems.add(parameterNode.mark(), f.pathOf("parameter"),
          "expected the path of a number written in this scenario, as --set writes it (like"
              + " personas.casual.abandon), found '" + parameter + "', which "
              + (at == null ? "selects nothing" : "is " + at.describe()));
      return null;
    }
    boolean overridden = at.mark().source().startsWith("--set ");
    if (!overridden && actual.doubleValue() != value.doubleValue()) {
      problems.add(valueNode.mark(), f.pathOf("value"),
          "expected the fitted value to be " + parameter + "'s value " + fmt(actual)
              + (at.mark().line() > 0 ? " (line " + at.mark().line() + ")" : "") + ", found " + fmt(value)
              + ": the record is stale; solve again (" + (command.isEmpty() ? "see its source" : command)
              + ") and write the solved value in both places, or remove the record if the value is no"
              + " longer fitted");
      return null;
    }
    return new Fitted(parameter, value, target, published, source, command,
        actual.doubleValue() == value.doubleValue());
  }

  private Season season(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("tag", "from", "to", "boost"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String tag = label(f.required("tag"), f.pathOf("tag"));
    LocalDate from = date(f.required("from"), f.pathOf("from"));
    LocalDate to = date(f.required("to"), f.pathOf("to"));
    Double boost = number(f.required("boost"), f.pathOf("boost"), Range.BOOST);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(f.optional("to").mark(), f.pathOf("to"),
          "expected a date on or after from " + from + ", found " + to);
    }
    return problems.count() > before ? null : new Season(tag, from, to, boost);
  }

  private Period period(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("start", "end"));
    if (f == null) {
      return null;
    }
    LocalDate start = date(f.required("start"), f.pathOf("start"));
    LocalDate end = date(f.required("end"), f.pathOf("end"));
    if (start == null || end == null) {
      return null;
    }
    if (end.isBefore(start)) {
      problems.add(f.optional("end").mark(), f.pathOf("end"),
          "expected an end on or after the start " + start + ", found " + end);
      return null;
    }
    if (start.getYear() < 1900 || end.getYear() > 2100) {
      YamlNode at = start.getYear() < 1900 ? f.optional("start") : f.optional("end");
      problems.add(at.mark(), start.getYear() < 1900 ? f.pathOf("start") : f.pathOf("end"),
          "expected a date in the years 1900..2100, found " + (start.getYear() < 1900 ? start : end));
      return null;
    }
    if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_PERIOD_DAYS) {
      problems.add(f.optional("end").mark(), f.pathOf("end"),
          "expected a period of at most " + MAX_PERIOD_DAYS + " days, found "
              + (end.toEpochDay() - start.toEpochDay() + 1));
      return null;
    }
    return new Period(start, end);
  }

  private Population population(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("members", "countries"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Long members = integer(f.required("members"), f.pathOf("members"), Range.MEMBERS);
    List<Country> countries = list(f.required("countries"), f.pathOf("countries"), this::country);
    unique(f.optional("countries"), f.pathOf("countries"), "code");
    if (countries != null) {
      nonEmpty(f.optional("countries"), f.pathOf("countries"), countries, "country");
      sumsToOne(f.optional("countries"), f.pathOf("countries"),
          countries.stream().map(Country::share).toList(), "country shares");
    }
    return problems.count() > before ? null : new Population(members, countries);
  }

  private Country country(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("code", "share", "zones"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String code = string(f.required("code"), f.pathOf("code"));
    if (code != null && !Set.of(Locale.getISOCountries()).contains(code)) {
      // UK is the commonest wrong guess: ISO 3166 has GB for the United Kingdom.
      String hint = code.equals("UK") ? "; the United Kingdom is GB" : "";
      problems.add(f.optional("code").mark(), f.pathOf("code"),
          "expected an ISO 3166 alpha-2 country code such as US or GB, found " + code + hint);
    }
    Double share = number(f.required("share"), f.pathOf("share"), Range.PROBABILITY);
    List<Weighted> zones = shares(f.required("zones"), f.pathOf("zones"), true);
    if (f.optional("zones") instanceof MapNode zoneMap) {
      Set<String> known = ZoneId.getAvailableZoneIds();
      for (Entry e : zoneMap.entries()) {
        if (!known.contains(e.key())) {
          String near = Fields.nearest(e.key(), List.copyOf(new java.util.TreeSet<>(known)));
          problems.add(e.keyMark(), Fields.join(f.pathOf("zones"), e.key()),
              "expected an IANA time zone such as America/New_York, found " + e.key()
                  + (near != null ? "; did you mean '" + near + "'?" : ""));
        }
      }
    }
    return problems.count() > before ? null : new Country(code, share, zones);
  }

  private List<HouseholdKind> households(YamlNode n, String path) {
    List<HouseholdKind> kinds = list(n, path, this::household);
    unique(n, path, "kind");
    if (kinds != null) {
      nonEmpty(n, path, kinds, "household kind");
      sumsToOne(n, path, kinds.stream().map(HouseholdKind::share).toList(), "household shares");
    }
    return kinds;
  }

  private HouseholdKind household(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("kind", "share", "adults", "kids"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String kind = shownName(f.required("kind"), f.pathOf("kind"));
    Double share = number(f.required("share"), f.pathOf("share"), Range.PROBABILITY);
    Dist adults = f.has("adults") ? dist(f.optional("adults"), f.pathOf("adults"), Range.ADULTS)
        : new Dist.Fixed(1);
    Dist kids = f.has("kids") ? dist(f.optional("kids"), f.pathOf("kids"), Range.PEOPLE)
        : new Dist.Fixed(0);
    return problems.count() > before ? null : new HouseholdKind(kind, share, adults, kids);
  }

  private CatalogSpec catalog(YamlNode n, String path, Period period) {
    Fields f = fields(n, path, List.of("titles", "filler"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    List<TitleSpec> titles =
        f.has("titles") ? list(f.optional("titles"), f.pathOf("titles"), this::title) : List.of();
    if (f.optional("titles") instanceof ListNode l) {
      uniqueTitles(l, f.pathOf("titles"));
    }
    Filler filler = filler(f.optional("filler"), f.pathOf("filler"), period);
    // A broken period leaves the filler without its default date and was reported already.
    if (problems.count() > before || filler == null) {
      return null;
    }
    if (titles.isEmpty() && filler.films() + filler.series() == 0) {
      problems.add(f.map().mark(), path,
          "expected at least one title: list titles or give filler films or series");
      return null;
    }
    return new CatalogSpec(titles, filler);
  }

  private static final List<String> FILM_KEYS =
      List.of("film", "runtime_min", "released", "genres", "tags", "popularity");
  private static final List<String> SERIES_KEYS =
      List.of("series", "seasons", "runtime_min", "released", "genres", "tags", "popularity",
          "episode_names");

  private TitleSpec title(YamlNode n, String path) {
    MapNode m = map(n, path);
    if (m == null) {
      return null;
    }
    boolean series = m.get("series") != null;
    if (series && m.get("film") != null) {
      problems.add(m.entry("film").keyMark(), Fields.join(path, "film"),
          "a title is either a film or a series; found both 'film' and 'series'");
      return null;
    }
    if (!series && m.get("film") == null) {
      problems.add(m.mark(), Fields.join(path, "film"),
          "missing required key 'film' or 'series' (the title's name)");
      return null;
    }
    Fields f = Fields.of(m, path, problems, series ? SERIES_KEYS : FILM_KEYS);
    int before = problems.count();
    String key = series ? "series" : "film";
    String name = shownName(f.required(key), f.pathOf(key));
    List<Integer> seasons = List.of();
    if (series) {
      List<Long> s = list(f.required("seasons"), f.pathOf("seasons"),
          (item, p) -> integer(item, p, Range.EPISODES));
      if (s != null) {
        nonEmpty(f.optional("seasons"), f.pathOf("seasons"), s, "season");
        seasons = s.stream().map(Long::intValue).toList();
      }
    }
    Dist runtime = dist(f.required("runtime_min"), f.pathOf("runtime_min"), Range.RUNTIME_MIN);
    LocalDate released = date(f.required("released"), f.pathOf("released"));
    List<String> genres = strings(f.optional("genres"), f.pathOf("genres"));
    List<String> tags = strings(f.optional("tags"), f.pathOf("tags"));
    Double popularity = f.has("popularity")
        ? number(f.optional("popularity"), f.pathOf("popularity"), Range.POSITIVE)
        : Double.valueOf(0.01);
    List<String> episodeNames = strings(f.optional("episode_names"), f.pathOf("episode_names"));
    if (episodeNames != null && seasons != null) {
      int episodes = seasons.stream().mapToInt(Integer::intValue).sum();
      if (episodeNames.size() > episodes) {
        problems.add(f.optional("episode_names").mark(), f.pathOf("episode_names"),
            "expected at most " + episodes + " names (the series has " + episodes
                + " episodes), found " + episodeNames.size());
      }
    }
    if (problems.count() > before) {
      return null;
    }
    return new TitleSpec(name, series, seasons, runtime, released, genres, tags, popularity,
        episodeNames);
  }

  private static final List<String> FILLER_KEYS =
      List.of("films", "series", "zipf_exponent", "film_runtime_min", "episode_runtime_min",
          "seasons", "episodes_per_season", "genres", "tags", "released_before");

  private Filler filler(YamlNode n, String path, Period period) {
    Fields f = n == null ? null : fields(n, path, FILLER_KEYS);
    if (n != null && f == null) {
      return null;
    }
    int before = problems.count();
    Long films = f != null && f.has("films")
        ? integer(f.optional("films"), f.pathOf("films"), Range.FILLER_COUNT) : Long.valueOf(0);
    Long series = f != null && f.has("series")
        ? integer(f.optional("series"), f.pathOf("series"), Range.FILLER_COUNT) : Long.valueOf(0);
    Double zipf = f != null && f.has("zipf_exponent")
        ? number(f.optional("zipf_exponent"), f.pathOf("zipf_exponent"), Range.NON_NEGATIVE)
        : Double.valueOf(1.0);
    Dist filmRuntime = optionalDist(f, "film_runtime_min", Range.RUNTIME_MIN, DEFAULT_FILM_RUNTIME);
    Dist episodeRuntime =
        optionalDist(f, "episode_runtime_min", Range.RUNTIME_MIN, DEFAULT_EPISODE_RUNTIME);
    Dist seasons = optionalDist(f, "seasons", Range.SEASONS, DEFAULT_SEASONS);
    Dist episodes =
        optionalDist(f, "episodes_per_season", Range.EPISODES, DEFAULT_EPISODES_PER_SEASON);
    List<Weighted> genres = f != null && f.has("genres")
        ? shares(f.optional("genres"), f.pathOf("genres"), true) : DEFAULT_GENRES;
    // Tags are independent: a title may carry several, so their shares need not sum to 1.
    List<Weighted> tags = f != null && f.has("tags")
        ? shares(f.optional("tags"), f.pathOf("tags"), false) : List.of();
    LocalDate releasedBefore = f != null && f.has("released_before")
        ? date(f.optional("released_before"), f.pathOf("released_before"))
        : period == null ? null : period.start();
    if (problems.count() > before || releasedBefore == null) {
      return null;
    }
    return new Filler(films.intValue(), series.intValue(), zipf, filmRuntime, episodeRuntime,
        seasons, episodes, genres, tags, releasedBefore);
  }

  private Dist optionalDist(Fields f, String key, Range range, Dist fallback) {
    return f != null && f.has(key) ? dist(f.optional(key), f.pathOf(key), range) : fallback;
  }

  private List<Persona> personas(YamlNode n, String path, Habits habits) {
    List<Persona> personas = list(n, path, (item, p) -> persona(item, p, habits));
    unique(n, path, "name");
    if (personas != null) {
      nonEmpty(n, path, personas, "persona");
      sumsToOne(n, path, personas.stream().map(Persona::share).toList(), "persona shares");
    }
    return personas;
  }

  private static final List<String> PERSONA_KEYS =
      List.of("name", "share", "rhythm", "sessions_per_day", "session_minutes", "continue_series",
          "next_episode", "autoplay", "still_watching", "abandon", "comfort", "affinities",
          "sleep", "work", "habits");

  private Persona persona(YamlNode n, String path, Habits scenarioHabits) {
    Fields f = fields(n, path, PERSONA_KEYS);
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String name = name(f.required("name"), f.pathOf("name"));
    Double share = number(f.required("share"), f.pathOf("share"), Range.PROBABILITY);
    Rhythm rhythm = rhythm(f.required("rhythm"), f.pathOf("rhythm"));
    Dist sessions =
        dist(f.required("sessions_per_day"), f.pathOf("sessions_per_day"), Range.NON_NEGATIVE);
    Dist minutes = dist(f.required("session_minutes"), f.pathOf("session_minutes"), Range.POSITIVE);
    Double continueSeries = probability(f, "continue_series");
    Double nextEpisode = probability(f, "next_episode");
    Double autoplay = probability(f, "autoplay");
    Double stillWatching = probability(f, "still_watching");
    Double abandon = probability(f, "abandon");
    Comfort comfort = f.has("comfort") ? comfort(f.optional("comfort"), f.pathOf("comfort")) : null;
    Map<String, Double> affinities = f.has("affinities")
        ? affinities(f.optional("affinities"), f.pathOf("affinities")) : Map.of();
    Sleep sleep = f.has("sleep") ? sleep(f.optional("sleep"), f.pathOf("sleep"))
        : new Sleep(DEFAULT_BEDTIME, DEFAULT_WAKE);
    Work work = f.has("work") ? work(f.optional("work"), f.pathOf("work")) : null;
    Habits habits = f.has("habits")
        ? habits(f.optional("habits"), f.pathOf("habits"), scenarioHabits) : scenarioHabits;
    if (problems.count() > before) {
      return null;
    }
    return new Persona(name, share, rhythm, sessions, minutes, continueSeries, nextEpisode,
        autoplay, stillWatching, abandon, comfort, affinities, sleep, work, habits);
  }

  // ---------------------------------------------------------------- habits and platform

  private static final List<String> HABIT_KEYS =
      List.of("asleep_factor", "at_work_factor", "night_hours", "bedtime_grace_min",
          "max_sitting_hours", "rest_hours", "usual_device", "preview", "preview_hook",
          "preview_seconds", "series_from_start", "try_abandon", "abandoned_share", "credits_skip",
          "another_title", "abandon_switch", "resume_abandoned", "pauses", "rewatch");
  private static final List<String> PAUSE_KEYS =
      List.of("autoplay", "prompt", "manual", "next_title", "after_abandon", "busy");

  /** Returns {@code base} with the keys {@code n} gives replaced, or null after a problem. */
  private Habits habits(YamlNode n, String path, Habits base) {
    Fields f = fields(n, path, HABIT_KEYS);
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Habits h = new Habits(
        or(f, "asleep_factor", Range.PROBABILITY, base.asleepFactor()),
        or(f, "at_work_factor", Range.PROBABILITY, base.atWorkFactor()),
        span(f, "night_hours", Range.HOUR, base.nightHours(), true),
        or(f, "bedtime_grace_min", Range.GRACE_MIN, base.bedtimeGraceMin()),
        or(f, "max_sitting_hours", Range.SITTING_HOURS, base.maxSittingHours()),
        or(f, "rest_hours", Range.REST_HOURS, base.restHours()),
        or(f, "usual_device", Range.PROBABILITY, base.usualDevice()),
        or(f, "preview", Range.PROBABILITY, base.preview()),
        or(f, "preview_hook", Range.PROBABILITY, base.previewHook()),
        span(f, "preview_seconds", Range.PREVIEW_SECONDS, base.previewSeconds(), false),
        or(f, "series_from_start", Range.PROBABILITY, base.seriesFromStart()),
        or(f, "try_abandon", Range.PROBABILITY, base.tryAbandon()),
        span(f, "abandoned_share", Range.SHARE_PLAYED, base.abandonedShare(), false),
        or(f, "credits_skip", Range.CREDITS, base.creditsSkip()),
        or(f, "another_title", Range.PROBABILITY, base.anotherTitle()),
        or(f, "abandon_switch", Range.PROBABILITY, base.abandonSwitch()),
        or(f, "resume_abandoned", Range.PROBABILITY, base.resumeAbandoned()),
        f.has("pauses") ? pauses(f.optional("pauses"), f.pathOf("pauses"), base.pauses())
            : base.pauses(),
        f.has("rewatch") ? rewatch(f.optional("rewatch"), f.pathOf("rewatch"), base.rewatch())
            : base.rewatch());
    return problems.count() > before ? null : h;
  }

  private Pauses pauses(YamlNode n, String path, Pauses base) {
    Fields f = fields(n, path, PAUSE_KEYS);
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Pauses p = new Pauses(
        span(f, "autoplay", Range.PAUSE_SECONDS, base.autoplay(), false),
        span(f, "prompt", Range.PAUSE_SECONDS, base.prompt(), false),
        span(f, "manual", Range.PAUSE_SECONDS, base.manual(), false),
        span(f, "next_title", Range.PAUSE_SECONDS, base.nextTitle(), false),
        span(f, "after_abandon", Range.PAUSE_SECONDS, base.afterAbandon(), false),
        span(f, "busy", Range.PAUSE_SECONDS, base.busy(), false));
    return problems.count() > before ? null : p;
  }

  private Rewatch rewatch(YamlNode n, String path, Rewatch base) {
    Fields f = fields(n, path, List.of("favourite", "choose", "film_days"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    double favourite = or(f, "favourite", Range.PROBABILITY, base.favourite());
    double choose = or(f, "choose", Range.PROBABILITY, base.choose());
    Long filmDays = f.has("film_days")
        ? integer(f.optional("film_days"), f.pathOf("film_days"), Range.DAYS)
        : Long.valueOf(base.filmDays());
    return problems.count() > before || filmDays == null
        ? null : new Rewatch(favourite, choose, filmDays.intValue());
  }

  private Platform platform(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("prompt_episodes", "prompt_minutes"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Long episodes = f.has("prompt_episodes")
        ? integer(f.optional("prompt_episodes"), f.pathOf("prompt_episodes"), Range.PROMPT_EPISODES)
        : Long.valueOf(Platform.DEFAULT.promptEpisodes());
    double minutes = or(f, "prompt_minutes", Range.PROMPT_MINUTES, Platform.DEFAULT.promptMinutes());
    return problems.count() > before || episodes == null
        ? null : new Platform(episodes.intValue(), minutes);
  }

  /** Returns the number at {@code key}, or {@code fallback} when absent; NaN after a reported problem. */
  private double or(Fields f, String key, Range range, double fallback) {
    Double v = optionalNumber(f, key, range, fallback);
    return v == null ? Double.NaN : v;
  }

  /**
   * Returns the span {@code [min, max]} at {@code key}, or {@code fallback} when absent. Both ends lie in {@code
   * range}; min <= max unless {@code wraps} (hours of the day across midnight), where the ends only differ.
   */
  private Span span(Fields f, String key, Range range, Span fallback, boolean wraps) {
    if (!f.has(key)) {
      return fallback;
    }
    YamlNode n = f.optional(key);
    String path = f.pathOf(key);
    List<Double> ends = list(n, path, (item, p) -> number(item, p, range));
    if (ends == null) {
      return null;
    }
    if (ends.size() != 2) {
      problems.add(n.mark(), path, "expected two numbers [min, max]" + range.suffix() + ", found "
          + ends.size() + (ends.size() == 1 ? " number" : " numbers"));
      return null;
    }
    double lo = ends.get(0);
    double hi = ends.get(1);
    if (wraps ? lo == hi : lo > hi) {
      problems.add(n.mark(), path, wraps
          ? "expected two different hours [from, to] (to may be past midnight), found " + fmt(lo) + " twice"
          : "expected [min, max] with min <= max, found [" + fmt(lo) + ", " + fmt(hi) + "]");
      return null;
    }
    return new Span(lo, hi);
  }

  private Double probability(Fields f, String key) {
    return number(f.required(key), f.pathOf(key), Range.PROBABILITY);
  }

  private Rhythm rhythm(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("hours", "weekdays"));
    if (f == null) {
      return null;
    }
    List<Double> hours = weights(f.required("hours"), f.pathOf("hours"), 24, "local hours 0..23");
    List<Double> weekdays =
        weights(f.required("weekdays"), f.pathOf("weekdays"), 7, "weekdays Monday..Sunday");
    return hours == null || weekdays == null ? null : new Rhythm(hours, weekdays);
  }

  /** Returns exactly {@code size} non-negative weights with a positive sum. */
  private List<Double> weights(YamlNode n, String path, int size, String what) {
    List<Double> w = list(n, path, (item, p) -> number(item, p, Range.NON_NEGATIVE));
    if (w == null) {
      return null;
    }
    if (w.size() != size) {
      problems.add(n.mark(), path,
          "expected " + size + " weights (one for each of " + what + "), found " + w.size());
      return null;
    }
    if (w.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      problems.add(n.mark(), path, "expected weights with a positive sum, found all zero");
      return null;
    }
    return w;
  }

  private Comfort comfort(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("tag", "adopt", "rewatch"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String tag = shownName(f.required("tag"), f.pathOf("tag"));
    Double adopt = probability(f, "adopt");
    Double rewatch = probability(f, "rewatch");
    return problems.count() > before ? null : new Comfort(tag, adopt, rewatch);
  }

  private Map<String, Double> affinities(YamlNode n, String path) {
    MapNode m = map(n, path);
    if (m == null) {
      return null;
    }
    int before = problems.count();
    Map<String, Double> out = new LinkedHashMap<>();
    for (Entry e : m.entries()) {
      shownKey(e, path);
      // Strictly positive: a zero affinity could leave a persona with no title it can choose.
      Double v = number(e.value(), Fields.join(path, e.key()), Range.POSITIVE);
      if (v != null) {
        out.put(e.key(), v);
      }
    }
    return problems.count() > before ? null : out;
  }

  private Sleep sleep(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("bedtime", "wake"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Dist bedtime = optionalDist(f, "bedtime", Range.BEDTIME, DEFAULT_BEDTIME);
    Dist wake = optionalDist(f, "wake", Range.HOUR, DEFAULT_WAKE);
    return problems.count() > before ? null : new Sleep(bedtime, wake);
  }

  private Work work(YamlNode n, String path) {
    Fields f = fields(n, path, List.of("share", "start", "hours", "days"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Double share = f.has("share")
        ? number(f.optional("share"), f.pathOf("share"), Range.PROBABILITY) : Double.valueOf(1);
    Dist start = optionalDist(f, "start", Range.HOUR, DEFAULT_WORK_START);
    Dist hours = optionalDist(f, "hours", Range.HOURS_WORKED, new Dist.Fixed(8));
    List<Long> days = f.has("days")
        ? list(f.optional("days"), f.pathOf("days"), (item, p) -> integer(item, p, Range.WEEKDAY))
        : List.of(1L, 2L, 3L, 4L, 5L);
    if (days != null && f.has("days")) {
      nonEmpty(f.optional("days"), f.pathOf("days"), days, "day");
    }
    if (problems.count() > before) {
      return null;
    }
    return new Work(share, start, hours, days.stream().map(Long::intValue).toList());
  }

  private List<LifeEventSpec> lifeEvents(YamlNode n, String path, Period period, YamlNode root) {
    // References are checked against names as written, so one broken persona does not make
    // every event that names it look wrong too.
    Set<String> personas = namesIn(root, "personas", "name");
    Set<String> countries = population(root);
    List<LifeEventSpec> events =
        list(n, path, (item, p) -> lifeEvent(item, p, period, personas, countries));
    unique(n, path, "name");
    return events;
  }

  private static Set<String> population(YamlNode root) {
    return root instanceof MapNode m && m.get("population") instanceof MapNode p
        ? namesIn(p, "countries", "code")
        : null;
  }

  private static final List<String> EVENT_KEYS =
      List.of("name", "share", "personas", "countries", "start_from", "start_to", "duration_days",
          "effects");

  private LifeEventSpec lifeEvent(
      YamlNode n, String path, Period period, Set<String> personaNames, Set<String> countryCodes) {
    Fields f = fields(n, path, EVENT_KEYS);
    if (f == null) {
      return null;
    }
    int before = problems.count();
    String name = name(f.required("name"), f.pathOf("name"));
    Double share = number(f.required("share"), f.pathOf("share"), Range.PROBABILITY);
    List<String> personas =
        references(f.optional("personas"), f.pathOf("personas"), personaNames, "persona");
    List<String> countries =
        references(f.optional("countries"), f.pathOf("countries"), countryCodes, "country");
    LocalDate from = date(f.required("start_from"), f.pathOf("start_from"));
    LocalDate to = date(f.required("start_to"), f.pathOf("start_to"));
    if (period != null) {
      within(f, "start_from", from, period);
      within(f, "start_to", to, period);
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(f.optional("start_to").mark(), f.pathOf("start_to"),
          "expected a date on or after start_from " + from + ", found " + to);
    }
    Dist duration =
        dist(f.required("duration_days"), f.pathOf("duration_days"), Range.DAYS);
    Effects effects = f.has("effects") ? effects(f.optional("effects"), f.pathOf("effects"))
        : Effects.NONE;
    if (problems.count() > before) {
      return null;
    }
    return new LifeEventSpec(name, share, personas, countries, from, to, duration, effects);
  }

  private void within(Fields f, String key, LocalDate date, Period period) {
    if (date != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
      problems.add(f.optional(key).mark(), f.pathOf(key),
          "expected a date within the period " + period.start() + ".." + period.end()
              + ", found " + date);
    }
  }

  private List<String> references(YamlNode n, String path, Set<String> known, String what) {
    if (n == null) {
      return List.of();
    }
    List<String> names = strings(n, path);
    if (names == null || known == null) {
      return names;
    }
    ListNode l = (ListNode) n;
    for (int i = 0; i < names.size(); i++) {
      if (!known.contains(names.get(i))) {
        String near = Fields.nearest(names.get(i), List.copyOf(known));
        problems.add(l.items().get(i).mark(), path + "[" + i + "]",
            "unknown " + what + " '" + names.get(i) + "'"
                + (near != null ? "; did you mean '" + near + "'?"
                    : "; expected one of: " + String.join(", ", known.stream().sorted().toList())));
      }
    }
    return names;
  }

  private Effects effects(YamlNode n, String path) {
    Fields f = fields(n, path,
        List.of("volume", "night_shift", "comfort", "work", "ignore_bedtime"));
    if (f == null) {
      return null;
    }
    int before = problems.count();
    Double volume = optionalNumber(f, "volume", Range.NON_NEGATIVE, 1);
    Double nightShift = optionalNumber(f, "night_shift", Range.PROBABILITY, 0);
    Double comfort = optionalNumber(f, "comfort", Range.NON_NEGATIVE, 1);
    Double work = optionalNumber(f, "work", Range.NON_NEGATIVE, 1);
    Boolean ignoreBedtime = f.has("ignore_bedtime")
        ? bool(f.optional("ignore_bedtime"), f.pathOf("ignore_bedtime")) : Boolean.FALSE;
    if (problems.count() > before) {
      return null;
    }
    return new Effects(volume, nightShift, comfort, work, ignoreBedtime);
  }

  private Double optionalNumber(Fields f, String key, Range range, double fallback) {
    return f.has(key) ? number(f.optional(key), f.pathOf(key), range) : Double.valueOf(fallback);
  }

  // ---------------------------------------------------------------- distributions

  private static final Map<String, List<String>> DIST_PARAMS =
      Map.of(
          "fixed", List.of("value"),
          "uniform", List.of("min", "max"),
          "normal", List.of("mean", "sd"),
          "lognormal", List.of("median", "sigma"),
          "gamma", List.of("shape", "scale"),
          "exponential", List.of("mean"),
          "poisson", List.of("mean"),
          "choice", List.of("values", "weights"));

  /** Returns a distribution whose every possible draw should lie in {@code range}. */
  Dist dist(YamlNode n, String path, Range range) {
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && !s.quoted() && parseNumber(s.text()) != null) {
      Double v = number(n, path, range);
      return v == null ? null : new Dist.Fixed(v);
    }
    if (!(n instanceof MapNode m)) {
      problems.add(n.mark(), path,
          "expected a number or a distribution such as {dist: normal, mean: 1, sd: 0.5}, found "
              + n.describe());
      return null;
    }
    if (m.get("dist") == null) {
      problems.add(m.mark(), Fields.join(path, "dist"),
          "missing required key 'dist' (one of " + String.join(", ", DIST_NAMES) + ")");
      return null;
    }
    String kind = string(m.get("dist"), Fields.join(path, "dist"));
    if (kind == null) {
      return null;
    }
    if (!DIST_NAMES.contains(kind)) {
      String near = Fields.nearest(kind, DIST_NAMES);
      problems.add(m.get("dist").mark(), Fields.join(path, "dist"),
          "unknown distribution '" + kind + "'"
              + (near != null ? "; did you mean '" + near + "'?"
                  : "; expected one of: " + String.join(", ", DIST_NAMES)));
      return null;
    }
    List<String> params = DIST_PARAMS.get(kind);
    List<String> known = new ArrayList<>(List.of("dist"));
    known.addAll(params);
    boolean clamps = !kind.equals("uniform") && !kind.equals("choice") && !kind.equals("fixed");
    if (clamps) {
      known.addAll(List.of("min", "max"));
    }
    Fields f = Fields.of(m, path, problems, known);
    if (kind.equals("choice")) {
      return choice(f, range);
    }
    int before = problems.count();
    Map<String, Double> p = new HashMap<>();
    for (String param : params) {
      Range r = switch (kind + "." + param) {
        case "normal.sd", "lognormal.median", "lognormal.sigma", "gamma.shape", "gamma.scale",
            "exponential.mean" -> Range.POSITIVE;
        case "poisson.mean" -> Range.POISSON_MEAN;
        case "fixed.value", "uniform.min", "uniform.max" -> range;
        default -> Range.ANY;
      };
      p.put(param, number(f.required(param), f.pathOf(param), r));
    }
    double min = Double.NEGATIVE_INFINITY;
    double max = Double.POSITIVE_INFINITY;
    if (clamps) {
      Double lo = f.has("min") ? number(f.optional("min"), f.pathOf("min"), range) : null;
      Double hi = f.has("max") ? number(f.optional("max"), f.pathOf("max"), range) : null;
      min = lo == null ? min : lo;
      max = hi == null ? max : hi;
    } else if (kind.equals("uniform")) {
      min = p.get("min") == null ? min : p.get("min");
      max = p.get("max") == null ? max : p.get("max");
    }
    if (problems.count() > before) {
      return null;
    }
    if (min > max) {
      YamlNode at = f.optional("max") != null ? f.optional("max") : m;
      problems.add(at.mark(), f.pathOf("max"),
          "expected max >= min " + fmt(min) + ", found " + fmt(max));
      return null;
    }
    Dist d = switch (kind) {
      case "fixed" -> new Dist.Fixed(p.get("value"));
      case "uniform" -> new Dist.Uniform(min, max);
      case "normal" -> new Dist.Normal(p.get("mean"), p.get("sd"), min, max);
      case "lognormal" -> new Dist.LogNormal(p.get("median"), p.get("sigma"), min, max);
      case "gamma" -> new Dist.Gamma(p.get("shape"), p.get("scale"), min, max);
      case "exponential" -> new Dist.Exponential(p.get("mean"), min, max);
      default -> new Dist.Poisson(p.get("mean"), min, max);
    };
    return meanInRange(d, m, path, range) ? d : null;
  }

  /**
   * Returns whether an unbounded distribution's mean, clamped to its min and max, lies in the field's range; reports
   * it when not. The range's words hold for fixed values, uniform bounds, choice values and clamps; a distribution
   * centred outside it (a runtime with mean 1e12 minutes, two billion adults) gives draws the engine cannot use.
   */
  private boolean meanInRange(Dist d, MapNode at, String path, Range range) {
    if (d instanceof Dist.Fixed || d instanceof Dist.Uniform || d instanceof Dist.Choice) {
      return true;
    }
    double mean = ScenarioLimits.mean(d);
    if (range.contains(mean)) {
      return true;
    }
    problems.add(at.mark(), path, "expected a distribution whose mean (within its min and max) is" + range.suffix()
        + ", found a mean of " + fmt(mean) + "; give it a min or max");
    return false;
  }

  private Dist choice(Fields f, Range range) {
    int before = problems.count();
    List<Double> values = list(f.required("values"), f.pathOf("values"),
        (item, p) -> number(item, p, range));
    List<Double> weights = list(f.required("weights"), f.pathOf("weights"),
        (item, p) -> number(item, p, Range.NON_NEGATIVE));
    if (problems.count() > before) {
      return null;
    }
    if (values.isEmpty()) {
      problems.add(f.optional("values").mark(), f.pathOf("values"),
          "expected at least one value, found none");
      return null;
    }
    if (values.size() != weights.size()) {
      problems.add(f.optional("weights").mark(), f.pathOf("weights"),
          "expected " + values.size() + " weights (one per value), found " + weights.size());
      return null;
    }
    if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      problems.add(f.optional("weights").mark(), f.pathOf("weights"),
          "expected weights with a positive sum, found all zero");
      return null;
    }
    return new Dist.Choice(values, weights);
  }

  // ---------------------------------------------------------------- cross checks

  private void nonEmpty(YamlNode n, String path, List<?> items, String what) {
    if (items.isEmpty()) {
      problems.add(n.mark(), path, "expected at least one " + what + ", found an empty list");
    }
  }

  /** Reports list elements whose {@code key} repeats an earlier element's. */
  private void unique(YamlNode n, String path, String key) {
    if (!(n instanceof ListNode l)) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < l.items().size(); i++) {
      if (l.items().get(i) instanceof MapNode m && m.get(key) instanceof ScalarNode s) {
        Integer first = seen.putIfAbsent(s.text(), i);
        if (first != null) {
          problems.add(s.mark(), path + "[" + i + "]." + key,
              "duplicate " + key + " '" + s.text() + "' (also " + path + "[" + first + "])");
        }
      }
    }
  }

  private void uniqueTitles(ListNode l, String path) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < l.items().size(); i++) {
      if (l.items().get(i) instanceof MapNode m) {
        String key = m.get("series") != null ? "series" : "film";
        if (m.get(key) instanceof ScalarNode s) {
          Integer first = seen.putIfAbsent(s.text(), i);
          if (first != null) {
            problems.add(s.mark(), path + "[" + i + "]." + key,
                "duplicate title '" + s.text() + "' (also " + path + "[" + first + "])");
          }
        }
      }
    }
  }

  private void sumsToOne(YamlNode n, String path, List<Double> shares, String what) {
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    if (!shares.isEmpty() && Math.abs(sum - 1) > SUM_TOLERANCE) {
      problems.add(n.mark(), path,
          "expected " + what + " summing to 1, found a sum of " + fmt(sum));
    }
  }

  private static Set<String> namesIn(YamlNode root, String listKey, String key) {
    if (!(root instanceof MapNode m) || !(m.get(listKey) instanceof ListNode l)) {
      return null;
    }
    Set<String> names = new java.util.TreeSet<>();
    for (YamlNode item : l.items()) {
      if (item instanceof MapNode im && im.get(key) instanceof ScalarNode s) {
        names.add(s.text());
      }
    }
    return names;
  }

  // ---------------------------------------------------------------- scalars and shapes

  private Fields fields(YamlNode n, String path, List<String> known) {
    MapNode m = map(n, path);
    return m == null ? null : Fields.of(m, path, problems, known);
  }

  private MapNode map(YamlNode n, String path) {
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return m;
    }
    problems.add(n.mark(), path, "expected a map, found " + n.describe());
    return null;
  }

  /** Returns each item bound by {@code item}, or null when the node or any item was wrong. */
  private <T> List<T> list(YamlNode n, String path, BiFunction<YamlNode, String, T> item) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof ListNode l)) {
      problems.add(n.mark(), path, "expected a list, found " + n.describe());
      return null;
    }
    int before = problems.count();
    List<T> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      out.add(item.apply(l.items().get(i), path + "[" + i + "]"));
    }
    return problems.count() > before ? null : out;
  }

  private List<String> strings(YamlNode n, String path) {
    return n == null ? List.of() : list(n, path, this::label);
  }

  /** Returns a string used as a list item in output files, where '|' separates items. */
  private String label(YamlNode n, String path) {
    String s = shownName(n, path);
    if (s != null && s.indexOf('|') >= 0) {
      problems.add(n.mark(), path, LABEL_MESSAGE + ", found '" + s + "'");
      return null;
    }
    return s;
  }

  private static final String LABEL_MESSAGE =
      "expected a label without '|' (output files separate list items with it)";

  /** Returns name shares from a map {@code name: share}, in file order. */
  private List<Weighted> shares(YamlNode n, String path, boolean sumToOne) {
    MapNode m = map(n, path);
    if (m == null) {
      return null;
    }
    int before = problems.count();
    List<Weighted> out = new ArrayList<>();
    for (Entry e : m.entries()) {
      shownKey(e, path);
      if (e.key().indexOf('|') >= 0) {
        problems.add(e.keyMark(), Fields.join(path, e.key()), LABEL_MESSAGE + ", found '" + e.key() + "'");
      }
      Double v = number(e.value(), Fields.join(path, e.key()), Range.PROBABILITY);
      if (v != null) {
        out.add(new Weighted(e.key(), v));
      }
    }
    if (problems.count() > before) {
      return null;
    }
    if (sumToOne) {
      if (out.isEmpty()) {
        problems.add(m.mark(), path, "expected at least one entry, found an empty map");
        return null;
      }
      sumsToOne(m, path, out.stream().map(Weighted::share).toList(), "shares");
    }
    return problems.count() > before ? null : out;
  }

  private String name(YamlNode n, String path) {
    String s = string(n, path);
    if (s != null && !NAME.matcher(s).matches()) {
      problems.add(n.mark(), path,
          "expected a name of lower-case letters, digits and dashes (like holiday-rewatcher),"
              + " found " + s);
      return null;
    }
    return s;
  }

  /**
   * Returns a string that output files carry as a name (title, episode, device, household, genre, tag): one with a
   * visible character and no control character. A name of spaces, or with NUL, CR or LF, is written by
   * {@code --format netflix} but cannot be read back: {@code import} drops its rows.
   */
  private String shownName(YamlNode n, String path) {
    String s = string(n, path);
    if (s != null && !shown(s)) {
      problems.add(n.mark(), path, SHOWN_MESSAGE + ", found " + quote(s));
      return null;
    }
    return s;
  }

  /** Reports a map key used as a name (device, zone, genre, tag, affinity) that {@link #shownName} would refuse. */
  private void shownKey(Entry e, String path) {
    if (!shown(e.key())) {
      problems.add(e.keyMark(), Fields.join(path, e.key()), SHOWN_MESSAGE + ", found " + quote(e.key()));
    }
  }

  private static final String SHOWN_MESSAGE =
      "expected a name with a visible character and no control character (NUL, tab, CR, LF)";

  static boolean shown(String s) {
    if (s.isBlank()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code s} in double quotes with control characters spelled as escapes, so a message shows them. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  String string(YamlNode n, String path) {
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && !s.isNull()) {
      return s.text();
    }
    problems.add(n.mark(), path, "expected a string, found " + n.describe());
    return null;
  }

  private Boolean bool(YamlNode n, String path) {
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && !s.quoted()) {
      if (s.text().equalsIgnoreCase("true")) {
        return true;
      }
      if (s.text().equalsIgnoreCase("false")) {
        return false;
      }
    }
    problems.add(n.mark(), path, "expected true or false, found " + n.describe());
    return null;
  }

  private LocalDate date(YamlNode n, String path) {
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && !s.isNull()) {
      try {
        return LocalDate.parse(s.text().strip());
      } catch (DateTimeParseException e) {
        // reported below with the expected form
      }
    }
    problems.add(n.mark(), path, "expected a date YYYY-MM-DD, found " + n.describe());
    return null;
  }

  Double number(YamlNode n, String path, Range range) {
    if (n == null) {
      return null;
    }
    Double v = n instanceof ScalarNode s && !s.quoted() ? parseNumber(s.text()) : null;
    if (v == null) {
      problems.add(n.mark(), path, "expected " + range.words() + ", found " + n.describe());
      return null;
    }
    if (!range.contains(v)) {
      problems.add(n.mark(), path, "expected " + range.words() + ", found " + fmt(v));
      return null;
    }
    return v;
  }

  private Long integer(YamlNode n, String path, Range range) {
    if (n == null) {
      return null;
    }
    Double v = n instanceof ScalarNode s && !s.quoted() ? parseNumber(s.text()) : null;
    // Digits parse exactly first: Long.MAX_VALUE and MIN_VALUE are 2^63 as doubles, which the
    // magnitude test below refuses, yet every long is a valid seed.
    Long exact = v == null ? null : exactLong(((ScalarNode) n).text());
    boolean whole = exact != null || v != null && v == Math.rint(v) && Math.abs(v) < 0x1p63;
    if (!whole) {
      problems.add(n.mark(), path,
          "expected a whole number" + range.suffix() + ", found " + n.describe());
      return null;
    }
    if (!range.contains(v)) {
      problems.add(n.mark(), path,
          "expected a whole number" + range.suffix() + ", found " + fmt(v));
      return null;
    }
    // Exact parse keeps large seeds exact; a double would round them.
    return exact != null ? exact : Long.valueOf(v.longValue());
  }

  /** Returns the long a plain scalar spells in digits ({@code 1_000}, {@code +5}), or null. */
  private static Long exactLong(String text) {
    String t = text.replace("_", "").strip();
    try {
      return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Returns the number a plain scalar spells, or null; accepts {@code 1_000} and {@code 1e3}. */
  static Double parseNumber(String text) {
    String t = text.strip().replace("_", "");
    if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? v : null;
  }

  /** Returns a number as a person would write it: no trailing zeros, no rounding noise. */
  static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }

  /** The longest period a scenario may cover, in days (about ten years). */
  static final int MAX_PERIOD_DAYS = 3660;

  /** An allowed interval of numbers, with the words that describe it in messages. */
  record Range(double lo, boolean loOpen, double hi, String suffix) {
    static final Range ANY =
        new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, "");
    static final Range PROBABILITY = new Range(0, false, 1, " between 0 and 1");
    static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, " >= 0");
    static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, " > 0");
    static final Range COUNT = new Range(0, false, Integer.MAX_VALUE, " between 0 and 2147483647");
    static final Range AT_LEAST_1 = new Range(1, false, Double.POSITIVE_INFINITY, " >= 1");
    static final Range MEMBERS =
        new Range(1, false, Integer.MAX_VALUE, " between 1 and 2147483647");
    static final Range HOUR = new Range(0, false, 24, " between 0 and 24 (hours)");
    static final Range BEDTIME = new Range(0, false, 36, " between 0 and 36 (hours; 25 = 1 am)");
    static final Range HOURS_WORKED = new Range(0, false, 24, " between 0 and 24");
    static final Range WEEKDAY = new Range(1, false, 7, " between 1 (Monday) and 7 (Sunday)");
    // Upper bounds keep a valid scenario from exhausting memory or the engine's time range.
    static final Range RUNTIME_MIN = new Range(0, true, 1440, " > 0 and at most 1440 (minutes)");
    static final Range FILLER_COUNT = new Range(0, false, 1_000_000, " between 0 and 1000000");
    static final Range EPISODES = new Range(1, false, 10_000, " between 1 and 10000");
    static final Range SEASONS = new Range(1, false, 100, " between 1 and 100");
    static final Range PEOPLE = new Range(0, false, 20, " between 0 and 20");
    static final Range ADULTS = new Range(1, false, 20, " between 1 and 20");
    static final Range BOOST = new Range(0, true, 1000, " > 0 and at most 1000");
    static final Range DAYS = new Range(1, false, MAX_PERIOD_DAYS, " between 1 and " + MAX_PERIOD_DAYS);
    // Commons RNG's Poisson sampler refuses a mean above 2^30 (~1.07e9); a round limit below it.
    static final Range POISSON_MEAN = new Range(0, false, 1e9, " between 0 and 1000000000");
    static final Range GRACE_MIN = new Range(0, false, 720, " between 0 and 720 (minutes)");
    // Below 24 h, so that with the rest after it no sitting reaches a day (one view may still end past it).
    static final Range SITTING_HOURS = new Range(0, true, 20, " > 0 and at most 20 (hours)");
    // At least the 30 minutes that join two views into one sitting, so the rest really ends the sitting.
    static final Range REST_HOURS = new Range(0.5, false, 24, " between 0.5 and 24 (hours)");
    static final Range PREVIEW_SECONDS = new Range(1, false, 600, " between 1 and 600 (seconds)");
    static final Range SHARE_PLAYED = new Range(0, true, 1, " > 0 and at most 1 (share of the runtime)");
    // A finished view always reaches 70% of the runtime, Netflix's 2017 rule for a view.
    static final Range CREDITS = new Range(0, false, 0.3, " between 0 and 0.3 (share of the runtime)");
    static final Range PAUSE_SECONDS = new Range(0, false, 3600, " between 0 and 3600 (seconds)");
    static final Range PROMPT_EPISODES = new Range(1, false, 1000, " between 1 and 1000");
    static final Range PROMPT_MINUTES = new Range(0, true, 1440, " > 0 and at most 1440 (minutes)");

    boolean contains(double v) {
      return (loOpen ? v > lo : v >= lo) && v <= hi;
    }

    String words() {
      return "a number" + suffix;
    }
  }
}
