package io.bingescope.analytics;

import java.time.LocalDate;

/**
 * The question of "the 53 viewers": who watched A Christmas Prince on every day of the 18 days ending 10 Dec 2017
 * (Netflix's 2017 rule: a view of at least 70% of the film), in christmas-prince-2017 at Netflix's size. One
 * definition for {@code reproduce 53-viewers} and the Spark job.
 */
public final class FiftyThreeViewers {
  /** The bundled scenario the question is asked of. */
  public static final String SCENARIO = "christmas-prince-2017";
  /** The film. */
  public static final String TITLE = "A Christmas Prince";
  /** The last day of the streak. */
  public static final LocalDate ENDING = LocalDate.of(2017, 12, 10);
  /** The length of the streak in days. */
  public static final int DAYS = 18;
  /** Netflix's streaming members at the end of 2017, the default population. */
  public static final long NETFLIX_MEMBERS_2017 = 117_580_000L;
  /** The count Netflix published on 10 Dec 2017. */
  public static final int PUBLISHED = 53;
  /** The level a view must reach to count. */
  public static final Level LEVEL = Level.WATCHER;

  private FiftyThreeViewers() {}

  /** Returns the streak query of the question for the film's id in a run's catalog. */
  public static StreakQuery query(int titleId) {
    return new StreakQuery(titleId, DAYS, ENDING, LEVEL);
  }
}
