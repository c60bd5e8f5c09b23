package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.Household;
import io.bingescope.model.MemberTraits.LifeEvent;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.MemberTraits.SleepWindow;
import io.bingescope.model.MemberTraits.WorkPattern;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.model.Vocabulary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A tiny hand-built run whose strings hold everything that needs escaping. */
final class Fixture {
  static final String TRICKY_FILM = "Crouching, \"Tiger\"\nHidden <script>alert(1)</script>\r";
  static final String UNICODE_FILM = "Amélie — 東京 \u0001 back\\slash\ttab";

  final Catalog catalog;
  final Vocabulary vocabulary;
  final MemberTraits worker;
  final MemberTraits idle;

  Fixture() {
    String s1e1 = Title.episodeName("Stranger Things", 1, "Chapter One: The Vanishing", 1);
    String s1e2 = Title.episodeName("Stranger Things", 1, "Chapter Two, \"Weirdo\"", 2);
    catalog =
        new Catalog(
            List.of(
                film(0, "A Christmas Prince", List.of("Romance", "Comedy"), List.of("holiday")),
                film(1, TRICKY_FILM, List.of("Action"), List.of()),
                film(2, UNICODE_FILM, List.of(), List.of("lgbtq", "kids")),
                episode(3, s1e1, 1),
                episode(4, s1e2, 2)),
            List.of(new Series(0, "Stranger Things", new int[] {3, 4}, new int[] {0, 2})));
    vocabulary =
        new Vocabulary(
            List.of("America/New_York", "Asia/Kolkata", "Australia/Eucla"),
            List.of("US", "IN"),
            List.of("Smart TV", "Phone, \"Android\"", "Tablet\r\nX"));
    worker =
        new MemberTraits(
            7,
            "night-owl",
            "US",
            "America/New_York",
            List.of(
                new Profile("Ann", false, 0),
                new Profile("O'Brien, \"Jr\"", false, 1, "The Office (U.S.)"),
                new Profile("Kids", true, 2)),
            new Household("family", 2, 1),
            new SleepWindow(23 * 60 + 30, 7 * 60),
            new WorkPattern("office", 9 * 60, 17 * 60 + 30, 0b11111),
            List.of(
                new LifeEvent(
                    "depressive-episode", LocalDate.of(2018, 1, 10), LocalDate.of(2018, 1, 20)),
                new LifeEvent("move", LocalDate.of(2017, 12, 1), LocalDate.of(2017, 12, 2))));
    idle =
        new MemberTraits(
            8,
            "Ünïcode, persona",
            "IN",
            "Asia/Kolkata",
            List.of(new Profile("Ravi", false, 0)),
            new Household("single", 1, 0),
            new SleepWindow(60, 9 * 60 + 15),
            WorkPattern.NONE,
            List.of());
  }

  /**
   * Returns the worker's history: every title, zone, device, country and supplemental kind at least
   * once.
   */
  History workerHistory() {
    History h = new History(2).reset(worker.memberId());
    h.add(0, 0, utc("2017-12-01T02:14:05"), -5 * 3600, 5_400, 0, 0, 0, false, Supplemental.NONE);
    h.add(1, 1, utc("2017-12-01T02:14:05"), 19_800, 61, 1, 1, 1, true, Supplemental.TRAILER);
    h.add(2, 2, utc("2017-12-31T23:59:59"), 31_500, 0, 2, 2, 0, true, Supplemental.HOOK);
    h.add(0, 3, utc("2018-03-11T07:00:00"), -4 * 3600, 3_000, 0, 0, 0, false, Supplemental.NONE);
    h.add(2, 4, utc("2100-02-28T23:59:59"), -5 * 3600, 2, 2, 0, 0, true, Supplemental.RECAP);
    h.add(1, 4, utc("1970-01-01T00:00:00"), 19_800, 1, 1, 1, 1, false, Supplemental.PROMOTIONAL);
    h.sort();
    return h;
  }

  /** Returns the idle member's history, which is empty. */
  History idleHistory() {
    return new History().reset(idle.memberId());
  }

  static long utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toEpochSecond(ZoneOffset.UTC);
  }

  private static Title film(int id, String name, List<String> genres, List<String> tags) {
    return new Title(
        id, name, TitleKind.FILM, -1, "", 0, 0, 5_400, LocalDate.of(2017, 11, 17), genres, tags);
  }

  private static Title episode(int id, String name, int episode) {
    return new Title(
        id,
        name,
        TitleKind.EPISODE,
        0,
        "Stranger Things",
        1,
        episode,
        3_000,
        LocalDate.of(2016, 7, 15),
        List.of("Sci-Fi"),
        List.of());
  }
}
