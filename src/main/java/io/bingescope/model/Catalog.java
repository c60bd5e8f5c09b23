package io.bingescope.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's titles, indexed by id (their position), with the series they belong to. Immutable.
 */
public final class Catalog {
  private final List<Title> titles;
  private final List<Series> series;
  private final Map<String, Integer> filmsByName = new HashMap<>();
  private final Map<String, Integer> seriesByName = new HashMap<>();
  private final int[] positionInSeries;

  /** Creates a catalog; title ids must equal their positions and series episodes must reference episode titles. */
  public Catalog(List<Title> titles, List<Series> series) {
    this.titles = List.copyOf(titles);
    this.series = List.copyOf(series);
    this.positionInSeries = new int[titles.size()];
    for (int i = 0; i < this.titles.size(); i++) {
      Title t = this.titles.get(i);
      if (t.id() != i) {
        throw new IllegalArgumentException("title id " + t.id() + " at position " + i);
      }
      positionInSeries[i] = -1;
      if (t.kind() == TitleKind.FILM) {
        filmsByName.putIfAbsent(t.name(), i);
      }
    }
    for (int s = 0; s < this.series.size(); s++) {
      Series sr = this.series.get(s);
      if (sr.index() != s) {
        throw new IllegalArgumentException("series index " + sr.index() + " at position " + s);
      }
      seriesByName.putIfAbsent(sr.name(), s);
      for (int p = 0; p < sr.episodeCount(); p++) {
        positionInSeries[sr.episodeAt(p)] = p;
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
