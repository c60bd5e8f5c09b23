package io.bingescope.io.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.TitleKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Office (U.S.): Season 2: The Dundies (Episode 1) | The Office (U.S.) | 2 | The Dundies | 1
          The Office (U.S.): Season 2: The Dundies | The Office (U.S.) | 2 | The Dundies | 0
          Dark: Staffel 1: Geheimnisse (Folge 1) | Dark | 1 | Geheimnisse | 1
          La casa de papel: Temporada 3: Episodio 4 | La casa de papel | 3 | Episodio 4 | 4
          Dix pour cent: Saison 2: Julie et Gabriel (Épisode 3) | Dix pour cent | 2 | Julie et Gabriel | 3
          Suburra: Stagione 1: 21 giorni (Episodio 1) | Suburra | 1 | 21 giorni | 1
          Undercover: Seizoen 1: Aflevering 2 | Undercover | 1 | Aflevering 2 | 2
          Doctor Who: Series 1: Rose | Doctor Who | 1 | Rose | 0
          Dark: 2. Staffel: Anfänge und Enden | Dark | 2 | Anfänge und Enden | 0
          Star Wars: The Clone Wars: Season 1: Ambush (Episode 1) | Star Wars: The Clone Wars | 1 | Ambush | 1
          Narcos: Mexico: Season 1: Camelot | Narcos: Mexico | 1 | Camelot | 0
          Black Mirror: Season 4: USS Callister: Part 2 (Episode 1) | Black Mirror | 4 | USS Callister: Part 2 | 1
          Stranger Things: Stranger Things 4: Chapter One: The Hellfire Club | Stranger Things | 4 | Chapter One: The Hellfire Club | 0
          The Queen's Gambit: Limited Series: Openings (Episode 1) | The Queen's Gambit | 1 | Openings | 1
          Unbelievable: Miniseries: Episode 1 | Unbelievable | 1 | Episode 1 | 1
          Money Heist: Part 1: Episode 1 | Money Heist | 1 | Episode 1 | 1
          Lupin: Partie 2: Chapitre 6 | Lupin | 2 | Chapitre 6 | 6
          Maniac: Hat Trick (Episode 5) | Maniac | 1 | Hat Trick | 5
          """)
  void parsesEpisodes_inEnglishAndLocalisedForms(
      String title, String series, int season, String name, int episode) {
    TitleParser.Parsed p = TitleParser.parse(title);
    assertThat(p.kind()).isEqualTo(TitleKind.EPISODE);
    assertThat(p.series()).isEqualTo(series);
    assertThat(p.season()).isEqualTo(season);
    assertThat(p.episodeName()).isEqualTo(name);
    assertThat(p.episode()).isEqualTo(episode);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Mission: Impossible
          Mission: Impossible - Fallout
          Mission: Impossible: Dead Reckoning Part One
          Black Mirror: Bandersnatch
          Kill Bill: Vol. 1
          Harry Potter and the Deathly Hallows: Part 2
          The Lord of the Rings: Part 2: The Two Towers
          El Camino: A Breaking Bad Movie
          Roma
          A Christmas Prince
          Season 2
          : Season 1: Pilot
          Show: Season 1:
          Show: Season 0: Pilot
          Bo Burnham: Inside
          Seinfeld: Specials: The Highlights
          """)
  void keepsFilms_whenThePatternIsNotClear(String title) {
    assertThat(TitleParser.parse(title).kind()).isEqualTo(TitleKind.FILM);
  }
}
