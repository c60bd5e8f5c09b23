package io.bingescope.analytics.realism;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A small catalog and random members over a 46-day period, built to reach every figure's edges. */
final class RealismWorld {
  static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  static final LocalDate LAST = LocalDate.of(2018, 2, 15);
  /** Films 0..3 (the third shorter than 2 minutes); series A (index 0): season 1 = 4..6, season 2 = 7..8; series
   * B (index 1): season 1 = 9..12. */
  static final Catalog CATALOG = catalog();
  static final int A_S1E1 = 4;
  static final int A_S2E1 = 7;
  static final int B_S1E1 = 9;
  private static final int[] OFFSETS = {-5 * 3_600, 0, 3_600, 19_800, 10 * 3_600};

  private RealismWorld() {}

  private static Catalog catalog() {
    List<Title> titles = new ArrayList<>();
    LocalDate released = LocalDate.of(2015, 1, 1);
    int[] films = {5_400, 6_000, 100, 7_200};
    for (int i = 0; i < films.length; i++) {
      titles.add(new Title(i, "Film " + i, TitleKind.FILM, -1, "", 0, 0, films[i], released, List.of(), List.of()));
    }
    int id = films.length;
    int[][] seasons = {{3, 2}, {4}};
    int[] runtimes = {1_320, 3_000};
    List<Series> series = new ArrayList<>();
    for (int s = 0; s < seasons.length; s++) {
      List<Integer> ids = new ArrayList<>();
      int[] starts = new int[seasons[s].length + 1];
      for (int k = 0; k < seasons[s].length; k++) {
        starts[k] = ids.size();
        for (int e = 1; e <= seasons[s][k]; e++) {
          String name = "Series " + s;
          titles.add(new Title(id, Title.episodeName(name, k + 1, "Episode", e), TitleKind.EPISODE, s, name, k + 1,
              e, runtimes[s], released, List.of(), List.of()));
          ids.add(id++);
        }
      }
      starts[seasons[s].length] = ids.size();
      series.add(new Series(s, "Series " + s, ids.stream().mapToInt(Integer::intValue).toArray(), starts));
    }
    return new Catalog(titles, series);
  }

  /**
   * Returns member {@code id}'s random views, sorted: random sessions, now and then a marathon without a break long
   * enough for the 8, 12 and 24 h sittings, and for one member in five a session every night around midnight that
   * carries on where the last one stopped (seasons finished over days, viewing in the sleep window most nights).
   */
  static History history(int id, SplittableRandom r) {
    History h = new History(4).reset(id);
    int profiles = 1 + r.nextInt(4);
    int[] offset = {OFFSETS[r.nextInt(OFFSETS.length)]};
    long firstDay = FIRST.toEpochDay();
    int days = (int) (LAST.toEpochDay() - firstDay + 1);
    int[] title = {r.nextInt(CATALOG.size())};
    if (r.nextInt(5) == 0) {
      int hour = 22 + r.nextInt(4);
      for (int d = 0; d < days; d++) {
        if (r.nextInt(5) != 0) {
          long local = (firstDay + d) * 86_400 + hour * 3_600L + r.nextInt(3_600);
          session(h, r, 0, local, 1 + r.nextInt(4), false, title, offset);
        }
      }
    }
    int sessions = r.nextInt(12);
    for (int s = 0; s < sessions; s++) {
      int profile = r.nextInt(profiles);
      long local = (firstDay + r.nextInt(days)) * 86_400 + r.nextInt(86_400);
      boolean marathon = r.nextInt(12) == 0;
      int length = marathon ? 20 + r.nextInt(60) : 1 + r.nextInt(6);
      title[0] = r.nextInt(CATALOG.size());
      session(h, r, profile, local, length, marathon, title, offset);
    }
    h.sort();
    return h;
  }

  private static void session(History h, SplittableRandom r, int profile, long local, int length, boolean marathon,
      int[] title, int[] offset) {
    for (int v = 0; v < length; v++) {
      if (local >= (LAST.toEpochDay() + 1) * 86_400) {
        return;
      }
      if (r.nextInt(8) == 0) {
        offset[0] = OFFSETS[r.nextInt(OFFSETS.length)];
      }
      int runtime = CATALOG.title(title[0]).runtimeS();
      int min = (int) Math.ceil(0.7 * runtime - 1e-7);
      int duration = switch (r.nextInt(6)) {
        case 0 -> r.nextInt(runtime + 1);
        case 1 -> min - 1 + r.nextInt(3);
        default -> runtime;
      };
      Supplemental kind = r.nextInt(10) == 0 ? Supplemental.TRAILER : Supplemental.NONE;
      h.add(profile, title[0], local - offset[0], offset[0], duration, 0, 0, 0, false, kind);
      // Gaps around the 30-minute limit, overlaps, and long breaks (none in a marathon).
      int gap = switch (r.nextInt(5)) {
        case 0 -> RealismPass.SITTING_GAP_S + r.nextInt(3) - 1;
        case 1 -> -r.nextInt(600);
        case 2 -> marathon ? r.nextInt(RealismPass.SITTING_GAP_S) : r.nextInt(4 * 3_600);
        default -> r.nextInt(120);
      };
      local += Math.max(0, duration + gap);
      // Episodes follow one another, sometimes to another title.
      Title t = CATALOG.title(title[0]);
      if (t.kind() == TitleKind.EPISODE && r.nextInt(6) != 0) {
        int next = title[0] + 1;
        title[0] = next < CATALOG.size() && CATALOG.title(next).seriesIndex() == t.seriesIndex() ? next
            : CATALOG.series().get(t.seriesIndex()).episodeAt(0);
      } else {
        title[0] = r.nextInt(CATALOG.size());
      }
    }
  }

  /** Returns random truth for member {@code id} with {@code profileCount} profiles or more. */
  static MemberTraits traits(int id, int profileCount, SplittableRandom r) {
    List<MemberTraits.Profile> profiles = new ArrayList<>();
    int n = Math.max(profileCount, 1 + r.nextInt(5));
    for (int p = 0; p < n; p++) {
      // Old favourites: a series, a film, a name the catalog does not hold, or none.
      String favourite = switch (r.nextInt(6)) {
        case 0 -> "Series " + r.nextInt(2);
        case 1 -> "Film " + r.nextInt(4);
        case 2 -> "Not in the catalog";
        default -> null;
      };
      profiles.add(new MemberTraits.Profile("P" + p, r.nextInt(4) == 0, 0, favourite));
    }
    // Sleep windows either side of midnight, now and then an empty one (bedtime = wake).
    int kind = r.nextInt(20);
    int bed = kind == 0 ? 480 : kind < 8 ? 1_260 + r.nextInt(120) : r.nextInt(1_440);
    int wake = kind == 0 ? 480 : kind < 8 ? 360 + r.nextInt(60) : r.nextInt(1_440);
    List<MemberTraits.LifeEvent> events = r.nextInt(4) == 0
        ? List.of(new MemberTraits.LifeEvent("holiday", FIRST, LAST)) : List.of();
    return new MemberTraits(id, "p", "US", "America/New_York", profiles,
        new MemberTraits.Household("single", 1, 0), new MemberTraits.SleepWindow(bed, wake),
        MemberTraits.WorkPattern.NONE, events);
  }
}
