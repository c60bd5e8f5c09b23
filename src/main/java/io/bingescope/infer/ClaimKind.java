package io.bingescope.infer;

import static io.bingescope.model.Need.DURATIONS;
import static io.bingescope.model.Need.RELEASE_DATES;
import static io.bingescope.model.Need.TIMES_OF_DAY;

import io.bingescope.model.Need;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The kinds of conclusion a platform could draw about a member from views alone, and the registry
 * of the inferences: each kind names the {@link Inference} that makes it, so a new inference is its
 * class and one entry here ({@link Inferences} runs them in this order, and a reference for it
 * joins {@code ReferenceInferences} in the tests). The scorecard scores each kind separately.
 */
public enum ClaimKind {
  /** The usual last and first viewing times of the day, local: when the member sleeps. */
  SLEEP_WINDOW(
      "sleep window", EnumSet.of(TIMES_OF_DAY, DURATIONS), rule -> new SleepWindowInference()),
  /** Late-night viewing on many nights. */
  DISRUPTED_SLEEP(
      "disrupted sleep", EnumSet.of(TIMES_OF_DAY, DURATIONS), rule -> new DisruptedSleepInference()),
  /** The member's home time zone, from the daily rhythm rather than the device's zone. */
  HOME_ZONE("home time zone", EnumSet.of(TIMES_OF_DAY), rule -> new HomeZoneInference()),
  /** Viewing during weekday working hours: not working, on holiday, on sick leave. */
  WEEKDAY_AVAILABILITY(
      "weekday availability", EnumSet.of(TIMES_OF_DAY, DURATIONS),
      rule -> new WeekdayAvailabilityInference()),
  /** How many people share the account: profiles, concurrent streams, kids' titles. */
  HOUSEHOLD(
      "household", EnumSet.of(TIMES_OF_DAY, DURATIONS), rule -> new HouseholdInference()),
  /** A sudden change against the member's own baseline: volume, night shift, comfort rewatching. */
  LIFE_EVENT(
      "life event", EnumSet.of(TIMES_OF_DAY, DURATIONS), rule -> new LifeEventInference()),
  /** An affinity for titles with a sensitive tag (lgbtq, religious, health topics). */
  SENSITIVE_AFFINITY(
      "sensitive affinity", EnumSet.noneOf(Need.class), rule -> new SensitiveAffinityInference()),
  /** Watching holiday titles in their season. */
  HOLIDAY_OBSERVANCE(
      "holiday observance", EnumSet.noneOf(Need.class), rule -> new HolidayInference()),
  /** Finishing a season within 24 hours of its release. */
  BINGE_RACING("binge racing", EnumSet.of(RELEASE_DATES), rule -> new BingeRacingInference()),
  /** Whether a wellness-check rule ("are you okay?") would flag the member. */
  WELLNESS_FLAG(
      "wellness check", EnumSet.noneOf(Need.class), WellnessRuleInference::new);

  private final String label;
  private final Set<Need> needs;
  private final Function<WellnessRule, Inference> factory;

  ClaimKind(String label, Set<Need> needs, Function<WellnessRule, Inference> factory) {
    this.label = label;
    this.needs = Collections.unmodifiableSet(needs);
    this.factory = factory;
  }

  /**
   * Returns what the input must have recorded for the kind's inference to read real values rather
   * than an import's stand-ins (docs/inference.md); claims of a kind the input cannot support are
   * withheld.
   */
  public Set<Need> needs() {
    return needs;
  }

  /**
   * Returns a new instance of the inference that makes this kind of claim, applying {@code rule}
   * where it is the wellness check.
   */
  Inference newInference(WellnessRule rule) {
    return factory.apply(rule);
  }

  /** Returns the kind in plain words, for tables and reports. */
  public String label() {
    return label;
  }

  /** Returns the kind as written in files: lower case with dashes ({@code sleep-window}). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
