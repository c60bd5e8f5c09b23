package io.bingescope.analytics;

import io.bingescope.analytics.ReferenceViews.View;
import io.bingescope.model.Catalog;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Obviously correct, slow versions of {@link MemberMetrics}' figures: java.time for local time,
 * collections for grouping, and every definition of docs/metrics.md spelt out literally.
 */
record ReferenceMetrics(
    long viewingSeconds,
    long periodSeconds,
    long maxDailySeconds,
    int sittings,
    int bingeSittings,
    long longestSittingS,
    int windowEpisodes,
    int windowSeries,
    int longestStreakDays,
    int streakTitle,
    long streakEndDay,
    long nightSeconds,
    long workSeconds,
    int bingeRaces) {

  /** Returns the fast figures in the same shape, so a failure shows every field side by side. */
  static ReferenceMetrics of(MemberMetrics m) {
    return new ReferenceMetrics(
        m.viewingSeconds(),
        m.periodSeconds(),
        Math.round(m.maxDailyHours() * 3_600),
        m.sittings(),
        m.bingeSittings(),
        m.longestSittingS(),
        m.windowEpisodes(),
        m.windowSeries(),
        m.longestStreakDays(),
        m.streakTitle(),
        m.streakEndDay(),
        m.nightSeconds(),
        m.workSeconds(),
        m.bingeRaces());
  }

  static ReferenceMetrics compute(
      ReferenceViews h, Catalog c, LocalDate first, LocalDate last, MetricOptions o) {
    List<View> views = h.views();
    long viewing = 0;
    long night = 0;
    long work = 0;
    Map<LocalDate, Long> perDay = new HashMap<>();
    for (View v : views) {
      if (v.supplemental()) {
        continue;
      }
      viewing += v.durationS();
      perDay.merge(v.localStart().toLocalDate(), (long) v.durationS(), Long::sum);
      for (LocalDate d = v.localStart().toLocalDate();
          d.atStartOfDay().isBefore(v.localEnd());
          d = d.plusDays(1)) {
        night += overlap(v, d, o.nightStartS(), o.nightEndS());
        if (d.getDayOfWeek().getValue() <= 5) {
          work += overlap(v, d, o.workStartS(), o.workEndS());
        }
      }
    }
    long period = 0;
    long maxDaily = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      long s = perDay.getOrDefault(d, 0L);
      period += s;
      maxDaily = Math.max(maxDaily, s);
    }

    Map<Integer, List<View>> byProfile = new TreeMap<>();
    for (View v : views) {
      byProfile.computeIfAbsent(v.profile(), p -> new ArrayList<>()).add(v);
    }
    int sittings = 0;
    int binges = 0;
    long longest = 0;
    for (List<View> own : byProfile.values()) {
      List<List<View>> runs = new ArrayList<>();
      List<View> run = new ArrayList<>();
      Instant end = null;
      for (View v : own) {
        if (end != null && Duration.between(end, v.start()).getSeconds() > o.sittingGapS()) {
          runs.add(run);
          run = new ArrayList<>();
          end = null;
        }
        run.add(v);
        end = end == null || v.end().isAfter(end) ? v.end() : end;
      }
      runs.add(run);
      for (List<View> r : runs) {
        sittings++;
        Instant lastEnd = r.get(0).end();
        Map<Integer, Integer> perSeries = new HashMap<>();
        for (View v : r) {
          if (v.end().isAfter(lastEnd)) {
            lastEnd = v.end();
          }
          if (v.title().seriesIndex() >= 0
              && ReferenceViews.qualifies(v, o.level(), o.thresholds())) {
            perSeries.merge(v.title().seriesIndex(), 1, Integer::sum);
          }
        }
        if (perSeries.values().stream().anyMatch(n -> n >= o.bingeEpisodes())) {
          binges++;
        }
        longest = Math.max(longest, Duration.between(r.get(0).start(), lastEnd).getSeconds());
      }
    }

    int window = 0;
    int windowSeries = -1;
    for (View v : views) {
      if (v.title().seriesIndex() >= 0 && ReferenceViews.qualifies(v, o.level(), o.thresholds())) {
        int n =
            ReferenceQueries.episodesFrom(
                h, v, v.title().seriesIndex(), o.windowDays(), o.level(), o.thresholds());
        if (n > window) {
          window = n;
          windowSeries = v.title().seriesIndex();
        }
      }
    }

    Map<Integer, TreeSet<LocalDate>> days = new LinkedHashMap<>();
    for (View v : views) {
      if (ReferenceViews.qualifies(v, o.level(), o.thresholds())) {
        days.computeIfAbsent(v.title().id(), t -> new TreeSet<>())
            .add(v.localStart().toLocalDate());
      }
    }
    int streak = 0;
    int streakTitle = -1;
    LocalDate streakEnd = null;
    for (Map.Entry<Integer, TreeSet<LocalDate>> e : days.entrySet()) {
      int length = 0;
      LocalDate previous = null;
      for (LocalDate d : e.getValue()) {
        length = previous != null && previous.plusDays(1).equals(d) ? length + 1 : 1;
        previous = d;
        boolean better =
            length > streak
                || (length == streak
                    && (d.isBefore(streakEnd)
                        || (d.equals(streakEnd) && e.getKey() < streakTitle)));
        if (better) {
          streak = length;
          streakTitle = e.getKey();
          streakEnd = d;
        }
      }
    }

    int races = 0;
    for (Series s : c.series()) {
      int[] starts = s.seasonStarts();
      for (int season = 0; season < s.seasonCount(); season++) {
        LocalDate release = LocalDate.MAX;
        for (int p = starts[season]; p < starts[season + 1]; p++) {
          LocalDate r = c.title(s.episodeAt(p)).releaseDate();
          release = r.isBefore(release) ? r : release;
        }
        boolean all = true;
        for (int p = starts[season]; p < starts[season + 1]; p++) {
          Title episode = c.title(s.episodeAt(p));
          boolean watched = false;
          for (View v : views) {
            watched |=
                v.title().equals(episode)
                    && v.localStart().toLocalDate().equals(release)
                    && ReferenceViews.qualifies(v, o.level(), o.thresholds());
          }
          all &= watched;
        }
        if (all) {
          races++;
        }
      }
    }
    return new ReferenceMetrics(
        viewing, period, maxDaily, sittings, binges, longest, window, windowSeries, streak,
        streakTitle, streakEnd == null ? 0 : streakEnd.toEpochDay(), night, work, races);
  }

  private static long overlap(View v, LocalDate d, int fromS, int toS) {
    LocalDateTime from = d.atStartOfDay().plusSeconds(fromS);
    LocalDateTime to = d.atStartOfDay().plusSeconds(toS);
    LocalDateTime a = v.localStart().isAfter(from) ? v.localStart() : from;
    LocalDateTime b = v.localEnd().isBefore(to) ? v.localEnd() : to;
    return a.isBefore(b) ? Duration.between(a, b).getSeconds() : 0;
  }
}
