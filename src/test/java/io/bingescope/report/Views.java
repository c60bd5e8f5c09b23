package io.bingescope.report;

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
 * Hand-made histories for report tests: a catalog with a hostile film title and a five-episode
 * series, and views stated in local wall time of a zone ("23:30 in New York").
 */
final class Views {
  static final String HOSTILE = "<script>alert(1)</script> & \"Ünïcödé\" 'quoted'";
  static final int FILM = 0;
  static final int HOSTILE_FILM = 1;
  /** Episodes 1..5 of the series "Office", ids 2..6, 22 minutes each. */
  static final int EPISODE_1 = 2;

  static final Catalog CATALOG = catalog();

  private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
  private final History history;
  private ZoneId zone = ZoneId.of("America/New_York");

  Views(int memberId) {
    history = new History(4).reset(memberId);
  }

  private static Catalog catalog() {
    LocalDate released = LocalDate.of(2015, 1, 1);
    List<Title> titles = new ArrayList<>();
    titles.add(film(0, "A Christmas Prince", released));
    titles.add(film(1, HOSTILE, released));
    for (int e = 1; e <= 5; e++) {
      titles.add(
          new Title(1 + e, Title.episodeName("Office", 1, "Episode", e), TitleKind.EPISODE, 0,
              "Office", 1, e, 1_320, released, List.of("comedy"), List.of()));
    }
    return new Catalog(titles, List.of(new Series(0, "Office", new int[] {2, 3, 4, 5, 6},
        new int[] {0, 5})));
  }

  private static Title film(int id, String name, LocalDate released) {
    return new Title(id, name, TitleKind.FILM, -1, "", 0, 0, 5_400, released, List.of("drama"),
        List.of());
  }

  /** Sets the zone of the views added next. */
  Views in(String zoneId) {
    zone = ZoneId.of(zoneId);
    return this;
  }

  /** Adds a view of {@code title} on profile 0 starting at a local time, for some minutes. */
  Views view(int title, LocalDateTime local, int minutes) {
    return view(0, title, local, minutes * 60, Supplemental.NONE);
  }

  Views view(int profile, int title, LocalDateTime local, int seconds, Supplemental kind) {
    ZonedDateTime start = ZonedDateTime.of(local, zone);
    history.add(profile, title, start.toEpochSecond(), start.getOffset().getTotalSeconds(),
        seconds, vocabulary.device("TV <b>"), vocabulary.zone(zone.getId()),
        vocabulary.country("US"), false, kind);
    return this;
  }

  History history() {
    history.sort();
    return history;
  }

  Vocabulary vocabulary() {
    return vocabulary.build();
  }

  static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
