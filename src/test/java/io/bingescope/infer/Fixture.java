package io.bingescope.infer;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
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
 * A hand-made catalog of 100 films (ids 0..99; 0..4 tagged lgbtq, 5..9 holiday, 10..14 kids) and
 * one series of 2 seasons of 8 episodes (ids 100..115; season 2 released on {@link #RELEASE}), and
 * a builder of histories by local wall time ("21:00 in New York on 5 Feb").
 */
final class Fixture {
  static final LocalDate FIRST = LocalDate.of(2018, 1, 29);
  static final LocalDate LAST = LocalDate.of(2018, 2, 25);
  static final LocalDate RELEASE = LocalDate.of(2018, 2, 9);
  static final int LGBTQ = 0;
  static final int HOLIDAY = 5;
  static final int KIDS = 10;
  static final int PLAIN = 20;
  static final int EPISODE = 100;
  static final int S2E1 = 108;
  static final Catalog CATALOG = catalog();
  static final GroundTruth TRUTH = truth();

  private Fixture() {}

  private static Catalog catalog() {
    List<Title> titles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      List<String> tags =
          i < 5 ? List.of("lgbtq") : i < 10 ? List.of("holiday") : i < 15 ? List.of("kids")
              : List.of();
      titles.add(new Title(i, "Film " + i, TitleKind.FILM, -1, "", 0, 0, 5_400,
          LocalDate.of(2015, 1, 1), List.of("drama"), tags));
    }
    int[] ids = new int[16];
    for (int e = 0; e < 16; e++) {
      int season = e / 8 + 1;
      ids[e] = 100 + e;
      titles.add(new Title(100 + e, Title.episodeName("Show", season, "Ep", e % 8 + 1),
          TitleKind.EPISODE, 0, "Show", season, e % 8 + 1, 1_320,
          season == 1 ? LocalDate.of(2015, 1, 1) : RELEASE, List.of("comedy"), List.of()));
    }
    return new Catalog(titles, List.of(new Series(0, "Show", ids, new int[] {0, 8, 16})));
  }

  private static GroundTruth truth() {
    return new GroundTruth(FIRST, LAST,
        new GroundTruth.ScenarioFacts(
            java.util.Map.of("seeker", java.util.Map.of("lgbtq", 4.0, "holiday", 3.0),
                "plain", java.util.Map.of("lgbtq", 1.0)),
            java.util.Map.of(),
            java.util.Map.of(
                "depressive-episode", new GroundTruth.Effects(2.2, 0.5, 2, 0.2, true),
                "vacation", new GroundTruth.Effects(1.5, 0, 1, 0, false))));
  }

  /** Returns traits with the given persona, sleep, work and events; other fields plain. */
  static MemberTraits traits(String persona, int bed, int wake, MemberTraits.WorkPattern work,
      int adults, int kids, MemberTraits.LifeEvent... events) {
    return new MemberTraits(0, persona, "US", "America/New_York",
        List.of(new MemberTraits.Profile("Ann", false, 0)),
        new MemberTraits.Household(kids > 0 ? "family" : "single", adults, kids),
        new MemberTraits.SleepWindow(bed, wake), work, List.of(events));
  }

  /** Returns the claims all inferences make about a history, with profiles named Ann, Bob, Kids. */
  static List<Claim> claims(History h) {
    List<Claim> out = new ArrayList<>();
    new Inferences().run(h, CATALOG, List.of("Ann", "Bob", "Kids"), FIRST, LAST, out);
    return out;
  }

  /** Returns the claims of one kind. */
  static List<Claim> claims(History h, ClaimKind kind) {
    return claims(h).stream().filter(c -> c.kind() == kind).toList();
  }

  /** Builds one member's history from views given in local wall time. */
  static final class Views {
    private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
    private final History history = new History(4);
    private ZoneId zone = ZoneId.of("America/New_York");

    Views() {
      history.reset(0);
    }

    /** Sets the zone of the views added next. */
    Views in(String zoneId) {
      zone = ZoneId.of(zoneId);
      return this;
    }

    /** Adds a view of profile 0. */
    Views view(int title, LocalDateTime localStart, int durationS) {
      return view(0, title, localStart, durationS);
    }

    /** Adds a view of a profile. */
    Views view(int profile, int title, LocalDateTime localStart, int durationS) {
      return view(profile, title, localStart, durationS, Supplemental.NONE);
    }

    /** Adds a view of a profile, of supplemental material unless {@code kind} is NONE. */
    Views view(int profile, int title, LocalDateTime localStart, int durationS,
        Supplemental kind) {
      ZonedDateTime start = ZonedDateTime.of(localStart, zone);
      history.add(profile, title, start.toEpochSecond(), start.getOffset().getTotalSeconds(),
          durationS, vocabulary.device("TV"), vocabulary.zone(zone.getId()),
          vocabulary.country("US"), false, kind);
      return this;
    }

    /** Adds a view of {@code title} at {@code hh:mm} on every day from {@code from} to {@code to}. */
    Views daily(int title, LocalDate from, LocalDate to, int hour, int minute, int durationS) {
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        view(title, d.atTime(hour, minute), durationS);
      }
      return this;
    }

    History history() {
      history.sort();
      return history;
    }
  }
}
