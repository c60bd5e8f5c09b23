package io.bingescope.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A whole run, as read from a scenario file: who the members are, what the catalog holds, how personas watch, and
 * what happens to members during the period. Every field is documented, with its default, in
 * {@code docs/scenario-format.md}; YAML keys are the snake_case forms of the component names.
 *
 * @param name short identifier, lower-case letters, digits and dashes
 * @param description free text: assumptions and sources
 * @param seed the run's seed (default 1)
 * @param period the days simulated, in members' local time
 * @param population how many members and where they live
 * @param devices device names with shares; each profile gets one usual device
 * @param households household kinds with shares; a household's size gives the account's profiles
 * @param catalog the titles
 * @param personas behaviour types with shares
 * @param lifeEvents events that change some members' behaviour for a while
 * @param seasons times of year when titles with a tag are chosen more (or less) often
 * @param fitted parameters solved so that a model figure meets a published one (empty when nothing was fitted)
 * @param platform the platform's own rules (the "Are you still watching?" prompt)
 */
public record Scenario(
    String name,
    String description,
    long seed,
    Period period,
    Population population,
    List<Weighted> devices,
    List<HouseholdKind> households,
    CatalogSpec catalog,
    List<Persona> personas,
    List<LifeEventSpec> lifeEvents,
    List<Season> seasons,
    List<Fitted> fitted,
    Platform platform) {

  public Scenario {
    devices = List.copyOf(devices);
    households = List.copyOf(households);
    personas = List.copyOf(personas);
    lifeEvents = List.copyOf(lifeEvents);
    seasons = List.copyOf(seasons);
    fitted = List.copyOf(fitted);
  }

  /**
   * A parameter whose value was solved so that a figure of the model equals a published figure. It is what a
   * reproduction must not present as a prediction: the figure it was fitted to comes out by construction.
   *
   * @param parameter the parameter's path as {@code --set} writes it, e.g.
   *     {@code personas.holiday-rewatcher.comfort.rewatch}
   * @param value the solved value; the binder checks it equals the parameter's value in the file
   * @param target what was made equal to the published figure, in words
   * @param published the published figure
   * @param source where the figure was published
   * @param command the command that solved the value (empty if none)
   * @param current false when a {@code --set} override gave the parameter another value for this run, so the fit
   *     does not hold in it
   */
  public record Fitted(
      String parameter, double value, String target, double published, String source, String command,
      boolean current) {}

  /**
   * The platform's own rules, the same for every member.
   *
   * @param promptEpisodes "Are you still watching?" appears before autoplay starts another episode once this many
   *     episodes have played since the member's last action, the episode that action started included (default 3,
   *     Netflix Help Center: "after three episodes without interacting")
   * @param promptMinutes ... or after this many minutes without an action (default 90, Netflix Help Center)
   */
  public record Platform(int promptEpisodes, double promptMinutes) {
    /** Netflix's published rule: 3 episodes or 90 minutes. */
    public static final Platform DEFAULT = new Platform(3, 90);
  }

  /**
   * A closed interval of numbers; a value is drawn uniformly in it.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   */
  public record Span(double min, double max) {}

  /**
   * The mechanics of a member's day that are not a persona's taste: how sleep and work damp viewing, how a session
   * ends, what happens between views, and how favourites are rewatched. Every field has a documented default
   * ({@link #DEFAULTS}); a scenario's top-level {@code habits} overrides the defaults for all personas, a
   * persona's {@code habits} overrides them key by key for that persona.
   *
   * @param asleepFactor weight of a session start inside the member's sleep window, relative to the rhythm
   * @param atWorkFactor weight of a session start during working hours on a work day, relative to the rhythm
   * @param nightHours the local hours a life event's night shift moves session starts into (from, to; may wrap)
   * @param bedtimeGraceMin minutes after bedtime during which a session still starts new views; the view in
   *     progress is always finished. A session that starts inside the sleep window has its bedtime at its start.
   * @param maxSittingHours a sitting (one profile's views, each starting at most 30 min after the previous ended)
   *     starts no new view after this many hours
   * @param restHours after a sitting that reached {@code maxSittingHours}, the profile starts nothing for this long
   * @param usualDevice share of sessions on the profile's usual device (the rest on its second device)
   * @param preview probability that a newly chosen title is preceded by a trailer or hook
   * @param previewHook share of those previews that are hooks (the rest trailers)
   * @param previewSeconds length of a preview, in seconds
   * @param seriesFromStart probability that a profile new to a series starts at its first episode (else it joins at
   *     an episode drawn uniformly: catching up)
   * @param tryAbandon extra probability that the first view of a title new to the profile is abandoned (trying
   *     a title out), on top of the persona's {@code abandon}
   * @param abandonedShare the share of the runtime an abandoned view plays
   * @param creditsSkip a finished view stops up to this share of the runtime before the end (credits)
   * @param anotherTitle probability that a session chooses another title when a film or series ends
   * @param abandonSwitch probability that a session chooses another title after an abandoned view (else it ends)
   * @param resumeAbandoned probability that an episode abandoned partway, other than the first view of a series new to
   *     the profile, stays the profile's place in the series (Continue Watching): a later session continuing the
   *     series plays it again; otherwise the series goes on at the next episode
   * @param pauses the gaps between views, in seconds
   * @param rewatch how old favourites are rewatched
   */
  public record Habits(
      double asleepFactor,
      double atWorkFactor,
      Span nightHours,
      double bedtimeGraceMin,
      double maxSittingHours,
      double restHours,
      double usualDevice,
      double preview,
      double previewHook,
      Span previewSeconds,
      double seriesFromStart,
      double tryAbandon,
      Span abandonedShare,
      double creditsSkip,
      double anotherTitle,
      double abandonSwitch,
      double resumeAbandoned,
      Pauses pauses,
      Rewatch rewatch) {
    /** The documented defaults (docs/scenario-format.md#habits). */
    public static final Habits DEFAULTS =
        new Habits(
            0.03,
            0.08,
            new Span(22, 5),
            15,
            10,
            6,
            0.8,
            0.1,
            0.5,
            new Span(20, 90),
            0.5,
            0.25,
            new Span(0.02, 0.6),
            0.07,
            0.3,
            0.5,
            0,
            Pauses.DEFAULTS,
            Rewatch.DEFAULTS);
  }

  /**
   * Gaps between views, in seconds, each drawn uniformly in its span.
   *
   * @param autoplay before an episode that autoplay starts
   * @param prompt before an episode started by answering "Are you still watching?"
   * @param manual before an episode the member starts
   * @param nextTitle before another title, after a film or series ended
   * @param afterAbandon before another title, after an abandoned view
   * @param busy after the profile's last view, for the day's comfort view drawn while the profile was still watching
   *     (any other session drawn then does not happen: its person is already sitting)
   */
  public record Pauses(
      Span autoplay, Span prompt, Span manual, Span nextTitle, Span afterAbandon, Span busy) {
    /** The documented defaults. */
    public static final Pauses DEFAULTS =
        new Pauses(
            new Span(5, 15),
            new Span(5, 65),
            new Span(10, 120),
            new Span(60, 600),
            new Span(30, 180),
            new Span(30, 630));
  }

  /**
   * Rewatching an old favourite: a title the profile saw before the period and comes back to (published: rewatching
   * is 10-25% of streaming time, and favours long sitcoms). Titles finished in the period are never chosen again
   * except through this rule or the comfort habit.
   *
   * @param favourite share of profiles with an old favourite: a series drawn by popularity x episodes (long
   *     series are rewatched most), or on a kids' profile a kids' film or series
   * @param choose probability that a profile with a favourite picks it when it chooses a title anew
   * @param filmDays a favourite film is watched at most once in this many days
   */
  public record Rewatch(double favourite, double choose, int filmDays) {
    /** The documented defaults. */
    public static final Rewatch DEFAULTS = new Rewatch(0.5, 0.2, 1);
  }

  /**
   * A seasonal effect on title choice: on the local days {@code from .. to}, the popularity of every title whose
   * genres or tags include {@code tag} is multiplied by {@code boost} (e.g. holiday films in December).
   *
   * @param tag the genre or tag affected
   * @param from first local day (inclusive)
   * @param to last local day (inclusive)
   * @param boost popularity multiplier while the season lasts, > 0 (below 1 makes titles rarer)
   */
  public record Season(String tag, LocalDate from, LocalDate to, double boost) {}

  /** The simulated days, both inclusive, in members' local time. */
  public record Period(LocalDate start, LocalDate end) {
    /** Returns the number of days in the period. */
    public int days() {
      return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    }
  }

  /** A name with a share (shares of a list sum to 1). */
  public record Weighted(String name, double share) {}

  /**
   * The population.
   *
   * @param members number of members (accounts), at least 1
   * @param countries countries with shares summing to 1
   */
  public record Population(long members, List<Country> countries) {
    public Population {
      countries = List.copyOf(countries);
    }
  }

  /**
   * A country of the population.
   *
   * @param code ISO 3166 alpha-2 code
   * @param share share of members living there
   * @param zones IANA zone ids with shares summing to 1, in file order
   */
  public record Country(String code, double share, List<Weighted> zones) {
    public Country {
      zones = List.copyOf(zones);
    }
  }

  /**
   * A kind of household.
   *
   * @param kind name, e.g. {@code single}, {@code couple}, {@code family}
   * @param share share of members
   * @param adults number of adults (each gets a profile)
   * @param kids number of children (kids get one shared kids' profile when at least one)
   */
  public record HouseholdKind(String kind, double share, Dist adults, Dist kids) {}

  /**
   * The catalog: titles the scenario names, and a generated filler catalog around them.
   *
   * @param titles explicit films and series
   * @param filler the generated rest of the catalog
   */
  public record CatalogSpec(List<TitleSpec> titles, Filler filler) {
    public CatalogSpec {
      titles = List.copyOf(titles);
    }
  }

  /**
   * An explicit film ({@code film: NAME}) or series ({@code series: NAME}).
   *
   * @param name the film or series name
   * @param series true for a series
   * @param seasons for a series, the episode count of each season; empty for a film
   * @param runtimeMin running time in minutes (films), or per episode (series, drawn per episode)
   * @param released the day it became available
   * @param genres genres
   * @param tags tags
   * @param popularity weight relative to the most popular filler title (which has weight 1)
   * @param episodeNames optional names of episodes, in order; missing ones are generated
   */
  public record TitleSpec(
      String name,
      boolean series,
      List<Integer> seasons,
      Dist runtimeMin,
      LocalDate released,
      List<String> genres,
      List<String> tags,
      double popularity,
      List<String> episodeNames) {
    public TitleSpec {
      seasons = List.copyOf(seasons);
      genres = List.copyOf(genres);
      tags = List.copyOf(tags);
      episodeNames = List.copyOf(episodeNames);
    }
  }

  /**
   * The generated filler catalog. Popularity follows a Zipf law over films and series ranked together.
   *
   * @param films number of filler films
   * @param series number of filler series
   * @param zipfExponent exponent s of the Zipf law: the title of rank r has weight 1 / r^s
   * @param filmRuntimeMin film running time in minutes
   * @param episodeRuntimeMin episode running time in minutes (drawn once per series)
   * @param seasons number of seasons of a series
   * @param episodesPerSeason episodes in a season
   * @param genres genre names with the share of titles in each
   * @param tags tag names with the share of titles carrying each
   * @param releasedBefore filler titles are released on days before this date (default: period start)
   */
  public record Filler(
      int films,
      int series,
      double zipfExponent,
      Dist filmRuntimeMin,
      Dist episodeRuntimeMin,
      Dist seasons,
      Dist episodesPerSeason,
      List<Weighted> genres,
      List<Weighted> tags,
      LocalDate releasedBefore) {
    public Filler {
      genres = List.copyOf(genres);
      tags = List.copyOf(tags);
    }
  }

  /**
   * A behaviour type. Per-member parameters are drawn once per member from the distributions.
   *
   * @param name persona name
   * @param share share of members
   * @param rhythm when in the day and week sessions start
   * @param sessionsPerDay mean sessions per day, drawn per member; each day's count is Poisson with that mean
   * @param sessionMinutes a session's time budget in minutes, drawn per session
   * @param continueSeries probability a session continues the series in progress rather than choosing anew
   * @param nextEpisode probability, after an episode ends, of playing the next within the same session
   * @param autoplay probability the next episode starts by autoplay rather than by the member's action
   * @param stillWatching probability the member answers "Are you still watching?" and goes on
   * @param abandon probability a view is stopped partway
   * @param comfort comfort rewatching of tagged titles, or null for none
   * @param affinities multipliers on popularity by genre or tag name
   * @param sleep bedtime and wake time
   * @param work work pattern, or null for members who do not work
   * @param habits the mechanics of the persona's day, defaults filled in
   */
  public record Persona(
      String name,
      double share,
      Rhythm rhythm,
      Dist sessionsPerDay,
      Dist sessionMinutes,
      double continueSeries,
      double nextEpisode,
      double autoplay,
      double stillWatching,
      double abandon,
      Comfort comfort,
      Map<String, Double> affinities,
      Sleep sleep,
      Work work,
      Habits habits) {
    public Persona {
      affinities = Map.copyOf(affinities);
    }
  }

  /**
   * When sessions start.
   *
   * @param hours 24 non-negative weights for local hours 0..23
   * @param weekdays 7 non-negative multipliers for Monday..Sunday
   */
  public record Rhythm(List<Double> hours, List<Double> weekdays) {
    public Rhythm {
      hours = List.copyOf(hours);
      weekdays = List.copyOf(weekdays);
    }
  }

  /**
   * Comfort rewatching: once a member has taken up a title carrying {@code tag}, it watches it again day after day.
   *
   * @param tag the tag of the titles rewatched
   * @param adopt daily probability of taking up one such title (released by then) when none is taken up
   * @param rewatch daily probability of watching the taken-up title again
   */
  public record Comfort(String tag, double adopt, double rewatch) {}

  /**
   * Sleep, in local hours (bedtime may exceed 24 for after midnight).
   *
   * @param bedtime bedtime in hours, drawn per member
   * @param wake wake time in hours, drawn per member
   */
  public record Sleep(Dist bedtime, Dist wake) {}

  /**
   * Work, in local hours.
   *
   * @param share probability the member works
   * @param start start hour, drawn per member
   * @param hours hours worked per day, drawn per member
   * @param days ISO weekday numbers worked (1 = Monday)
   */
  public record Work(double share, Dist start, Dist hours, List<Integer> days) {
    public Work {
      days = List.copyOf(days);
    }
  }

  /**
   * A kind of life event.
   *
   * @param name event name, e.g. {@code depressive-episode}, {@code vacation}
   * @param share probability a member has the event during the period
   * @param personas personas it can happen to (empty for all)
   * @param countries countries it can happen in (empty for all)
   * @param startFrom earliest first day
   * @param startTo latest first day
   * @param durationDays length in days, drawn per member
   * @param effects what changes while it lasts
   */
  public record LifeEventSpec(
      String name,
      double share,
      List<String> personas,
      List<String> countries,
      LocalDate startFrom,
      LocalDate startTo,
      Dist durationDays,
      Effects effects) {
    public LifeEventSpec {
      personas = List.copyOf(personas);
      countries = List.copyOf(countries);
    }
  }

  /**
   * Effects of a life event while it lasts.
   *
   * @param volume multiplier on expected viewing time (default 1): sessions per day and session length are each
   *     multiplied by its square root
   * @param nightShift share of session starts moved into the night, 22:00..05:00 (0..1, default 0)
   * @param comfort multiplier on comfort rewatching probabilities (default 1)
   * @param work multiplier on the chance of working a work day (0 = off work, default 1)
   * @param ignoreBedtime whether the member stays up past bedtime (default false)
   */
  public record Effects(
      double volume, double nightShift, double comfort, double work, boolean ignoreBedtime) {
    /** No effect. */
    public static final Effects NONE = new Effects(1, 0, 1, 1, false);
  }
}
