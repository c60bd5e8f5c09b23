package io.bingescope.model;

import java.util.Arrays;

/**
 * A series of the catalog: its episodes' title ids in viewing order (season by season).
 *
 * @param index the series' index in {@link Catalog#series()}
 * @param name the series name
 * @param episodeIds title ids of every episode, in order
 * @param seasonStarts for each season s (0-based), the position in {@code episodeIds} of its first episode, plus a
 *     final entry equal to the episode count
 */
public record Series(int index, String name, int[] episodeIds, int[] seasonStarts) {

  public Series {
    episodeIds = episodeIds.clone();
    seasonStarts = seasonStarts.clone();
  }

  /** Returns the number of episodes. */
  public int episodeCount() {
    return episodeIds.length;
  }

  /** Returns the number of seasons. */
  public int seasonCount() {
    return seasonStarts.length - 1;
  }

  /** Returns the title id of the episode at the given position (0-based, across seasons). */
  public int episodeAt(int position) {
    return episodeIds[position];
  }

  @Override
  public int[] episodeIds() {
    return episodeIds.clone();
  }

  @Override
  public int[] seasonStarts() {
    return seasonStarts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && s.index == index
        && s.name.equals(name)
        && Arrays.equals(s.episodeIds, episodeIds)
        && Arrays.equals(s.seasonStarts, seasonStarts);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(episodeIds);
  }

  @Override
  public String toString() {
    return "Series[" + index + ", " + name + ", " + episodeIds.length + " episodes]";
  }
}
