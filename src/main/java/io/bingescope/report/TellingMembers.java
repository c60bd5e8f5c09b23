package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Picks the members the report shows when none is named: for each {@link Criterion}, the member
 * with the highest figure (above zero; on a tie the first in input order). A member leading several
 * criteria gets one page with every reason. Only the current leaders' histories are copied, so
 * memory stays bounded by four histories whatever the population.
 */
public final class TellingMembers {

  /** A figure a member can stand out by. */
  public enum Criterion {
    MOST_HOURS(MemberMetrics::viewingSeconds),
    LONGEST_SITTING(MemberMetrics::longestSittingS),
    MOST_EPISODES_IN_WINDOW(MemberMetrics::windowEpisodes),
    LONGEST_STREAK(MemberMetrics::longestStreakDays);

    private final ToLongFunction<MemberMetrics> figure;

    Criterion(ToLongFunction<MemberMetrics> figure) {
      this.figure = figure;
    }
  }

  private static final Criterion[] CRITERIA = Criterion.values();

  private final Catalog catalog;
  private final long[] best = new long[CRITERIA.length];
  private final SelectedMember[] leader = new SelectedMember[CRITERIA.length];
  private final String[] reason = new String[CRITERIA.length];

  /** Creates a picker for members watching titles of {@code catalog}. */
  public TellingMembers(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Considers a member, given its history, profile names and the metrics just computed. */
  public void offer(History h, List<String> profiles, MemberMetrics m) {
    SelectedMember copy = null;
    for (Criterion c : CRITERIA) {
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

  /** Returns the chosen members, in the criteria's order, each with its reasons. */
  public List<SelectedMember> selected() {
    Map<SelectedMember, List<String>> reasons = new LinkedHashMap<>();
    for (int c = 0; c < CRITERIA.length; c++) {
      if (leader[c] != null) {
        reasons.computeIfAbsent(leader[c], k -> new ArrayList<>()).add(reason[c]);
      }
    }
    List<SelectedMember> out = new ArrayList<>();
    reasons.forEach((s, r) -> out.add(new SelectedMember(s.history(), s.profiles(), r)));
    return out;
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
