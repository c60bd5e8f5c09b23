package io.bingescope.analytics;

import io.bingescope.analytics.ReferenceViews.View;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Obviously correct, slow versions of the queries, over {@link ReferenceViews}. */
final class ReferenceQueries {
  private ReferenceQueries() {}

  static boolean streak(ReferenceViews h, StreakQuery q) {
    Set<LocalDate> days = new HashSet<>();
    for (View v : h.views()) {
      if (v.title().id() == q.titleId() && ReferenceViews.qualifies(v, q.level(), q.thresholds())) {
        days.add(v.localStart().toLocalDate());
      }
    }
    for (LocalDate d = q.start(); !d.isAfter(q.end()); d = d.plusDays(1)) {
      if (!days.contains(d)) {
        return false;
      }
    }
    return true;
  }

  static boolean seriesStreak(ReferenceViews h, SeriesStreakQuery q) {
    Set<LocalDate> days = new HashSet<>();
    for (View v : h.views()) {
      if (v.title().seriesIndex() == q.seriesIndex()
          && ReferenceViews.qualifies(v, q.level(), q.thresholds())) {
        days.add(v.localStart().toLocalDate());
      }
    }
    for (LocalDate d = q.start(); !d.isAfter(q.end()); d = d.plusDays(1)) {
      if (!days.contains(d)) {
        return false;
      }
    }
    return true;
  }

  /** Tries every start day and walks forward while the title was watched each day. */
  static int longestRun(ReferenceViews h, ConsecutiveDaysQuery q) {
    Set<LocalDate> days = new HashSet<>();
    for (View v : h.views()) {
      if (v.title().id() == q.titleId() && ReferenceViews.qualifies(v, q.level(), q.thresholds())) {
        days.add(v.localStart().toLocalDate());
      }
    }
    int best = 0;
    for (LocalDate from = q.first(); !from.isAfter(q.last()); from = from.plusDays(1)) {
      int run = 0;
      for (LocalDate d = from; !d.isAfter(q.last()) && days.contains(d); d = d.plusDays(1)) {
        run++;
      }
      best = Math.max(best, run);
    }
    return best;
  }

  static int window(ReferenceViews h, WindowQuery q) {
    int best = 0;
    for (View from : h.views()) {
      if (from.title().seriesIndex() == q.seriesIndex()
          && ReferenceViews.qualifies(from, q.level(), q.thresholds())) {
        best = Math.max(best, episodesFrom(h, from, q.seriesIndex(), q.days(), q.level(),
            q.thresholds()));
      }
    }
    return best;
  }

  static long windowSeconds(ReferenceViews h, WindowHours q) {
    long best = 0;
    for (View from : h.views()) {
      Instant end = from.start().plusSeconds(q.days() * 86_400L);
      long seconds = 0;
      for (View v : h.views()) {
        if (!v.supplemental() && !v.start().isBefore(from.start()) && v.start().isBefore(end)) {
          seconds += v.durationS();
        }
      }
      best = Math.max(best, seconds);
    }
    return best;
  }

  /** Returns the distinct episodes of a series watched in the window opened by a view. */
  static int episodesFrom(
      ReferenceViews h, View from, int series, int days, Level level, Thresholds t) {
    Instant end = from.start().plusSeconds(days * 86_400L);
    Set<Integer> episodes = new HashSet<>();
    for (View v : h.views()) {
      if (v.title().seriesIndex() == series
          && !v.start().isBefore(from.start())
          && v.start().isBefore(end)
          && ReferenceViews.qualifies(v, level, t)) {
        episodes.add(v.title().id());
      }
    }
    return episodes.size();
  }
}
