package io.bingescope.report;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Viewing by work, a film or a whole series (its episodes together), as people name what they
 * watch: seconds and views of the non-supplemental rows. Fixed memory (two counters per work), and
 * tallies of consecutive blocks of members {@link #merge} exactly.
 */
public final class Works {
  private final Catalog catalog;
  private final int[] workOf;
  private final List<String> names = new ArrayList<>();
  private final long[] seconds;
  private final long[] views;

  /** A work and its tally. */
  public record Tally(String name, long seconds, long views) {}

  /** Creates an empty tally over the catalog's works. */
  public Works(Catalog catalog) {
    this.catalog = catalog;
    this.workOf = new int[catalog.size()];
    int series = catalog.series().size();
    for (int s = 0; s < series; s++) {
      names.add(catalog.series().get(s).name());
    }
    for (Title t : catalog.titles()) {
      if (t.kind() == TitleKind.EPISODE && t.seriesIndex() >= 0 && t.seriesIndex() < series) {
        workOf[t.id()] = t.seriesIndex();
      } else {
        workOf[t.id()] = names.size();
        names.add(t.name());
      }
    }
    this.seconds = new long[names.size()];
    this.views = new long[names.size()];
  }

  /** Adds a member's viewing. */
  public void add(History h) {
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) == Supplemental.NONE) {
        int w = workOf[h.title(i)];
        seconds[w] += h.durationS(i);
        views[w]++;
      }
    }
  }

  /** Adds another tally over the same catalog to this one and returns this one. */
  public Works merge(Works other) {
    if (other.catalog != catalog) {
      throw new IllegalArgumentException("tallies over different catalogs");
    }
    for (int w = 0; w < seconds.length; w++) {
      seconds[w] += other.seconds[w];
      views[w] += other.views[w];
    }
    return this;
  }

  /** Returns the {@code n} works watched longest, longest first (ties: the catalog's order). */
  public List<Tally> top(int n) {
    return top(n, Comparator.comparingLong(Tally::seconds).reversed());
  }

  /**
   * Returns the {@code n} works with the most views, most first (ties: the catalog's order): the
   * ranking for an input that does not record durations.
   */
  public List<Tally> mostViewed(int n) {
    return top(n, Comparator.comparingLong(Tally::views).reversed());
  }

  private List<Tally> top(int n, Comparator<Tally> order) {
    List<Tally> all = new ArrayList<>();
    for (int w = 0; w < seconds.length; w++) {
      if (views[w] > 0) {
        all.add(new Tally(names.get(w), seconds[w], views[w]));
      }
    }
    all.sort(order);
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
