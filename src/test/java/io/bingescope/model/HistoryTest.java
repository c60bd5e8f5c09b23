package io.bingescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private record View(int profile, int title, long start, int offset, int duration, int device, int zone,
      int country, boolean autoplayed, Supplemental supplemental) {}

  @Test
  void sort_ordersLikeAStableSortByStartThenProfile_onManySeededHistories() {
    SplittableRandom rnd = new SplittableRandom(20261123);
    History h = new History(4);
    for (int c = 0; c < 3_000; c++) {
      int n = rnd.nextInt(c % 10 == 0 ? 400 : 60);
      // Nearly sorted (the generator's case: few inversions, insertion sort) to shuffled (over budget, key sort),
      // with few distinct starts so that ties on start and profile are common.
      int disorder = rnd.nextInt(4);
      List<View> views = new ArrayList<>();
      long t = 1_500_000_000L;
      for (int i = 0; i < n; i++) {
        t += rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(100);
        long start = disorder == 3 ? 1_500_000_000L + rnd.nextInt(50)
            : rnd.nextInt(20) < disorder ? t - rnd.nextInt(500) : t;
        views.add(new View(rnd.nextInt(3), i, start, rnd.nextInt(7200), 1 + rnd.nextInt(5000),
            rnd.nextInt(5), rnd.nextInt(4), rnd.nextInt(3), rnd.nextBoolean(),
            Supplemental.values()[rnd.nextInt(Supplemental.values().length)]));
      }
      h.reset(c);
      for (View v : views) {
        h.add(v.profile, v.title, v.start, v.offset, v.duration, v.device, v.zone, v.country, v.autoplayed,
            v.supplemental);
      }
      h.sort();
      List<View> expected = new ArrayList<>(views);
      expected.sort(Comparator.comparingLong(View::start).thenComparingInt(View::profile)); // stable
      assertThat(h.size()).isEqualTo(n);
      assertThat(h.memberId()).isEqualTo(c);
      for (int i = 0; i < n; i++) {
        View v = expected.get(i);
        View got = new View(h.profile(i), h.title(i), h.startUtc(i), h.offsetS(i), h.durationS(i), h.device(i),
            h.zone(i), h.country(i), h.autoplayed(i), h.supplemental(i));
        assertThat(got).as("case %d view %d", c, i).isEqualTo(v);
      }
    }
  }

  @Test
  void accessors_returnWhatWasAdded_atTheEdgesOfEachPackedField() {
    SplittableRandom rnd = new SplittableRandom(7);
    int[] profiles = {0, 1, 127, History.MAX_PROFILES - 1};
    int[] titles = {0, 1, History.MAX_TITLES - 1};
    int[] offsets = {0, -1, -50_400, 50_400, -History.MAX_OFFSET_S, History.MAX_OFFSET_S};
    int[] durations = {0, 1, 86_400, Integer.MAX_VALUE};
    int[] shorts = {0, 1, 255, 256, History.MAX_VOCABULARY - 1};
    List<View> views = new ArrayList<>();
    for (int k = 0; k < 2_000; k++) {
      views.add(new View(profiles[rnd.nextInt(profiles.length)], titles[rnd.nextInt(titles.length)],
          1_500_000_000L + rnd.nextLong(-1_000_000_000L, 1_000_000_000L), offsets[rnd.nextInt(offsets.length)],
          durations[rnd.nextInt(durations.length)], shorts[rnd.nextInt(shorts.length)],
          shorts[rnd.nextInt(shorts.length)], shorts[rnd.nextInt(shorts.length)], rnd.nextBoolean(),
          Supplemental.values()[rnd.nextInt(Supplemental.values().length)]));
    }
    History h = new History(1);
    h.reset(3);
    for (View v : views) {
      h.add(v.profile, v.title, v.start, v.offset, v.duration, v.device, v.zone, v.country, v.autoplayed,
          v.supplemental);
    }
    History copy = h.copy();
    History swapped = new History();
    swapped.swap(copy);
    assertThat(copy.size()).isZero();
    for (History got : List.of(h, swapped)) {
      assertThat(got.memberId()).isEqualTo(3);
      assertThat(got.size()).isEqualTo(views.size());
      for (int i = 0; i < views.size(); i++) {
        View v = views.get(i);
        assertThat(new View(got.profile(i), got.title(i), got.startUtc(i), got.offsetS(i), got.durationS(i),
            got.device(i), got.zone(i), got.country(i), got.autoplayed(i), got.supplemental(i)))
            .as("view %d", i).isEqualTo(v);
        long play = got.play(i);
        long what = got.what(i);
        assertThat(History.profileOf(play)).isEqualTo(v.profile);
        assertThat(History.durationOf(play)).isEqualTo(v.duration);
        assertThat(History.isSupplementalOf(play)).isEqualTo(v.supplemental != Supplemental.NONE);
        assertThat(History.titleOf(what)).isEqualTo(v.title);
        long local = v.start + v.offset;
        assertThat(History.localDayOf(what)).isEqualTo(Math.floorDiv(local, 86_400L));
        assertThat(History.secondOfDayOf(what)).isEqualTo(Math.floorMod(local, 86_400L));
        assertThat(History.localStartOf(what)).isEqualTo(local);
        assertThat(got.startLocal(i)).isEqualTo(local);
        assertThat(got.localDay(i)).isEqualTo(Math.floorDiv(local, 86_400L));
        assertThat(got.secondOfDay(i)).isEqualTo(Math.floorMod(local, 86_400L));
      }
    }
  }

  @Test
  void profileBound_isOneMoreThanTheHighestProfileAdded_throughCopySwapSortAndReset() {
    History h = new History(2);
    h.reset(1);
    assertThat(h.profileBound()).isZero();
    h.add(3, 0, 200, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    h.add(0, 0, 100, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    h.add(7, 0, 150, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    h.sort();
    assertThat(h.profileBound()).isEqualTo(8);
    History copy = h.copy();
    assertThat(copy.profileBound()).isEqualTo(8);
    History other = new History();
    other.reset(2);
    other.add(1, 0, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    other.swap(copy);
    assertThat(other.profileBound()).isEqualTo(8);
    assertThat(copy.profileBound()).isEqualTo(2);
    h.reset(3);
    assertThat(h.profileBound()).isZero();
  }

  @Test
  void add_refusesADeviceZoneOrCountryIndexOrADurationOutsideTheLimits() {
    History h = new History();
    int max = History.MAX_VOCABULARY - 1;
    h.add(0, 0, 0, 0, 0, max, max, max, false, Supplemental.NONE);
    assertThat(h.device(0)).isEqualTo(max);
    for (int[] where : new int[][] {{max + 1, 0, 0}, {0, max + 1, 0}, {0, 0, max + 1}, {-1, 0, 0},
        {0, -1, 0}, {0, 0, -1}}) {
      assertThatThrownBy(() -> h.add(0, 0, 0, 0, 1, where[0], where[1], where[2], false, Supplemental.NONE))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index out of range");
    }
    assertThatThrownBy(() -> h.add(0, 0, 0, 0, -1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
    assertThat(h.size()).isEqualTo(1);
  }

  @Test
  void sort_ordersStably_atTheLimitsOfViewsProfilesAndSpan_andAddRefusesOneViewMore() {
    // MAX_VIEWS views shuffled (so the insertion sort goes over budget and the fallback sorts), profiles up to the
    // last index, starts over the whole local-day range, and many ties: the sort must neither throw nor misorder.
    SplittableRandom rnd = new SplittableRandom(15);
    int n = History.MAX_VIEWS;
    long first = History.MIN_LOCAL_DAY * 86_400L + History.MAX_OFFSET_S;
    long last = History.MAX_LOCAL_DAY * 86_400L - History.MAX_OFFSET_S;
    History h = new History(n);
    h.reset(1);
    for (int i = 0; i < n; i++) {
      long start = rnd.nextInt(8) == 0 ? (rnd.nextBoolean() ? first : last) : rnd.nextLong(first, last);
      int profile = rnd.nextInt(4) == 0 ? History.MAX_PROFILES - 1 : rnd.nextInt(History.MAX_PROFILES);
      // The title is the insertion index, so ties show whether they kept their order.
      h.add(profile, i, start, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    }
    assertThatThrownBy(() -> h.add(0, 0, first, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + n + " views");
    h.sort();
    assertThat(h.size()).isEqualTo(n);
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      seen[h.title(i)] = true;
      if (i > 0) {
        long a = h.startUtc(i - 1);
        long b = h.startUtc(i);
        int order = a != b ? Long.compare(a, b)
            : h.profile(i - 1) != h.profile(i) ? Integer.compare(h.profile(i - 1), h.profile(i))
            : Integer.compare(h.title(i - 1), h.title(i));
        assertThat(order).as("views %d and %d", i - 1, i).isNegative();
      }
    }
    for (int i = 0; i < n; i++) {
      assertThat(seen[i]).as("view %d kept", i).isTrue();
    }
  }

  @Test
  void add_refusesAProfileIndexThatDoesNotFit() {
    History h = new History();
    assertThatThrownBy(() -> h.add(History.MAX_PROFILES, 0, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profile");
    assertThatThrownBy(() -> h.add(-1, 0, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(h.size()).isZero();
  }

  @Test
  void add_refusesATitleIndexOrALocalTimeThatDoesNotFit() {
    History h = new History();
    assertThatThrownBy(() -> h.add(0, History.MAX_TITLES, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> h.add(0, -1, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    // The local day is kept in 17 signed bits: 1790-07-27 to 2149-06-06.
    long lastDay = History.MAX_LOCAL_DAY;
    long firstDay = History.MIN_LOCAL_DAY;
    h.add(0, 0, lastDay * 86_400 + 86_399, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    h.add(0, 0, firstDay * 86_400 + 3_600, -3_600, 1, 0, 0, 0, false, Supplemental.NONE);
    assertThat(h.startLocal(0)).isEqualTo(lastDay * 86_400 + 86_399);
    assertThat(h.startLocal(1)).isEqualTo(firstDay * 86_400);
    assertThat(h.offsetS(1)).isEqualTo(-3_600);
    assertThat(java.time.LocalDate.ofEpochDay(firstDay)).hasToString("1790-07-27");
    assertThat(java.time.LocalDate.ofEpochDay(lastDay)).hasToString("2149-06-06");
    assertThatThrownBy(() -> h.add(0, 0, (lastDay + 1) * 86_400, 0, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local time");
    assertThatThrownBy(() -> h.add(0, 0, firstDay * 86_400, -1, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local time");
    assertThatThrownBy(() -> h.add(0, 0, 0, History.MAX_OFFSET_S + 1, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    assertThatThrownBy(() -> h.add(0, 0, 0, -History.MAX_OFFSET_S - 1, 1, 0, 0, 0, false, Supplemental.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    assertThat(h.size()).isEqualTo(2);
  }
}
