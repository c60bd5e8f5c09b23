package io.bingescope.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's titles, indexed by id (their position), with the series they belong to, and the facts about
 * them that every pass reads (each episode's season, a season's size and release day, the next episode), computed
 * once here. Immutable.
 */
public final class Catalog {
  private final List<Title> titles;
  private final List<Series> series;
  private final Map<String, Integer> filmsByName = new HashMap<>();
  private final Map<String, Integer> seriesByName = new HashMap<>();
  private final int[] positionInSeries;
  private final int[] nextEpisode;
  // Seasons numbered across the catalog: series by series, each series' seasons in order.
  private final int[] seasonOf;
  private final int[] seasonSize;
  private final long[] seasonRelease;

  /** Creates a catalog; title ids must equal their positions and series episodes must reference episode titles. */
  public Catalog(List<Title> titles, List<Series> series) {
    this.titles = List.copyOf(titles);
    this.series = List.copyOf(series);
    this.positionInSeries = new int[titles.size()];
    this.nextEpisode = new int[titles.size()];
    this.seasonOf = new int[titles.size()];
    for (int i = 0; i < this.titles.size(); i++) {
      Title t = this.titles.get(i);
      if (t.id() != i) {
        throw new IllegalArgumentException("title id " + t.id() + " at position " + i);
      }
      positionInSeries[i] = -1;
      nextEpisode[i] = -1;
      seasonOf[i] = -1;
      if (t.kind() == TitleKind.FILM) {
        filmsByName.putIfAbsent(t.name(), i);
      }
    }
    int seasons = 0;
    for (int s = 0; s < this.series.size(); s++) {
      Series sr = this.series.get(s);
      if (sr.index() != s) {
        throw new IllegalArgumentException("series index " + sr.index() + " at position " + s);
      }
      seriesByName.putIfAbsent(sr.name(), s);
      for (int p = 0; p < sr.episodeCount(); p++) {
        positionInSeries[sr.episodeAt(p)] = p;
        nextEpisode[sr.episodeAt(p)] = p + 1 < sr.episodeCount() ? sr.episodeAt(p + 1) : -1;
      }
      seasons += sr.seasonCount();
    }
    seasonSize = new int[seasons];
    seasonRelease = new long[seasons];
    int flat = 0;
    for (Series sr : this.series) {
      int[] starts = sr.seasonStarts();
      for (int k = 0; k < sr.seasonCount(); k++, flat++) {
        seasonSize[flat] = starts[k + 1] - starts[k];
        // A season is out when its first episode is: the others may carry later dates.
        long release = Long.MAX_VALUE;
        for (int p = starts[k]; p < starts[k + 1]; p++) {
          release = Math.min(release, this.titles.get(sr.episodeAt(p)).releaseDate().toEpochDay());
          seasonOf[sr.episodeAt(p)] = flat;
        }
        seasonRelease[flat] = release;
      }
    }
  }

  /** Returns every title, indexed by id. */
  public List<Title> titles() {
    return titles;
  }

  /** Returns every series, indexed by series index. */
  public List<Series> series() {
    return series;
  }

  /** Returns the number of titles. */
  public int size() {
    return titles.size();
  }

  /** Returns the title with the given id. */
  public Title title(int id) {
    return titles.get(id);
  }

  /** Returns the position of an episode within its series (0-based across seasons), or -1 for a film. */
  public int positionInSeries(int titleId) {
    return positionInSeries[titleId];
  }

  /** Returns the title id of the episode after this one in its series, or -1 for a film or a series' last episode. */
  public int nextEpisode(int titleId) {
    return nextEpisode[titleId];
  }

  /** Returns the number of seasons of all series together. */
  public int seasonCount() {
    return seasonSize.length;
  }

  /**
   * Returns the season of an episode, numbered across the catalog (series by series, each one's seasons in order),
   * or -1 for a film.
   */
  public int seasonOf(int titleId) {
    return seasonOf[titleId];
  }

  /** Returns the number of episodes of a season numbered as by {@link #seasonOf}. */
  public int seasonSize(int season) {
    return seasonSize[season];
  }

  /** Returns the local day (days since 1970-01-01) a season was released: its earliest episode release date. */
  public long seasonReleaseDay(int season) {
    return seasonRelease[season];
  }

  /** Returns the id of the film with the given name. */
  public Optional<Integer> filmNamed(String name) {
    return Optional.ofNullable(filmsByName.get(name));
  }

  /** Returns the series with the given name. */
  public Optional<Series> seriesNamed(String name) {
    Integer i = seriesByName.get(name);
    return i == null ? Optional.empty() : Optional.of(series.get(i));
  }
}
