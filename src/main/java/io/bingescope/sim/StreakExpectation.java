package io.bingescope.sim;

import io.bingescope.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The expected number of members who watch a film on every local day of a window, computed exactly from the
 * behaviour model rather than by simulation: the count that {@code reproduce 53-viewers} sets beside its
 * simulated count, and that {@code calibrate} solves for.
 *
 * <p>Only comfort rewatching makes such streaks likely, and a comfort persona watches titles with its comfort tag
 * only through that habit (see {@link PersonaModel}). Its daily watching of the film is then a Markov chain over
 * local days with three states: no title taken up; the film taken up; another title taken up. From "none", the
 * member takes up a title with probability {@code adopt}, drawn from the comfort table (kept only if already
 * released: a draw of an unreleased title leaves the member at "none"), and watches it that day; from "the film",
 * it watches again with probability {@code rewatch}; from "another", never. A dynamic programme over the days of
 * the period gives the probability that the film is watched on every day of the window. Each such watch is a full
 * view (comfort views are never abandoned), so it qualifies at every level.
 *
 * <p>What the programme leaves out, and why it is small: members of other personas reach a streak only through
 * ordinary choices on every day of the window, bounded by {@link Result#otherPersonasBound()}; a comfort session
 * pushed past local midnight by a view still running on the same profile lands on the next day.
 */
public final class StreakExpectation {

  /** A persona's share of members and its probability of the streak. */
  public record Term(String persona, double share, double probability) {}

  /**
   * The expectation.
   *
   * @param members the population size it is computed for
   * @param expected the expected number of members with the streak
   * @param terms each comfort persona that can reach the streak through its habit
   * @param otherPersonasBound an upper bound on the expected number reached by other personas
   */
  public record Result(long members, double expected, List<Term> terms, double otherPersonasBound) {}

  private StreakExpectation() {}

  /**
   * Returns the expected count of members who watch film {@code titleId} on each of the {@code days} local days
   * ending {@code ending}.
   *
   * @throws IllegalArgumentException if the window is not inside the period, the title is not a film, or a life
   *     event changes comfort rewatching for a persona that could reach the streak (the chain would then depend on
   *     each member's events, which this programme does not model)
   */
  public static Result of(World world, int titleId, int days, LocalDate ending) {
    Scenario s = world.scenario;
    long end = ending.toEpochDay();
    long start = end - days + 1;
    if (days < 1 || start < world.firstDay || end > world.lastDay) {
      throw new IllegalArgumentException(
          "the window " + LocalDate.ofEpochDay(start) + ".." + ending + " is not inside the period "
              + s.period().start() + ".." + s.period().end());
    }
    int item = itemOfFilm(world, titleId);
    List<Term> terms = new ArrayList<>();
    double expected = 0;
    for (PersonaModel p : world.personas) {
      Scenario.Comfort c = p.spec.comfort();
      int k = c == null ? -1 : indexOf(p.comfortItems, item);
      if (k < 0) {
        continue;
      }
      requireNoComfortEvents(s, p.name);
      double probability = probability(world, p, k, start, end, c.adopt(), c.rewatch());
      terms.add(new Term(p.name, p.spec.share(), probability));
      expected += world.members() * p.spec.share() * probability;
    }
    return new Result(world.members(), expected, terms, otherBound(world, item, days, start));
  }

  /** Returns the probability that a member of persona {@code p} has the streak, for given adopt and rewatch. */
  static double probability(
      World world, PersonaModel p, int comfortIndex, long start, long end, double adopt, double rewatch) {
    double[] weights = p.comfortWeights;
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double a = Math.min(1, adopt);
    double r = Math.min(1, rewatch);
    // none: no title taken up yet; film: the film taken up. Inside the window both are joint with "watched the
    // film on every window day so far"; paths that took up another title never watch the film and drop out.
    double none = 1;
    double film = 0;
    for (long day = world.firstDay; day <= end; day++) {
      double filmWeight = 0;
      double otherWeight = 0;
      for (int i = 0; i < weights.length; i++) {
        if (world.itemReleaseDay[p.comfortItems[i]] <= day) {
          if (i == comfortIndex) {
            filmWeight += weights[i];
          } else {
            otherWeight += weights[i];
          }
        }
      }
      // A draw of a title not yet released takes nothing up that day (the member stays at "none").
      double adoptFilm = a * filmWeight / total;
      double adoptOther = a * otherWeight / total;
      if (day < start) {
        film = film + none * adoptFilm;
        none = none * (1 - adoptFilm - adoptOther);
      } else {
        // Alive today: had the film and rewatched it, or took it up today (and watched it).
        film = film * r + none * adoptFilm;
        none = 0;
      }
    }
    return film;
  }

  private static void requireNoComfortEvents(Scenario s, String persona) {
    for (Scenario.LifeEventSpec e : s.lifeEvents()) {
      boolean applies = e.personas().isEmpty() || e.personas().contains(persona);
      if (applies && e.share() > 0 && e.effects().comfort() != 1) {
        throw new IllegalArgumentException(
            "life event " + e.name() + " changes comfort rewatching for persona " + persona
                + "; the exact expectation does not model per-member events");
      }
    }
  }

  private static int itemOfFilm(World world, int titleId) {
    for (int i = 0; i < world.items.length; i++) {
      if (world.items[i].film() == titleId) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "title " + world.catalog.title(titleId).name() + " is not a film; streaks are computed for films");
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Bounds the expected number of members of personas without the habit who reach the streak by ordinary choices:
   * on each window day such a member must choose the film at least once. Per day that is at most (expected
   * choices) x (the largest chance one choice is the film); expected choices are at most 2 per session (a session
   * goes on to another choice with probability at most 1/2), sessions at most the persona's mean rate x its
   * largest weekday factor x the square root of the largest life-event volume. Choices are independent across
   * days given the member's rate, so the window needs that per-day bound to the power {@code days}.
   */
  private static double otherBound(World world, int item, int days, long start) {
    double bound = 0;
    for (PersonaModel p : world.personas) {
      if (p.spec.comfort() != null && indexOf(p.comfortItems, item) >= 0) {
        continue;
      }
      double rate = Math.max(p.sessionsPerDay.mean(), p.spec.sessionsPerDay().min());
      double weekday = 0;
      for (double f : p.weekdayFactor) {
        weekday = Math.max(weekday, f);
      }
      double volume = 1;
      for (Scenario.LifeEventSpec e : world.scenario.lifeEvents()) {
        volume = Math.max(volume, e.effects().volume());
      }
      double choices = 2 * rate * weekday * Math.sqrt(volume);
      double released = 0;
      for (int i = 0; i < world.items.length; i++) {
        released += world.itemReleaseDay[i] <= start ? p.itemWeight(i) : 0;
      }
      double pick = released == 0 ? 1 : Math.min(1, p.itemWeight(item) / released);
      double perDay = Math.min(1, choices * pick);
      bound += world.members() * p.spec.share() * Math.pow(perDay, days);
    }
    return bound;
  }
}
