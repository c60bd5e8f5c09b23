package io.bingescope.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One playable title of the catalog: a film, or one episode of a series.
 *
 * @param id the title's index in its catalog, also its {@code title_id} in output files
 * @param name the display name; episodes follow Netflix's style {@code Series: Season N: Name (Episode K)}
 * @param kind film or episode
 * @param seriesIndex the index of the series in {@link Catalog#series()}, or -1 for a film
 * @param series the series name, or the empty string for a film
 * @param season the season number (1-based), or 0 for a film
 * @param episode the episode number within its season (1-based), or 0 for a film
 * @param runtimeS the running time in seconds
 * @param releaseDate the day the title became available on the platform
 * @param genres genre names
 * @param tags free tags such as {@code holiday}, {@code kids}, {@code lgbtq}
 */
public record Title(
    int id,
    String name,
    TitleKind kind,
    int seriesIndex,
    String series,
    int season,
    int episode,
    int runtimeS,
    LocalDate releaseDate,
    List<String> genres,
    List<String> tags) {

  public Title {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(releaseDate, "releaseDate");
    genres = List.copyOf(genres);
    tags = List.copyOf(tags);
    if (runtimeS <= 0) {
      throw new IllegalArgumentException("runtime must be positive: " + runtimeS);
    }
  }

  /** Returns whether the title carries the given tag. */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  /** Returns the Netflix-style name of an episode: {@code Series: Season N: Name (Episode K)}. */
  public static String episodeName(String series, int season, String episodeTitle, int episode) {
    return series + ": Season " + season + ": " + episodeTitle + " (Episode " + episode + ")";
  }
}
