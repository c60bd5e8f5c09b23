package io.bingescope.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
