package io.bingescope.infer;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import java.time.LocalDate;
import java.util.List;

/**
 * Every inference, run for one member at a time: observes the history once ({@link
 * Observations}) and lets each {@link Inference} append its claims. One instance per thread; it
 * reuses its scratch from member to member.
 */
public final class Inferences {
  private final Observations observations = new Observations();
  private final List<Inference> all;

  /** Creates the inferences with a wellness rule. */
  public Inferences(WellnessRule rule) {
    this.all =
        List.of(
            new SleepWindowInference(),
            new DisruptedSleepInference(),
            new HomeZoneInference(),
            new WeekdayAvailabilityInference(),
            new HouseholdInference(),
            new LifeEventInference(),
            new SensitiveAffinityInference(),
            new HolidayInference(),
            new BingeRacingInference(),
            new WellnessRuleInference(rule));
  }

  /** Creates the inferences with the default wellness rule. */
  public Inferences() {
    this(WellnessRule.DEFAULT);
  }

  /** Returns the inferences, one per {@link ClaimKind}, in kind order. */
  public List<Inference> all() {
    return all;
  }

  /** Returns the inference of a kind. */
  public Inference of(ClaimKind kind) {
    return all.get(kind.ordinal());
  }

  /**
   * Appends every claim about the member of {@code h} (in time order) over the period {@code [first,
   * last]} of local days to {@code out}, in kind order; {@code profileNames} names its profiles.
   */
  public void run(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      List<Claim> out) {
    run(h, c, profileNames, first, last, "", out);
  }

  /**
   * Appends the claims like {@link #run(History, Catalog, List, LocalDate, LocalDate, List)}, for
   * claims about one profile ({@code scope}, its name) or the whole account (empty).
   */
  public void run(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      String scope,
      List<Claim> out) {
    Observations o = observations.observe(h, c, profileNames, first, last, scope);
    for (Inference i : all) {
      i.infer(o, out);
    }
  }
}
