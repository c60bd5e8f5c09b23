package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricColumn;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Supplemental;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Picks the members the report shows when none is named: for each {@link Criterion} the input can
 * support ({@link Availability}), the member with the highest figure (above zero; on a tie the
 * first in input order). A member leading several criteria gets one page with every reason. When
 * only one member has views (a Netflix export is one member), that member always gets a page, even
 * if it leads nothing. Only the current leaders' histories and the first member with views are
 * copied, so memory stays bounded by five histories whatever the population.
 */
public final class TellingMembers {

  /** A figure a member can stand out by. */
  public enum Criterion {
    MOST_HOURS(MetricColumn.VIEWING_S, MemberMetrics::viewingSeconds),
    LONGEST_SITTING(MetricColumn.LONGEST_SITTING_S, MemberMetrics::longestSittingS),
    MOST_EPISODES_IN_WINDOW(MetricColumn.WINDOW_EPISODES, MemberMetrics::windowEpisodes),
    LONGEST_STREAK(MetricColumn.LONGEST_STREAK_DAYS, MemberMetrics::longestStreakDays);

    private final MetricColumn metric;
    private final ToLongFunction<MemberMetrics> figure;

    Criterion(MetricColumn metric, ToLongFunction<MemberMetrics> figure) {
      this.metric = metric;
      this.figure = figure;
    }
  }

  /** The reason given to the only member with views of an input. */
  static final String ONLY_MEMBER = "being the only member with views";

  private static final Criterion[] CRITERIA = Criterion.values();

  private final Catalog catalog;
  private final boolean[] usable = new boolean[CRITERIA.length];
  private final long[] best = new long[CRITERIA.length];
  private final SelectedMember[] leader = new SelectedMember[CRITERIA.length];
  private final String[] reason = new String[CRITERIA.length];
  private long membersWithViews;
  private SelectedMember firstWithViews;

  /**
   * Creates a picker for members watching titles of {@code catalog}, by the criteria an input that
   * recorded {@code observed} can support.
   */
  public TellingMembers(Catalog catalog, Observed observed) {
    this.catalog = catalog;
    for (Criterion c : CRITERIA) {
      usable[c.ordinal()] = Availability.unavailable(c.metric.column(), observed).isEmpty();
    }
  }

  /** Considers a member, given its history, profile names and the metrics just computed. */
  public void offer(History h, List<String> profiles, MemberMetrics m) {
    SelectedMember copy = null;
    if (hasViews(h) && membersWithViews++ == 0) {
      copy = new SelectedMember(h.copy(), profiles, List.of());
      firstWithViews = copy;
    } else if (membersWithViews > 1) {
      firstWithViews = null; // no longer the only one
    }
    for (Criterion c : CRITERIA) {
      if (!usable[c.ordinal()]) {
        continue;
      }
      long v = c.figure.applyAsLong(m);
      if (v > best[c.ordinal()]) {
        if (copy == null) {
          copy = new SelectedMember(h.copy(), profiles, List.of());
        }
        best[c.ordinal()] = v;
        leader[c.ordinal()] = copy;
        reason[c.ordinal()] = reason(c, m);
      }
    }
  }

  /**
   * Returns the chosen members, in the criteria's order, each with its reasons; the only member
   * with views first gives that as its reason.
   */
  public List<SelectedMember> selected() {
    Map<SelectedMember, List<String>> reasons = new LinkedHashMap<>();
    if (membersWithViews == 1) {
      reasons.put(firstWithViews, new ArrayList<>(List.of(ONLY_MEMBER)));
    }
    for (int c = 0; c < CRITERIA.length; c++) {
      if (leader[c] != null) {
        reasons.computeIfAbsent(leader[c], k -> new ArrayList<>()).add(reason[c]);
      }
    }
    List<SelectedMember> out = new ArrayList<>();
    reasons.forEach((s, r) -> out.add(new SelectedMember(s.history(), s.profiles(), r)));
    return out;
  }

  private static boolean hasViews(History h) {
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) == Supplemental.NONE) {
        return true;
      }
    }
    return false;
  }

  private String reason(Criterion c, MemberMetrics m) {
    return switch (c) {
      case MOST_HOURS ->
          String.format(Locale.ROOT, "the most viewing hours (%.1f h)", m.viewingHours());
      case LONGEST_SITTING ->
          String.format(Locale.ROOT, "the longest sitting (%.1f h)", m.longestSittingS() / 3_600.0);
      case MOST_EPISODES_IN_WINDOW ->
          String.format(Locale.ROOT, "the most episodes of one series in %d days (%d of %s)",
              m.options().windowDays(), m.windowEpisodes(),
              catalog.series().get(m.windowSeries()).name());
      case LONGEST_STREAK ->
          String.format(Locale.ROOT, "the longest daily streak of one title (%d days of %s)",
              m.longestStreakDays(), catalog.title(m.streakTitle()).name());
    };
  }
}
