package io.bingescope.analytics.realism;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The realism figures computed the plain way, for checking the fast pass: every member's views copied into lists,
 * sittings built by sorting each profile's views, seconds of the clock and of the sleep window counted one by one,
 * quantiles from sorted lists. Slow and obvious on purpose.
 */
final class RealismReference {
  record View(int profile, int title, long startUtc, long localStart, int duration, boolean supplemental) {
    long localDay() {
      return Math.floorDiv(localStart, 86_400L);
    }
  }

  record Member(List<View> views, MemberTraits traits) {}

  private RealismReference() {}

  static Member member(History h, MemberTraits traits) {
    List<View> views = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      views.add(new View(h.profile(i), h.title(i), h.startUtc(i), h.startLocal(i), h.durationS(i),
          h.supplemental(i) != Supplemental.NONE));
    }
    return new Member(views, traits);
  }

  /** Returns every figure's value over the members, NaN where not measurable. */
  static Map<Figure, Double> figures(List<Member> members, Catalog catalog, LocalDate first, LocalDate last) {
    Map<Figure, Double> out = new EnumMap<>(Figure.class);
    int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
    List<Long> memberSeconds = new ArrayList<>();
    long total = 0;
    long sit8 = 0;
    long sit12 = 0;
    long sit24 = 0;
    long binges = 0;
    long bingeEpisodes = 0;
    long bingeSeconds = 0;
    long[] hours = new long[24];
    long weekend = 0;
    long weekday = 0;
    long starts = 0;
    long qualifying = 0;
    List<Integer> completerDays = new ArrayList<>();
    long c3Started = 0;
    long c3Finished = 0;
    long truth = 0;
    long profiles = 0;
    long kids = 0;
    long calm = 0;
    long calmSeconds = 0;
    long calmSleep = 0;
    long calmMost = 0;
    long titleSeconds = 0;
    long rewatch = 0;
    for (Member m : members) {
      long seconds = 0;
      for (View v : m.views) {
        seconds += v.duration;
        for (int k = 0; k < v.duration; k++) {
          hours[(int) Math.floorMod(v.localStart + k, 86_400L) / 3_600]++;
        }
        DayOfWeek dow = LocalDate.ofEpochDay(v.localDay()).getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
          weekend += v.duration;
        } else {
          weekday += v.duration;
        }
        if (!v.supplemental) {
          starts++;
          titleSeconds += v.duration;
          if (qualifies(v, catalog)) {
            qualifying++;
          }
        }
      }
      memberSeconds.add(seconds);
      total += seconds;
      // Sittings, per profile.
      Map<Integer, List<View>> byProfile = new HashMap<>();
      for (View v : m.views) {
        byProfile.computeIfAbsent(v.profile, p -> new ArrayList<>()).add(v);
      }
      boolean has8 = false;
      boolean has12 = false;
      for (List<View> pv : byProfile.values()) {
        pv.sort(Comparator.comparingLong(View::startUtc));
        List<List<View>> sittings = new ArrayList<>();
        long end = Long.MIN_VALUE;
        for (View v : pv) {
          if (sittings.isEmpty() || v.startUtc - end > RealismPass.SITTING_GAP_S) {
            sittings.add(new ArrayList<>());
            end = Long.MIN_VALUE;
          }
          sittings.get(sittings.size() - 1).add(v);
          end = Math.max(end, v.startUtc + v.duration);
        }
        for (List<View> s : sittings) {
          long start = s.get(0).startUtc;
          long stop = Long.MIN_VALUE;
          Map<Integer, Integer> perSeries = new HashMap<>();
          for (View v : s) {
            stop = Math.max(stop, v.startUtc + v.duration);
            Title t = catalog.title(v.title);
            if (!v.supplemental && t.kind() == TitleKind.EPISODE && qualifies(v, catalog)) {
              perSeries.merge(t.seriesIndex(), 1, Integer::sum);
            }
          }
          long length = stop - start;
          has8 |= length >= 8 * 3_600;
          has12 |= length >= 12 * 3_600;
          if (length >= 24 * 3_600) {
            sit24++;
          }
          int most = perSeries.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          if (most >= 3) {
            binges++;
            bingeEpisodes += most;
            bingeSeconds += length;
          }
        }
      }
      sit8 += has8 ? 1 : 0;
      sit12 += has12 ? 1 : 0;
      // Seasons: each profile's qualifying views of a season's episodes, in order.
      Map<List<Integer>, List<View>> seasons = new HashMap<>();
      for (View v : m.views) {
        Title t = catalog.title(v.title);
        if (!v.supplemental && t.kind() == TitleKind.EPISODE && qualifies(v, catalog)) {
          seasons.computeIfAbsent(List.of(v.profile, t.seriesIndex(), t.season()), k -> new ArrayList<>()).add(v);
        }
      }
      for (Map.Entry<List<Integer>, List<View>> e : seasons.entrySet()) {
        List<View> vs = e.getValue();
        int size = seasonSize(catalog, e.getKey().get(1), e.getKey().get(2));
        View firstView = vs.get(0);
        long firstDay = firstView.localDay();
        boolean fromFirst = catalog.title(firstView.title).episode() == 1;
        Set<Integer> seen = new HashSet<>();
        Long doneDay = null;
        for (View v : vs) {
          seen.add(v.title);
          if (seen.size() == size) {
            doneDay = v.localDay();
            break;
          }
        }
        boolean followed = fromFirst && firstDay - first.toEpochDay() + 28 <= days;
        if (followed) {
          c3Started++;
        }
        if (doneDay != null) {
          int span = (int) (doneDay - firstDay + 1);
          if (fromFirst && firstDay - first.toEpochDay() + RealismPass.S1_DAYS <= days) {
            completerDays.add(span);
          }
          if (followed && span <= 28) {
            c3Finished++;
          }
        }
      }
      // Rewatching: a view of a title the profile watched to 70% at an earlier view.
      Set<List<Integer>> watched = new HashSet<>();
      for (View v : m.views) {
        if (v.supplemental) {
          continue;
        }
        List<Integer> key = List.of(v.profile, v.title);
        Title title = catalog.title(v.title);
        String favourite = m.traits == null || v.profile >= m.traits.profiles().size() ? null
            : m.traits.profiles().get(v.profile).favourite();
        // The old favourite is a series (any of its episodes) or a film, by name.
        boolean ofFavourite = favourite != null && (title.kind() == TitleKind.EPISODE
            ? title.series().equals(favourite)
            : title.name().equals(favourite) && catalog.seriesNamed(favourite).isEmpty());
        if (watched.contains(key) || ofFavourite) {
          rewatch += v.duration;
        }
        if (qualifies(v, catalog)) {
          watched.add(key);
        }
      }
      MemberTraits t = m.traits;
      if (t != null) {
        truth++;
        profiles += t.profiles().size();
        kids += t.profiles().stream().anyMatch(MemberTraits.Profile::kids) ? 1 : 0;
        MemberTraits.SleepWindow sleep = t.sleep();
        if (t.lifeEvents().isEmpty() && sleep.bedtimeMinute() != sleep.wakeMinute()) {
          calm++;
          calmSeconds += seconds;
          long[] nights = new long[days];
          for (View v : m.views) {
            for (int k = 0; k < v.duration; k++) {
              long local = v.localStart + k;
              int minute = (int) Math.floorMod(local, 86_400L) / 60;
              int bed = sleep.bedtimeMinute();
              int wake = sleep.wakeMinute();
              boolean asleep = bed <= wake ? minute >= bed && minute < wake : minute >= bed || minute < wake;
              if (asleep) {
                calmSleep++;
                long day = Math.floorDiv(local, 86_400L);
                // The night a second belongs to is the day its sleep window began.
                long night = sleep.bedtimeMinute() > sleep.wakeMinute() && minute < sleep.wakeMinute()
                    ? day - 1 : day;
                long index = night - first.toEpochDay();
                if (index >= 0 && index < days) {
                  nights[(int) index]++;
                }
              }
            }
          }
          long most = java.util.Arrays.stream(nights).filter(s -> s >= RealismPass.NIGHT_VIEWING_S).count();
          calmMost += 2 * most > days ? 1 : 0;
        }
      }
    }
    int n = members.size();
    out.put(Figure.V1, total / (n * (double) days * 3_600));
    List<Long> sorted = new ArrayList<>(memberSeconds);
    sorted.sort(Comparator.reverseOrder());
    double top = n / 5.0;
    double topSum = 0;
    for (int i = 0; i < n && top > 0; i++) {
      double take = Math.min(1, top);
      topSum += take * sorted.get(i);
      top -= take;
    }
    out.put(Figure.V3, total == 0 ? Double.NaN : topSum / total);
    out.put(Figure.S8_8H, sit8 / (double) n);
    out.put(Figure.S8_12H, sit12 / (double) n);
    out.put(Figure.S8_24H, (double) sit24);
    out.put(Figure.S3, binges == 0 ? Double.NaN : bingeEpisodes / (double) binges);
    out.put(Figure.S3_HOURS, binges == 0 ? Double.NaN : bingeSeconds / (binges * 3_600.0));
    int peak = -1;
    for (int h = 0; h < 24; h++) {
      if (hours[h] > 0 && (peak < 0 || hours[h] > hours[peak])) {
        peak = h;
      }
    }
    out.put(Figure.T2, peak < 0 ? Double.NaN : peak);
    out.put(Figure.T1_00, peak < 0 ? Double.NaN : hours[0] / (double) hours[peak]);
    out.put(Figure.T1_03, peak < 0 ? Double.NaN : hours[3] / (double) hours[peak]);
    int weekendDays = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      weekendDays += d.getDayOfWeek().getValue() >= 6 ? 1 : 0;
    }
    out.put(Figure.T3, weekendDays == 0 || weekendDays == days || weekday == 0 ? Double.NaN
        : (weekend / (double) weekendDays) / (weekday / (double) (days - weekendDays)));
    out.put(Figure.C1, starts == 0 ? Double.NaN : qualifying / (double) starts);
    completerDays.sort(null);
    int c = completerDays.size();
    out.put(Figure.S1, c == 0 ? Double.NaN : (completerDays.get((c - 1) / 2) + completerDays.get(c / 2)) / 2.0);
    out.put(Figure.S2, c == 0 ? Double.NaN : completerDays.stream().filter(d -> d <= 2).count() / (double) c);
    out.put(Figure.C3, c3Started == 0 ? Double.NaN : c3Finished / (double) c3Started);
    out.put(Figure.H2_TIME, calmSeconds == 0 ? Double.NaN : calmSleep / (double) calmSeconds);
    out.put(Figure.H2_NIGHTS, calm == 0 ? Double.NaN : calmMost / (double) calm);
    out.put(Figure.R1, titleSeconds == 0 ? Double.NaN : rewatch / (double) titleSeconds);
    out.put(Figure.H3_PROFILES, truth == 0 ? Double.NaN : profiles / (double) truth);
    out.put(Figure.H3_KIDS, truth == 0 ? Double.NaN : kids / (double) truth);
    return out;
  }

  private static boolean qualifies(View v, Catalog catalog) {
    return !v.supplemental && v.duration >= Math.ceil(0.7 * catalog.title(v.title).runtimeS() - 1e-7);
  }

  private static int seasonSize(Catalog catalog, int series, int season) {
    int n = 0;
    for (int id : catalog.series().get(series).episodeIds()) {
      n += catalog.title(id).season() == season ? 1 : 0;
    }
    return n;
  }
}
