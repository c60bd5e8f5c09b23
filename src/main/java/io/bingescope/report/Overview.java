package io.bingescope.report;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;

/**
 * The population figures of the report, gathered one member at a time in fixed memory: viewing by
 * weekday and hour, the distributions of weekly viewing hours, of binge sittings and of the
 * longest daily streak, and viewing by work. Overviews of consecutive blocks of members {@link
 * #merge} into the overview of the whole.
 */
public final class Overview {
  /** Lower edges of the weekly hours bins: up to 1 h a day in steps a reader can compare. */
  static final double[] WEEKLY_HOURS = {0, 1, 2, 4, 7, 10, 14, 21, 28, 35, 49, 70};
  /** Lower edges of the binge sittings bins. */
  static final double[] BINGE_SITTINGS = {0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30};
  /** Lower edges of the streak bins; 18 days is the "53 viewers" streak. */
  static final double[] STREAK_DAYS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 18, 22, 28};

  private final WeekdayHourGrid grid = new WeekdayHourGrid();
  private final Distribution weeklyHours = new Distribution(WEEKLY_HOURS, false);
  private final Distribution bingeSittings = new Distribution(BINGE_SITTINGS, true);
  private final Distribution streakDays = new Distribution(STREAK_DAYS, true);
  private final Works works;
  private long members;
  private long views;

  /** Creates an empty overview of members watching titles of {@code catalog}. */
  public Overview(Catalog catalog) {
    this.works = new Works(catalog);
  }

  /** Adds a member: its history and the metrics just computed from it. */
  public void add(History h, MemberMetrics m) {
    if (m.memberId() != h.memberId()) {
      throw new IllegalArgumentException(
          "metrics of member " + m.memberId() + " with the history of " + h.memberId());
    }
    members++;
    views += h.size();
    grid.add(h);
    works.add(h);
    weeklyHours.add(weeklyHours(m));
    bingeSittings.add(m.bingeSittings());
    streakDays.add(m.longestStreakDays());
  }

  /** Returns a member's mean viewing hours per week of the period. */
  static double weeklyHours(MemberMetrics m) {
    return m.periodSeconds() / 3_600.0 * 7 / m.periodDays();
  }

  /** Adds the members of {@code later}, the next block's overview, and returns this one. */
  public Overview merge(Overview later) {
    members += later.members;
    views += later.views;
    grid.merge(later.grid);
    works.merge(later.works);
    weeklyHours.merge(later.weeklyHours);
    bingeSittings.merge(later.bingeSittings);
    streakDays.merge(later.streakDays);
    return this;
  }

  /** Returns the number of members added. */
  public long members() {
    return members;
  }

  /** Returns the number of views (rows) added. */
  public long views() {
    return views;
  }

  /** Returns viewing by weekday and hour. */
  public WeekdayHourGrid grid() {
    return grid;
  }

  /** Returns the distribution of mean weekly viewing hours. */
  public Distribution weeklyHours() {
    return weeklyHours;
  }

  /** Returns the distribution of binge sittings per member. */
  public Distribution bingeSittings() {
    return bingeSittings;
  }

  /** Returns the distribution of members' longest daily streak of one title, in days. */
  public Distribution streakDays() {
    return streakDays;
  }

  /** Returns viewing by work. */
  public Works works() {
    return works;
  }
}
