package io.bingescope.sim;

import io.bingescope.model.Catalog;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Builds a run's catalog: the scenario's explicit titles first, in file order, then the generated filler. Also
 * produces the catalog's <em>items</em>, the things a member chooses between (a film, or a whole series), with their
 * popularity.
 */
final class CatalogBuilder {
  private static final String[] ADJECTIVES = {
    "Silent", "Broken", "Golden", "Hidden", "Last", "Crimson", "Wild", "Quiet", "Burning", "Frozen",
    "Lost", "Bright", "Dark", "Secret", "Little", "Endless", "Hollow", "Northern", "Midnight", "Distant",
    "Savage", "Gentle", "Iron", "Paper", "Electric", "Velvet", "Bitter", "Sweet", "Wandering", "Final"
  };
  private static final String[] NOUNS = {
    "Harbor", "Kingdom", "River", "Witness", "Garden", "Promise", "Empire", "Station", "Detective", "Summer",
    "Letters", "Orchard", "Signal", "Crown", "Island", "Shadows", "Frontier", "Bridge", "Doctor", "Winter",
    "Heist", "Academy", "Dynasty", "Valley", "Circus", "Protocol", "Lighthouse", "Inheritance", "Alibi", "Tides"
  };
  private static final String[] PLACES = {
    "Avalon", "Brooklyn", "Kyoto", "Lisbon", "Oslo", "Marrakesh", "Havana", "Tulsa", "Dublin", "Seoul",
    "Naples", "Calgary", "Bristol", "Lagos", "Perth", "Montana", "Cairo", "Bogota", "Sapporo", "Valencia",
    "Galway", "Mumbai", "Reno", "Tromso", "Santiago", "Glasgow", "Memphis", "Krakow", "Hobart", "Quebec"
  };

  /** Catalog plus the chooseable items. */
  record Built(Catalog catalog, Item[] items) {}

  /**
   * A film or a series as a member chooses it.
   *
   * @param series the series index, or -1 for a film
   * @param film the film's title id, or -1 for a series
   */
  record Item(
      int series, int film, double popularity, LocalDate released, List<String> genres, List<String> tags) {
    boolean matches(String label) {
      return genres.contains(label) || tags.contains(label);
    }
  }

  private CatalogBuilder() {}

  static Built build(Scenario scenario) {
    UniformRandomProvider rng = Seeds.generator(scenario.seed(), Seeds.CATALOG, 0);
    List<Title> titles = new ArrayList<>();
    List<Series> series = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (Scenario.TitleSpec spec : scenario.catalog().titles()) {
      Sampler runtime = Sampler.of(spec.runtimeMin());
      if (spec.series()) {
        int sIndex =
            addSeries(titles, series, spec.name(), spec.seasons(), spec.episodeNames(), runtime, rng, spec);
        items.add(
            new Item(sIndex, -1, spec.popularity(), spec.released(), spec.genres(), spec.tags()));
      } else {
        int id = titles.size();
        titles.add(
            new Title(id, spec.name(), TitleKind.FILM, -1, "", 0, 0, seconds(runtime, rng),
                spec.released(), spec.genres(), spec.tags()));
        items.add(new Item(-1, id, spec.popularity(), spec.released(), spec.genres(), spec.tags()));
      }
    }
    Scenario.Filler filler = scenario.catalog().filler();
    if (filler != null && filler.films() + filler.series() > 0) {
      addFiller(scenario, filler, rng, titles, series, items);
    }
    return new Built(new Catalog(titles, series), items.toArray(Item[]::new));
  }

  private static void addFiller(
      Scenario scenario,
      Scenario.Filler filler,
      UniformRandomProvider rng,
      List<Title> titles,
      List<Series> series,
      List<Item> items) {
    int n = filler.films() + filler.series();
    // Ranks are shuffled so films and series interleave in popularity.
    int[] rank = permutation(n, rng);
    int[] nameCombo = permutation(ADJECTIVES.length * NOUNS.length * PLACES.length, rng);
    AliasTable genre =
        AliasTable.of(filler.genres().stream().mapToDouble(Scenario.Weighted::share).toArray());
    Sampler filmRuntime = Sampler.of(filler.filmRuntimeMin());
    Sampler episodeRuntime = Sampler.of(filler.episodeRuntimeMin());
    Sampler seasons = Sampler.of(filler.seasons());
    Sampler episodes = Sampler.of(filler.episodesPerSeason());
    LocalDate before =
        filler.releasedBefore() != null ? filler.releasedBefore() : scenario.period().start();
    for (int k = 0; k < n; k++) {
      double popularity = 1.0 / StrictMath.pow(rank[k] + 1, filler.zipfExponent());
      List<String> genres =
          filler.genres().isEmpty() ? List.of() : List.of(filler.genres().get(genre.sample(rng)).name());
      List<String> tags = new ArrayList<>();
      for (Scenario.Weighted tag : filler.tags()) {
        if (rng.nextDouble() < tag.share()) {
          tags.add(tag.name());
        }
      }
      LocalDate released = before.minusDays(1 + rng.nextInt(3650));
      String name = name(k < nameCombo.length ? nameCombo[k] : k, k / nameCombo.length);
      if (k < filler.films()) {
        int id = titles.size();
        titles.add(
            new Title(id, name, TitleKind.FILM, -1, "", 0, 0, seconds(filmRuntime, rng), released,
                genres, tags));
        items.add(new Item(-1, id, popularity, released, genres, tags));
      } else {
        int seasonCount = Math.max(1, (int) Math.round(seasons.sample(rng)));
        List<Integer> counts = new ArrayList<>();
        for (int s = 0; s < seasonCount; s++) {
          counts.add(Math.max(1, (int) Math.round(episodes.sample(rng))));
        }
        // One runtime per filler series: a show's episodes are of a kind.
        Sampler runtime = Sampler.of(new io.bingescope.scenario.Dist.Fixed(episodeRuntime.sample(rng)));
        Scenario.TitleSpec spec =
            new Scenario.TitleSpec(name, true, counts, null, released, genres, tags, popularity, List.of());
        int sIndex = addSeries(titles, series, name, counts, List.of(), runtime, rng, spec);
        items.add(new Item(sIndex, -1, popularity, released, genres, tags));
      }
    }
  }

  private static int addSeries(
      List<Title> titles,
      List<Series> series,
      String name,
      List<Integer> seasons,
      List<String> episodeNames,
      Sampler runtime,
      UniformRandomProvider rng,
      Scenario.TitleSpec spec) {
    int sIndex = series.size();
    int total = seasons.stream().mapToInt(Integer::intValue).sum();
    int[] ids = new int[total];
    int[] starts = new int[seasons.size() + 1];
    int pos = 0;
    for (int s = 0; s < seasons.size(); s++) {
      starts[s] = pos;
      for (int e = 1; e <= seasons.get(s); e++) {
        String episodeTitle = pos < episodeNames.size() ? episodeNames.get(pos) : "Chapter " + e;
        int id = titles.size();
        titles.add(
            new Title(id, Title.episodeName(name, s + 1, episodeTitle, e), TitleKind.EPISODE, sIndex,
                name, s + 1, e, seconds(runtime, rng), spec.released(), spec.genres(), spec.tags()));
        ids[pos++] = id;
      }
    }
    starts[seasons.size()] = pos;
    series.add(new Series(sIndex, name, ids, starts));
    return sIndex;
  }

  private static int seconds(Sampler minutes, UniformRandomProvider rng) {
    return Math.max(60, (int) Math.round(minutes.sample(rng) * 60));
  }

  private static String name(int combo, int round) {
    int a = combo % ADJECTIVES.length;
    int b = combo / ADJECTIVES.length % NOUNS.length;
    int c = combo / (ADJECTIVES.length * NOUNS.length) % PLACES.length;
    String base =
        switch (combo % 4) {
          case 0 -> "The " + ADJECTIVES[a] + " " + NOUNS[b] + " of " + PLACES[c];
          case 1 -> ADJECTIVES[a] + " " + NOUNS[b] + ": " + PLACES[c];
          case 2 -> PLACES[c] + " " + NOUNS[b] + " (" + ADJECTIVES[a] + ")";
          default -> "The " + NOUNS[b] + " from " + PLACES[c] + ", " + ADJECTIVES[a];
        };
    return round == 0 ? base : base + " " + (round + 1);
  }

  private static int[] permutation(int n, UniformRandomProvider rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
