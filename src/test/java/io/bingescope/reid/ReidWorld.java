package io.bingescope.reid;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.Thresholds;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small catalogs of one-hour films and populations with views on chosen or random days, for the reid tests. */
final class ReidWorld {
  static final long DAY0 = LocalDate.of(2018, 1, 1).toEpochDay();
  static final int RUNTIME = 3_600;

  private ReidWorld() {}

  static Catalog catalog(int titles) {
    List<Title> list = new ArrayList<>();
    for (int i = 0; i < titles; i++) {
      list.add(new Title(i, "Film " + i, TitleKind.FILM, -1, "", 0, 0, RUNTIME, LocalDate.of(2015, 1, 1),
          List.of(), List.of()));
    }
    return new Catalog(list, List.of());
  }

  static Trace trace(Catalog c) {
    return new Trace(c, Level.WATCHER, Thresholds.DEFAULTS);
  }

  /** Adds a full view of the title on day DAY0 + day at 20:00 plus {@code minute} minutes, UTC. */
  static void view(History h, int title, int day, int minute) {
    long start = (DAY0 + day) * 86_400 + 20 * 3_600 + minute * 60L;
    h.add(0, title, start, 0, RUNTIME, 0, 0, 0, false, Supplemental.NONE);
  }

  /**
   * Returns random members: Zipf-like titles, days in [0, days), up to {@code maxViews} views each, with now and
   * then a view too short to qualify and a trailer (neither is a point).
   */
  static List<History> population(int members, int titles, int days, int maxViews, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] cum = new double[titles];
    double sum = 0;
    for (int t = 0; t < titles; t++) {
      sum += 1.0 / (t + 1);
      cum[t] = sum;
    }
    List<History> out = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      History h = new History(4).reset(m);
      int views = r.nextInt(maxViews + 1);
      for (int v = 0; v < views; v++) {
        double u = r.nextDouble() * sum;
        int t = 0;
        while (cum[t] < u) {
          t++;
        }
        long start = (DAY0 + r.nextInt(days)) * 86_400 + r.nextInt(86_400);
        int offset = (r.nextInt(5) - 2) * 3_600;
        int kind = r.nextInt(20);
        if (kind == 0) {
          h.add(0, t, start, offset, 60, 0, 0, 0, false, Supplemental.NONE);
        } else if (kind == 1) {
          h.add(0, t, start, offset, RUNTIME, 0, 0, 0, false, Supplemental.TRAILER);
        } else {
          h.add(0, t, start, offset, RUNTIME, 0, 0, 0, false, Supplemental.NONE);
        }
      }
      h.sort();
      out.add(h);
    }
    return out;
  }
}
