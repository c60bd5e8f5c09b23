package io.bingescope.scenario;

import io.bingescope.scenario.Scenario.LifeEventSpec;
import io.bingescope.scenario.Scenario.Persona;
import io.bingescope.scenario.Scenario.Season;
import io.bingescope.scenario.Scenario.TitleSpec;
import io.bingescope.scenario.YamlNode.ListNode;
import io.bingescope.scenario.YamlNode.MapNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bounds what a scenario whose every value is valid can ask of the engine as a whole: the size of its catalog, the
 * weights a persona chooses titles by, and the views of one member and of the run. Each value may lie in its range
 * while their product exhausts memory or overflows, so these rules look at the bound scenario together; each
 * problem points at the part of the file that asks for too much. The figures are upper estimates from means
 * ({@link #upperMean}), documented in {@code docs/scenario-format.md#limits}.
 */
public final class ScenarioLimits {
  /** The most titles (films and episodes) a catalog may hold: about 400 bytes of heap each, ~0.8 GB in all. */
  public static final long MAX_TITLES = 2_000_000;

  /** The largest choice weight (popularity x affinities x seasonal boosts) of a title: far from overflow. */
  public static final double MAX_WEIGHT = 1e100;

  /**
   * The most views a member may be expected to have over the period. The generator stops a member's history at
   * {@link #MEMBER_VIEW_CAP} views; this keeps the cap for the tail of the rare member far above the expected.
   */
  public static final long MAX_MEMBER_VIEWS = 200_000;

  /**
   * The generator's hard cap on one member's views: it plays no more once a history holds this many, below the 2^20
   * a {@code History} holds (a title's preview and the title may both land past the cap). Only a member far in the tail of a scenario within {@link #MAX_MEMBER_VIEWS} meets it.
   */
  public static final int MEMBER_VIEW_CAP = 1_000_000;

  /**
   * The most views a run may be expected to have: 117.58M members (Netflix, 2018) watching for 31 days at up to
   * about 27 views per member a day by the estimate below; some 15 TB of views.csv.
   */
  public static final double MAX_RUN_VIEWS = 1e11;

  /** The most sessions the generator plays in a day (MemberGenerator.MAX_SESSIONS - 1). */
  public static final int MAX_SESSIONS_A_DAY = 63;

  private final Scenario s;
  private final YamlNode root;
  private final Problems problems;

  private ScenarioLimits(Scenario s, YamlNode root, Problems problems) {
    this.s = s;
    this.root = root;
    this.problems = problems;
  }

  /** Reports each limit {@code s}, bound from {@code root}, exceeds. */
  static void check(Scenario s, YamlNode root, Problems problems) {
    ScenarioLimits limits = new ScenarioLimits(s, root, problems);
    limits.catalogSize();
    limits.weights();
    limits.sessionsPerDay();
    limits.views();
  }

  // ---------------------------------------------------------------- catalog

  /**
   * Returns an upper estimate of the titles (films and episodes) a valid scenario's catalog holds, as the limit
   * {@link #MAX_TITLES} counts them.
   */
  public static double titles(Scenario s) {
    return explicitTitles(s) + fillerTitles(s.catalog().filler());
  }

  private static double explicitTitles(Scenario s) {
    double explicit = 0;
    for (TitleSpec t : s.catalog().titles()) {
      explicit += t.series() ? t.seasons().stream().mapToLong(Integer::longValue).sum() : 1;
    }
    return explicit;
  }

  // The engine rounds each draw and takes at least 1 season of at least 1 episode.
  private static double fillerSeasons(Scenario.Filler f) {
    return Math.max(1, upperMean(f.seasons()) + rounding(f.seasons()));
  }

  private static double fillerEpisodes(Scenario.Filler f) {
    return Math.max(1, upperMean(f.episodesPerSeason()) + rounding(f.episodesPerSeason()));
  }

  private static double fillerTitles(Scenario.Filler f) {
    return f.films() + f.series() * fillerSeasons(f) * fillerEpisodes(f);
  }

  private void catalogSize() {
    Scenario.Filler f = s.catalog().filler();
    double explicit = explicitTitles(s);
    double seasons = fillerSeasons(f);
    double episodes = fillerEpisodes(f);
    double total = titles(s);
    if (total > MAX_TITLES) {
      problems.add(at("catalog").mark(), "catalog",
          "expected a catalog of at most " + MAX_TITLES + " titles (films and episodes), found about "
              + round(total) + ": " + round(explicit) + " explicit + " + f.films() + " filler films + "
              + f.series() + " filler series x ~" + round(seasons) + " seasons x ~" + round(episodes)
              + " episodes");
    }
  }

  /** Returns how much rounding a draw to a whole number can add to its mean: none for a fixed value. */
  private static double rounding(Dist d) {
    return d instanceof Dist.Fixed ? 0 : 0.5;
  }

  // ---------------------------------------------------------------- choice weights

  /**
   * Checks each title's largest choice weight, popularity x the persona's affinities x the seasonal boosts that can
   * apply to it, in log10 so that the check itself cannot overflow. Filler titles are bounded together: weight at
   * most 1 (Zipf rank 1) times every filler genre's and tag's affinity.
   */
  private void weights() {
    List<TitleSpec> titles = s.catalog().titles();
    for (int i = 0; i < titles.size(); i++) {
      TitleSpec t = titles.get(i);
      List<String> labels = new java.util.ArrayList<>(t.genres());
      labels.addAll(t.tags());
      String worst = null;
      double most = Double.NEGATIVE_INFINITY;
      for (Persona p : s.personas()) {
        double w = Math.log10(t.popularity()) + upLog(p.affinities(), labels) + seasonLog(labels);
        if (w > most) {
          most = w;
          worst = p.name();
        }
      }
      if (most > Math.log10(MAX_WEIGHT)) {
        YamlNode title = at("catalog", "titles", i);
        YamlNode pop = title instanceof MapNode m && m.get("popularity") != null ? m.get("popularity") : title;
        String path = "catalog.titles[" + i + "]" + (pop != title ? ".popularity" : "");
        problems.add(pop.mark(), path, weightMessage(worst, most));
      }
    }
    Scenario.Filler f = s.catalog().filler();
    if (f.films() + f.series() > 0) {
      List<String> labels = new java.util.ArrayList<>();
      f.genres().forEach(g -> labels.add(g.name()));
      f.tags().forEach(g -> labels.add(g.name()));
      String worst = null;
      double most = Double.NEGATIVE_INFINITY;
      for (Persona p : s.personas()) {
        double w = upLog(p.affinities(), labels) + seasonLog(labels);
        if (w > most) {
          most = w;
          worst = p.name();
        }
      }
      if (most > Math.log10(MAX_WEIGHT)) {
        problems.add(at("catalog", "filler").mark(), "catalog.filler", weightMessage(worst, most));
      }
    }
  }

  private static String weightMessage(String persona, double log10) {
    return "expected a choice weight (popularity x affinities x seasonal boosts) of at most 1e100, found about 1e"
        + (long) Math.ceil(log10) + " for persona '" + persona + "': the weights would overflow; lower the"
        + " popularity, the affinities or the boosts";
  }

  /** Returns log10 of the product of the affinities above 1 that apply to a title with these labels. */
  private static double upLog(Map<String, Double> affinities, List<String> labels) {
    double sum = 0;
    for (Map.Entry<String, Double> e : affinities.entrySet()) {
      if (labels.contains(e.getKey()) && e.getValue() > 1) {
        sum += Math.log10(e.getValue());
      }
    }
    return sum;
  }

  /** Returns log10 of the product of the boosts above 1 of every season whose tag is among {@code labels}. */
  private double seasonLog(List<String> labels) {
    double sum = 0;
    for (Season season : s.seasons()) {
      if (labels.contains(season.tag()) && season.boost() > 1) {
        sum += Math.log10(season.boost());
      }
    }
    return sum;
  }

  // ---------------------------------------------------------------- views

  /**
   * Checks that each persona's mean sessions a day is at most the 63 the generator plays: a larger rate is cut to 63
   * on most days, and one past 2^31 would wrap to none at all.
   */
  private void sessionsPerDay() {
    List<Persona> personas = s.personas();
    for (int i = 0; i < personas.size(); i++) {
      double mean = mean(personas.get(i).sessionsPerDay());
      if (!(mean <= MAX_SESSIONS_A_DAY)) {
        problems.add(at("personas", i, "sessions_per_day").mark(), "personas[" + i + "].sessions_per_day",
            "expected a mean of at most " + MAX_SESSIONS_A_DAY + " sessions a day (the most the generator plays),"
                + " found " + round(mean));
      }
    }
  }

  /**
   * Estimates views, generously: per member and day, a persona plays {@code min(63, sessions x the largest weekday
   * factor x sqrt(volume))} sessions, each of {@code 1 + session minutes x sqrt(volume) / the catalog's mean
   * runtime} views (plus one comfort view), where volume is the product of the life events' volumes above 1 that
   * can apply to it and each figure is a distribution's mean clamped to its min and max ({@link #mean}). The
   * bundled scenarios simulate 2 to 3 times fewer views than this estimates.
   */
  private void views() {
    int days = s.period().days();
    double runtime = meanRuntime();
    int before = problems.count();
    double run = 0;
    List<Persona> personas = s.personas();
    for (int i = 0; i < personas.size(); i++) {
      Persona p = personas.get(i);
      double volume = 1;
      for (LifeEventSpec e : s.lifeEvents()) {
        if ((e.personas().isEmpty() || e.personas().contains(p.name())) && e.effects().volume() > 1) {
          volume *= e.effects().volume();
        }
      }
      double root = Math.sqrt(volume);
      double sessions = Math.min(MAX_SESSIONS_A_DAY, mean(p.sessionsPerDay()) * weekdayPeak(p) * root);
      double perSession = 1 + mean(p.sessionMinutes()) * root / runtime;
      double perDay = sessions * perSession + (p.comfort() != null ? 1 : 0);
      double perMember = perDay * days;
      if (!(perMember <= MAX_MEMBER_VIEWS)) {
        problems.add(at("personas", i).mark(), "personas[" + i + "]",
            "expected at most " + MAX_MEMBER_VIEWS + " views per member over the period, found about "
                + round(perMember) + " (" + days + " days x ~" + round(sessions) + " sessions a day x ~"
                + round(perSession) + " views a session of titles of ~" + round(runtime)
                + " min); shorten session_minutes or the period, or lower sessions_per_day");
      }
      run += p.share() * perMember;
    }
    run *= s.population().members();
    // A persona over its limit makes the run's figure meaningless: that one problem says what to change.
    if (problems.count() == before && !(run <= MAX_RUN_VIEWS)) {
      problems.add(at("population", "members").mark(), "population.members",
          String.format(Locale.ROOT, "expected a run of at most %.0e views, found about %.1e (%d members x"
              + " %d days x the personas' views a day); simulate fewer members or days", MAX_RUN_VIEWS, run,
              s.population().members(), days).replace("e+", "e"));
    }
  }

  /** Returns the peak weekday's sessions relative to the week's mean (the engine's weekday factor). */
  private static double weekdayPeak(Persona p) {
    List<Double> w = p.rhythm().weekdays();
    double mean = w.stream().mapToDouble(Double::doubleValue).average().orElse(1);
    return w.stream().mapToDouble(Double::doubleValue).max().orElse(1) / mean;
  }

  /** Returns the mean runtime, in minutes, of the catalog's films and episodes, each counted once: at least 1. */
  private double meanRuntime() {
    double minutes = 0;
    double count = 0;
    for (TitleSpec t : s.catalog().titles()) {
      double n = t.series() ? t.seasons().stream().mapToLong(Integer::longValue).sum() : 1;
      minutes += n * mean(t.runtimeMin());
      count += n;
    }
    Scenario.Filler f = s.catalog().filler();
    double episodes = f.series() * Math.max(1, mean(f.seasons())) * Math.max(1, mean(f.episodesPerSeason()));
    minutes += f.films() * mean(f.filmRuntimeMin()) + episodes * mean(f.episodeRuntimeMin());
    count += f.films() + episodes;
    // The engine plays every title for at least a minute.
    return Math.max(1, minutes / count);
  }

  // ---------------------------------------------------------------- helpers

  /** Returns a distribution's mean clamped to its min and max: the mean of its draws, near enough for estimates. */
  static double mean(Dist d) {
    if (d instanceof Dist.Fixed || d instanceof Dist.Uniform || d instanceof Dist.Choice) {
      return upperMean(d);
    }
    double m;
    if (d instanceof Dist.Normal n) {
      m = n.mean();
    } else if (d instanceof Dist.LogNormal l) {
      m = l.median() * Math.exp(l.sigma() * l.sigma() / 2);
    } else if (d instanceof Dist.Gamma g) {
      m = g.shape() * g.scale();
    } else if (d instanceof Dist.Exponential e) {
      m = e.mean();
    } else {
      m = ((Dist.Poisson) d).mean();
    }
    double v = Math.min(d.max(), Math.max(d.min(), m));
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  /**
   * Returns an upper bound of the mean of a draw, clamps included: for a distribution with mean m and standard
   * deviation sd clamped to [lo, hi], E[clamp(X)] <= min(hi, max(lo, m) + sd), since max(X, lo) <= max(lo, m) +
   * |X - m|. Exact for fixed, uniform and choice.
   */
  static double upperMean(Dist d) {
    double mean;
    double sd;
    if (d instanceof Dist.Fixed f) {
      return f.value();
    } else if (d instanceof Dist.Uniform u) {
      return (u.min() + u.max()) / 2;
    } else if (d instanceof Dist.Choice c) {
      double sw = 0;
      double sv = 0;
      for (int i = 0; i < c.values().size(); i++) {
        sw += c.weights().get(i);
        sv += c.weights().get(i) * c.values().get(i);
      }
      return sv / sw;
    } else if (d instanceof Dist.Normal n) {
      mean = n.mean();
      sd = n.sd();
    } else if (d instanceof Dist.LogNormal l) {
      double s2 = l.sigma() * l.sigma();
      mean = l.median() * Math.exp(s2 / 2);
      sd = mean * Math.sqrt(Math.expm1(s2));
    } else if (d instanceof Dist.Gamma g) {
      mean = g.shape() * g.scale();
      sd = Math.sqrt(g.shape()) * g.scale();
    } else if (d instanceof Dist.Exponential e) {
      mean = e.mean();
      sd = e.mean();
    } else {
      Dist.Poisson p = (Dist.Poisson) d;
      mean = p.mean();
      sd = Math.sqrt(p.mean());
    }
    double v = Math.min(d.max(), Math.max(d.min(), mean) + sd);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  /** Returns the node at a path of keys and indexes, or the deepest one that exists on the way. */
  private YamlNode at(Object... path) {
    YamlNode n = root;
    for (Object step : path) {
      YamlNode next = null;
      if (step instanceof String key && n instanceof MapNode m) {
        next = m.get(key);
      } else if (step instanceof Integer i && n instanceof ListNode l && i < l.items().size()) {
        next = l.items().get(i);
      }
      if (next == null) {
        return n;
      }
      n = next;
    }
    return n;
  }

  private static String round(double v) {
    return Double.isInfinite(v) || v >= 1e9 ? String.format(Locale.ROOT, "%.1e", v).replace("e+", "e")
        : ScenarioBinder.fmt(v < 10 ? Math.round(v * 10) / 10.0 : Math.round(v));
  }
}
