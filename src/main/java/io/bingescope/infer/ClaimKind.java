package io.bingescope.infer;

import java.util.function.Function;

/**
 * The kinds of conclusion a platform could draw about a member from views alone, and the registry
 * of the inferences: each kind names the {@link Inference} that makes it, so a new inference is its
 * class and one entry here ({@link Inferences} runs them in this order, and a reference for it
 * joins {@code ReferenceInferences} in the tests). The scorecard scores each kind separately.
 */
public enum ClaimKind {
  /** The usual last and first viewing times of the day, local: when the member sleeps. */
  SLEEP_WINDOW("sleep window", rule -> new SleepWindowInference()),
  /** Late-night viewing on many nights. */
  DISRUPTED_SLEEP("disrupted sleep", rule -> new DisruptedSleepInference()),
  /** The member's home time zone, from the daily rhythm rather than the device's zone. */
  HOME_ZONE("home time zone", rule -> new HomeZoneInference()),
  /** Viewing during weekday working hours: not working, on holiday, on sick leave. */
  WEEKDAY_AVAILABILITY(
      "weekday availability", rule -> new WeekdayAvailabilityInference()),
  /** How many people share the account: profiles, concurrent streams, kids' titles. */
  HOUSEHOLD("household", rule -> new HouseholdInference()),
  /** A sudden change against the member's own baseline: volume, night shift, comfort rewatching. */
  LIFE_EVENT("life event", rule -> new LifeEventInference()),
  /** An affinity for titles with a sensitive tag (lgbtq, religious, health topics). */
  SENSITIVE_AFFINITY("sensitive affinity", rule -> new SensitiveAffinityInference()),
  /** Watching holiday titles in their season. */
  HOLIDAY_OBSERVANCE("holiday observance", rule -> new HolidayInference()),
  /** Finishing a season within 24 hours of its release. */
  BINGE_RACING("binge racing", rule -> new BingeRacingInference()),
  /** Whether a wellness-check rule ("are you okay?") would flag the member. */
  WELLNESS_FLAG("wellness check", WellnessRuleInference::new);

  private final String label;
  private final Function<WellnessRule, Inference> factory;

  ClaimKind(String label, Function<WellnessRule, Inference> factory) {
    this.label = label;
    this.factory = factory;
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
