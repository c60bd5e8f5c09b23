package io.bingescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> CATALOG =
      List.of(
          "Tiny Film",
          "Stranger Things",
          "The Office (U.S.): Season 1: Pilot (Episode 1)",
          "The Office (U.S.): Season 1: Diversity Day (Episode 2)",
          "The Office (U.S.)",
          "A Christmas Prince",
          "A Christmas Prince: The Royal Wedding");

  @Test
  void related_putsNamesHoldingTheQueryFirst_shortestFirst() {
    assertThat(Names.related("the office", CATALOG, 3))
        .containsExactly(
            "The Office (U.S.)",
            "The Office (U.S.): Season 1: Pilot (Episode 1)",
            "The Office (U.S.): Season 1: Diversity Day (Episode 2)");
  }

  @Test
  void related_findsSharedWordsAndTypos_neverUnrelatedNames() {
    assertThat(Names.related("Prince of Christmas", CATALOG, 3))
        .containsExactly("A Christmas Prince", "A Christmas Prince: The Royal Wedding");
    assertThat(Names.related("Strnager Things", CATALOG, 3)).contains("Stranger Things");
    assertThat(Names.related("Tiny Flim", CATALOG, 3)).containsExactly("Tiny Film");
    assertThat(Names.related("Zebra Crossing", CATALOG, 3)).isEmpty();
    // "The" and "Season" relate nothing on their own.
    assertThat(Names.related("The Season", CATALOG, 3)).isEmpty();
  }

  @Test
  void nearest_acceptsOnlyLikelyTypos() {
    assertThat(Names.nearest("shar", List.of("share", "seed"))).isEqualTo("share");
    assertThat(Names.nearest("size", List.of("seed", "share"))).isNull();
  }

  @Test
  void distance_countsASwapOfNeighboursAsOneEdit() {
    assertThat(Names.distance("abcd", "abdc")).isEqualTo(1);
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
  }
}
