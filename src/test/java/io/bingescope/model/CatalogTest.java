package io.bingescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog's season facts, computed once per catalog, against a plain reading of its series. */
class CatalogTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void seasonFacts_matchPlainReading_onRandomCatalogs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Catalog c = randomCatalog(r);
    int flat = 0;
    List<Integer> sizes = new ArrayList<>();
    for (Series s : c.series()) {
      int[] starts = s.seasonStarts();
      for (int k = 0; k < s.seasonCount(); k++, flat++) {
        sizes.add(starts[k + 1] - starts[k]);
        LocalDate first = LocalDate.MAX;
        for (int p = starts[k]; p < starts[k + 1]; p++) {
          LocalDate d = c.title(s.episodeAt(p)).releaseDate();
          first = d.isBefore(first) ? d : first;
        }
        for (int p = starts[k]; p < starts[k + 1]; p++) {
          int t = s.episodeAt(p);
          assertThat(c.seasonOf(t)).as("season of title %d", t).isEqualTo(flat);
          assertThat(c.nextEpisode(t)).as("next after title %d", t)
              .isEqualTo(p + 1 < s.episodeCount() ? s.episodeAt(p + 1) : -1);
        }
        if (starts[k + 1] > starts[k]) {
          assertThat(c.seasonReleaseDay(flat)).as("release of season %d", flat).isEqualTo(first.toEpochDay());
        }
      }
    }
    assertThat(c.seasonCount()).isEqualTo(flat);
    for (int k = 0; k < flat; k++) {
      assertThat(c.seasonSize(k)).as("size of season %d", k).isEqualTo(sizes.get(k));
    }
    for (Title t : c.titles()) {
      if (t.kind() == TitleKind.FILM) {
        assertThat(c.seasonOf(t.id())).isEqualTo(-1);
        assertThat(c.nextEpisode(t.id())).isEqualTo(-1);
      }
    }
  }

  /** Films and series interleaved, 1 to 4 seasons of 1 to 5 episodes, each episode with its own release date. */
  private static Catalog randomCatalog(SplittableRandom r) {
    List<Title> titles = new ArrayList<>();
    List<Series> series = new ArrayList<>();
    LocalDate base = LocalDate.of(2017, 1, 1);
    int items = 1 + r.nextInt(12);
    for (int i = 0; i < items; i++) {
      if (r.nextBoolean()) {
        int id = titles.size();
        titles.add(new Title(id, "Film " + id, TitleKind.FILM, -1, "", 0, 0, 5_400, base.plusDays(r.nextInt(900)),
            List.of(), List.of()));
        continue;
      }
      int s = series.size();
      String name = "Series " + s;
      int seasons = 1 + r.nextInt(4);
      int[] starts = new int[seasons + 1];
      List<Integer> ids = new ArrayList<>();
      for (int k = 0; k < seasons; k++) {
        starts[k] = ids.size();
        int episodes = 1 + r.nextInt(5);
        for (int e = 1; e <= episodes; e++) {
          int id = titles.size();
          titles.add(new Title(id, Title.episodeName(name, k + 1, "Episode", e), TitleKind.EPISODE, s, name, k + 1, e,
              1_500, base.plusDays(r.nextInt(900)), List.of(), List.of()));
          ids.add(id);
        }
      }
      starts[seasons] = ids.size();
      series.add(new Series(s, name, ids.stream().mapToInt(Integer::intValue).toArray(), starts));
    }
    return new Catalog(titles, series);
  }
}
