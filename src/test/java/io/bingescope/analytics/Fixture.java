package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.model.Vocabulary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made catalog and a builder of histories by local wall time, so tests can state
 * views as a person would ("23:50 in New York on 4 Nov").
 */
final class Fixture {
  static final int PRINCE = 0;
  /** A film shorter than the starter threshold. */
  static final int SHORT = 1;
  /** The Office: season 1 is episodes 2..4, season 2 (released 2017-11-10) is 5..6. */
  static final int OFFICE = 0;
  static final int OFFICE_S1E1 = 2;
  static final int OFFICE_S2E1 = 5;
  /** Dark: one season of 4 episodes, 7..10, released 2017-12-01. */
  static final int DARK = 1;
  static final int DARK_E1 = 7;

  static final LocalDate OFFICE_S2_RELEASE = LocalDate.of(2017, 11, 10);
  static final LocalDate DARK_RELEASE = LocalDate.of(2017, 12, 1);

  static final Catalog CATALOG = catalog();

  private Fixture() {}

  private static Catalog catalog() {
    List<Title> titles = new ArrayList<>();
    titles.add(film(0, "A Christmas Prince", 5_520, LocalDate.of(2017, 11, 17)));
    titles.add(film(1, "Short", 100, LocalDate.of(2017, 1, 1)));
    LocalDate s1 = LocalDate.of(2015, 1, 1);
    titles.add(episode(2, "The Office", OFFICE, 1, 1, 1_320, s1));
    titles.add(episode(3, "The Office", OFFICE, 1, 2, 1_320, s1));
    titles.add(episode(4, "The Office", OFFICE, 1, 3, 1_320, s1));
    titles.add(episode(5, "The Office", OFFICE, 2, 1, 1_320, OFFICE_S2_RELEASE));
    titles.add(episode(6, "The Office", OFFICE, 2, 2, 1_320, OFFICE_S2_RELEASE));
    for (int e = 1; e <= 4; e++) {
      titles.add(episode(6 + e, "Dark", DARK, 1, e, 3_000, DARK_RELEASE));
    }
    List<Series> series =
        List.of(
            new Series(OFFICE, "The Office", new int[] {2, 3, 4, 5, 6}, new int[] {0, 3, 5}),
            new Series(DARK, "Dark", new int[] {7, 8, 9, 10}, new int[] {0, 4}));
    return new Catalog(titles, series);
  }

  private static Title film(int id, String name, int runtimeS, LocalDate released) {
    return new Title(
        id, name, TitleKind.FILM, -1, "", 0, 0, runtimeS, released, List.of("drama"), List.of());
  }

  private static Title episode(
      int id, String series, int index, int season, int episode, int runtimeS, LocalDate released) {
    return new Title(
        id,
        Title.episodeName(series, season, "Episode", episode),
        TitleKind.EPISODE,
        index,
        series,
        season,
        episode,
        runtimeS,
        released,
        List.of("comedy"),
        List.of());
  }

  /** Builds one member's history from views given in local wall time; sorts it when built. */
  static final class Views {
    private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
    private final History history = new History(4);
    private ZoneId zone = ZoneId.of("America/New_York");
    private long lastStartUtc;

    Views(int memberId) {
      history.reset(memberId);
    }

    /** Sets the zone of the views added next. */
    Views in(String zoneId) {
      zone = ZoneId.of(zoneId);
      return this;
    }

    Views view(int profile, int title, LocalDateTime localStart, int durationS) {
      return add(profile, title, localStart, durationS, Supplemental.NONE);
    }

    Views view(int title, LocalDateTime localStart, int durationS) {
      return view(0, title, localStart, durationS);
    }

    Views add(
        int profile, int title, LocalDateTime localStart, int durationS, Supplemental kind) {
      ZonedDateTime start = ZonedDateTime.of(localStart, zone);
      lastStartUtc = start.toEpochSecond();
      history.add(
          profile,
          title,
          start.toEpochSecond(),
          start.getOffset().getTotalSeconds(),
          durationS,
          vocabulary.device("TV"),
          vocabulary.zone(zone.getId()),
          vocabulary.country("US"),
          false,
          kind);
      return this;
    }

    /** Adds a view starting at a UTC instant, with the current zone's offset at that instant. */
    Views addUtc(int profile, int title, long startUtc, int durationS, Supplemental kind) {
      ZonedDateTime start = java.time.Instant.ofEpochSecond(startUtc).atZone(zone);
      return add(profile, title, start.toLocalDateTime(), durationS, kind);
    }

    /** Returns the UTC start of the view added last (a time in a DST gap moves forward). */
    long lastStartUtc() {
      return lastStartUtc;
    }

    History history() {
      history.sort();
      return history;
    }

    Vocabulary vocabulary() {
      return vocabulary.build();
    }
  }

  static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
