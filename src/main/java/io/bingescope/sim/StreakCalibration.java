package io.bingescope.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Solves for the comfort-habit parameter of one persona that makes the <em>expected</em> streak count (computed
 * exactly by {@link StreakExpectation}, not by trial simulation) equal a target, with Commons Math's Brent solver,
 * and measures how the expectation moves when the parameter moves.
 */
public final class StreakCalibration {

  /** The comfort parameters that can be solved for. */
  public enum Parameter {
    /** Daily probability of taking up a title with the comfort tag. */
    ADOPT,
    /** Daily probability of watching the taken-up title again. */
    REWATCH
  }

  /** One row of the sensitivity table: the parameter scaled by {@code factor}, and the expectation there. */
  public record Sensitivity(double factor, double value, double expected) {}

  /**
   * The solution.
   *
   * @param persona the persona solved for
   * @param parameter the parameter solved for
   * @param current the parameter's value in the scenario
   * @param expectedAtCurrent the expected count with the scenario's value
   * @param solved the value that makes the expectation equal the target
   * @param expectedAtSolved the expectation at {@code solved} (equal to the target within the solver's accuracy)
   * @param sensitivity the expectation at the solved value scaled by a few percent either way
   */
  public record Result(
      String persona,
      Parameter parameter,
      double current,
      double expectedAtCurrent,
      double solved,
      double expectedAtSolved,
      List<Sensitivity> sensitivity) {}

  private static final double[] FACTORS = {0.9, 0.95, 0.98, 0.99, 1.0, 1.01, 1.02, 1.05, 1.1};

  private StreakCalibration() {}

  /**
   * Solves for {@code parameter} of {@code persona} so that the expected number of members watching film
   * {@code titleId} on each of the {@code days} local days ending {@code ending} equals {@code target}.
   *
   * @throws IllegalArgumentException if the persona has no comfort habit covering the film, or no value in
   *     [0, 1] reaches the target
   */
  public static Result solve(
      World world, String persona, Parameter parameter, int titleId, int days, LocalDate ending,
      double target) {
    StreakExpectation.Result base = StreakExpectation.of(world, titleId, days, ending);
    PersonaModel p = null;
    for (PersonaModel candidate : world.personas) {
      if (candidate.name.equals(persona)) {
        p = candidate;
      }
    }
    if (p == null || base.terms().stream().noneMatch(t -> t.persona().equals(persona))) {
      throw new IllegalArgumentException(
          "persona " + persona + " has no comfort habit that covers this film; personas that do: "
              + base.terms().stream().map(StreakExpectation.Term::persona).toList());
    }
    PersonaModel model = p;
    double others = base.expected() - expectedFor(world, model, parameter, current(model, parameter), titleId,
        days, ending);
    java.util.function.DoubleUnaryOperator expected =
        x -> others + expectedFor(world, model, parameter, x, titleId, days, ending);
    double lo = expected.applyAsDouble(0);
    double hi = expected.applyAsDouble(1);
    if (target < lo || target > hi) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.ROOT,
              "no %s in [0, 1] gives %.3g expected members: the expectation ranges from %.4g to %.4g",
              parameter.name().toLowerCase(java.util.Locale.ROOT), target, lo, hi));
    }
    double solved =
        new BrentSolver(1e-12, 1e-12)
            .solve(200, x -> expected.applyAsDouble(x) - target, 0, 1, current(model, parameter));
    List<Sensitivity> table = new ArrayList<>();
    for (double f : FACTORS) {
      double x = Math.min(1, solved * f);
      table.add(new Sensitivity(f, x, expected.applyAsDouble(x)));
    }
    return new Result(persona, parameter, current(model, parameter),
        expected.applyAsDouble(current(model, parameter)), solved, expected.applyAsDouble(solved), table);
  }

  private static double current(PersonaModel p, Parameter parameter) {
    return parameter == Parameter.ADOPT ? p.spec.comfort().adopt() : p.spec.comfort().rewatch();
  }

  private static double expectedFor(
      World world, PersonaModel p, Parameter parameter, double x, int titleId, int days, LocalDate ending) {
    int item = -1;
    for (int i = 0; i < world.items.length; i++) {
      if (world.items[i].film() == titleId) {
        item = i;
      }
    }
    int k = -1;
    for (int i = 0; i < p.comfortItems.length; i++) {
      if (p.comfortItems[i] == item) {
        k = i;
      }
    }
    long end = ending.toEpochDay();
    double adopt = parameter == Parameter.ADOPT ? x : p.spec.comfort().adopt();
    double rewatch = parameter == Parameter.REWATCH ? x : p.spec.comfort().rewatch();
    return world.members() * p.spec.share()
        * StreakExpectation.probability(world, p, k, end - days + 1, end, adopt, rewatch);
  }
}
