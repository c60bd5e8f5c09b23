package io.bingescope.analytics.realism;

import static io.bingescope.analytics.realism.RealismWorld.A_S1E1;
import static io.bingescope.analytics.realism.RealismWorld.A_S2E1;
import static io.bingescope.analytics.realism.RealismWorld.B_S1E1;
import static io.bingescope.analytics.realism.RealismWorld.CATALOG;
import static io.bingescope.analytics.realism.RealismWorld.FIRST;
import static io.bingescope.analytics.realism.RealismWorld.LAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made members whose figures are known. The period is Mon 1 Jan to Thu 15 Feb 2018 (46 days, 12 weekend). */
class RealismPassTest {
  private static final int FILM_LONG = 3; // 7,200 s
  private final RealismTally tally = new RealismTally(20);
  private final RealismPass pass = new RealismPass(CATALOG, FIRST, LAST);

  /** Builds a member's views by local wall time at a fixed UTC offset. */
  private static final class Member {
    final History h;
    int offset;

    Member(int id) {
      h = new History(4).reset(id);
    }

    Member at(int offsetHours) {
      offset = offsetHours * 3_600;
      return this;
    }

    Member view(int profile, int title, LocalDateTime local, int seconds) {
      return add(profile, title, local, seconds, Supplemental.NONE);
    }

    Member add(int profile, int title, LocalDateTime local, int seconds, Supplemental kind) {
      long l = local.toEpochSecond(ZoneOffset.UTC);
      h.add(profile, title, l - offset, offset, seconds, 0, 0, 0, false, kind);
      return this;
    }

    History history() {
      h.sort();
      return h;
    }
  }

  private static LocalDateTime on(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2018, month, day, hour, minute);
  }

  private static MemberTraits traits(int id, int bed, int wake, boolean events, boolean... kids) {
    List<MemberTraits.Profile> profiles = new ArrayList<>();
    for (boolean k : kids) {
      profiles.add(new MemberTraits.Profile("P", k, 0));
    }
    return new MemberTraits(id, "p", "US", "UTC", profiles, new MemberTraits.Household("single", 1, 0),
        new MemberTraits.SleepWindow(bed, wake), MemberTraits.WorkPattern.NONE,
        events ? List.of(new MemberTraits.LifeEvent("x", FIRST, LAST)) : List.of());
  }

  private Map<Figure, Estimate> results() {
    return results(FIRST, LAST);
  }

  private Map<Figure, Estimate> results(LocalDate first, LocalDate last) {
    Map<Figure, Estimate> out = new EnumMap<>(Figure.class);
    for (Estimate e : RealismResults.of(tally, first, last, null)) {
      out.put(e.figure(), e);
    }
    return out;
  }

  @Test
  void sittingsJoinViewsAtMostThirtyMinutesApart_perProfile() {
    // Six 2-hour films 30 min apart: one sitting of 14.5 h. A view on profile 1 in a gap joins nothing.
    Member a = new Member(0);
    LocalDateTime t = on(1, 3, 8, 0);
    for (int i = 0; i < 6; i++) {
      a.view(0, FILM_LONG, t, 7_200);
      t = t.plusSeconds(7_200 + RealismPass.SITTING_GAP_S);
    }
    a.view(1, FILM_LONG, on(1, 3, 10, 5), 600);
    // 30 min and 1 s after the sitting ends: a new sitting.
    a.view(0, FILM_LONG, t.minusSeconds(RealismPass.SITTING_GAP_S).plusSeconds(RealismPass.SITTING_GAP_S + 1), 60);
    pass.add(a.history(), null, tally);
    // Thirteen 2-hour films back to back: 26 h.
    Member b = new Member(1);
    for (int i = 0; i < 13; i++) {
      b.view(0, FILM_LONG, on(1, 10, 6, 0).plusHours(2L * i), 7_200);
    }
    pass.add(b.history(), null, tally);
    pass.add(new Member(2).history(), null, tally);
    Map<Figure, Estimate> r = results();
    assertThat(r.get(Figure.S8_8H).value()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.get(Figure.S8_12H).value()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(r.get(Figure.S8_24H).value()).isEqualTo(1);
  }

  @Test
  void bingesSeasonsAndRewatches_countedAsDefined() {
    Member a = new Member(0);
    // Series A season 1 in one evening: a binge sitting of 3 episodes, a season finished in 1 day.
    for (int e = 0; e < 3; e++) {
      a.view(0, A_S1E1 + e, on(1, 1, 20, 0).plusSeconds(1_320L * e), 1_320);
    }
    a.add(0, A_S1E1, on(1, 1, 19, 58), 60, Supplemental.TRAILER);
    // Series B season 1 over Tue 2 .. Fri 5 Jan: 4 days; its episode 3 abandoned once first.
    a.view(0, B_S1E1, on(1, 2, 21, 0), 3_000);
    a.view(0, B_S1E1 + 1, on(1, 3, 21, 0), 3_000);
    a.view(0, B_S1E1 + 2, on(1, 3, 22, 0), 1_000);
    a.view(0, B_S1E1 + 2, on(1, 4, 21, 0), 3_000);
    a.view(0, B_S1E1 + 3, on(1, 5, 21, 0), 3_000);
    // Profile 1 starts season 2 of A with its episode 2: finished, but not a completer from episode 1.
    a.view(1, A_S2E1 + 1, on(1, 8, 20, 0), 1_320);
    a.view(1, A_S2E1, on(1, 9, 20, 0), 1_320);
    // A rewatch of an episode profile 0 watched to 70% before.
    a.view(0, A_S1E1, on(1, 6, 12, 0), 1_320);
    pass.add(a.history(), null, tally);
    Map<Figure, Estimate> r = results();
    assertThat(r.get(Figure.S3).value()).isEqualTo(3);
    // The trailer 2 min before belongs to the sitting: supplemental rows are views of a sitting.
    assertThat(r.get(Figure.S3_HOURS).value()).isCloseTo((120 + 3 * 1_320) / 3_600.0, within(1e-12));
    assertThat(r.get(Figure.S1).value()).isEqualTo(2.5); // completers took 1 and 4 days
    assertThat(r.get(Figure.S2).value()).isEqualTo(0.5);
    assertThat(r.get(Figure.C3).value()).isEqualTo(1.0);
    assertThat(r.get(Figure.C1).value()).isCloseTo(10 / 11.0, within(1e-12)); // one of 11 starts abandoned
    double titles = 3 * 1_320 + 4 * 3_000 + 1_000 + 2 * 1_320 + 1_320;
    assertThat(r.get(Figure.R1).value()).isCloseTo(1_320 / titles, within(1e-12));
  }

  @Test
  void oldFavourite_countsAsRewatchingFromItsFirstView() {
    // Profile 0's favourite from before the period is series B; profile 1's a film. Both are rewatched at once.
    Member a = new Member(0);
    a.view(0, B_S1E1 + 2, on(1, 2, 21, 0), 3_000);
    a.view(0, A_S1E1, on(1, 3, 21, 0), 1_320);
    a.view(1, 0, on(1, 4, 21, 0), 5_400);
    a.view(1, 1, on(1, 5, 21, 0), 6_000);
    List<MemberTraits.Profile> profiles = List.of(new MemberTraits.Profile("A", false, 0, "Series 1"),
        new MemberTraits.Profile("K", true, 0, "Film 0"));
    MemberTraits t = new MemberTraits(0, "p", "US", "UTC", profiles, new MemberTraits.Household("family", 1, 1),
        new MemberTraits.SleepWindow(0, 0), MemberTraits.WorkPattern.NONE, List.of());
    pass.add(a.history(), t, tally);
    assertThat(results().get(Figure.R1).value())
        .isCloseTo((3_000 + 5_400) / (3_000.0 + 1_320 + 5_400 + 6_000), within(1e-12));
  }

  @Test
  void hoursAreLocal_andSleepWindowViewingCountsForItsNight() {
    // At UTC-5: 22:00-23:30 local, then 00:00-00:30.
    Member a = new Member(0).at(-5);
    a.view(0, FILM_LONG, on(1, 8, 22, 0), 5_400);
    a.view(0, FILM_LONG, on(1, 9, 0, 0), 1_800);
    pass.add(a.history(), traits(0, 23 * 60, 7 * 60, false, false), tally);
    Map<Figure, Estimate> r = results();
    assertThat(r.get(Figure.T2).value()).isEqualTo(22);
    assertThat(r.get(Figure.T1_00).value()).isCloseTo(0.5, within(1e-12));
    assertThat(r.get(Figure.T1_03).value()).isEqualTo(0);
    assertThat(r.get(Figure.H2_TIME).value()).isCloseTo(3_600 / 7_200.0, within(1e-12));
    assertThat(r.get(Figure.H2_NIGHTS).value()).isEqualTo(0);
  }

  @Test
  void mostNights_needThirtyMinutesInTheWindowOnMoreThanHalfOfThem() {
    // Member 0: 00:00-00:30 every day: 45 nights (the first day's belongs to the night before the period).
    // Member 1: 29 min every night. Member 2: as member 0, but with a life event: not counted at all.
    Member a = new Member(0);
    Member b = new Member(1);
    Member c = new Member(2);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      a.view(0, FILM_LONG, d.atStartOfDay(), 1_800);
      b.view(0, FILM_LONG, d.atTime(23, 0), 1_740);
      c.view(0, FILM_LONG, d.atStartOfDay(), 1_800);
    }
    pass.add(a.history(), traits(0, 23 * 60, 7 * 60, false, false), tally);
    pass.add(b.history(), traits(1, 23 * 60, 7 * 60, false, false), tally);
    pass.add(c.history(), traits(2, 23 * 60, 7 * 60, true, false), tally);
    Map<Figure, Estimate> r = results();
    assertThat(r.get(Figure.H2_NIGHTS).value()).isEqualTo(0.5);
    assertThat(r.get(Figure.H2_TIME).value()).isEqualTo(1.0);
  }

  @Test
  void volumeShareAndWeekend_fromMemberSeconds() {
    int[] hours = {0, 1, 1, 1, 10};
    for (int m = 0; m < hours.length; m++) {
      Member x = new Member(m);
      for (int i = 0; i < hours[m]; i++) {
        x.view(0, FILM_LONG, on(1, 8, 8, 0).plusHours(i), 3_600); // Monday
      }
      pass.add(x.history(), traits(m, 0, 0, false, m % 2 == 0, false), tally);
    }
    Member w = new Member(5).view(0, FILM_LONG, on(1, 6, 12, 0), 3_600); // Saturday
    pass.add(w.history(), traits(5, 0, 0, false, false), tally);
    Map<Figure, Estimate> r = results();
    double total = 14 * 3_600;
    assertThat(r.get(Figure.V1).value()).isCloseTo(total / (6 * 46 * 3_600.0), within(1e-12));
    // The heaviest fifth of 6 members is 1.2 members: the 10 h one and a fifth of a 1 h one.
    assertThat(r.get(Figure.V3).value()).isCloseTo((10 + 0.2) / 14, within((10.2 / 14) / 32));
    assertThat(r.get(Figure.T3).value()).isCloseTo((1 / 12.0) / (13 / 34.0), within(1e-12));
    assertThat(r.get(Figure.H3_PROFILES).value()).isCloseTo(11 / 6.0, within(1e-12));
    assertThat(r.get(Figure.H3_KIDS).value()).isCloseTo(3 / 6.0, within(1e-12));
    // Sleep windows of length zero: no member to measure H2 on.
    assertThat(r.get(Figure.H2_TIME).unavailable()).contains("without life events");
  }

  @Test
  void figuresNotMeasurable_sayWhy() {
    Member a = new Member(0).view(0, FILM_LONG, on(1, 8, 20, 0), 3_600);
    pass.add(a.history(), null, tally);
    Map<Figure, Estimate> r = results();
    assertThat(r.get(Figure.H2_TIME).unavailable()).contains("members.csv");
    assertThat(r.get(Figure.H3_KIDS).unavailable()).contains("members.csv");
    assertThat(r.get(Figure.S1).unavailable()).contains("completer");
    assertThat(r.get(Figure.S3).unavailable()).contains("binge");
    assertThat(r.get(Figure.V1).measured()).isTrue();
    assertThat(r.get(Figure.V3).unavailable()).contains("5 members");
    // A week has no 28 days to follow a season; a weekday-only period has no weekend day.
    assertThat(results(FIRST, FIRST.plusDays(6)).get(Figure.C3).unavailable()).contains("28 days");
    assertThat(results(FIRST, FIRST.plusDays(4)).get(Figure.T3).unavailable()).contains("weekend");
    List<Estimate> dates = RealismResults.of(tally, FIRST, LAST, "dates only");
    assertThat(dates.stream().filter(e -> e.figure() == Figure.V1).findFirst().get().unavailable())
        .isEqualTo("dates only");
  }
}
