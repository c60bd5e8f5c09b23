package io.bingescope.infer;

/**
 * The kinds of conclusion a platform could draw about a member from views alone. Each kind is made
 * by one {@code Inference}; the scorecard scores each kind separately.
 */
public enum ClaimKind {
  /** The usual last and first viewing times of the day, local: when the member sleeps. */
  SLEEP_WINDOW("sleep window"),
  /** Late-night viewing on many nights. */
  DISRUPTED_SLEEP("disrupted sleep"),
  /** The member's home time zone, from the daily rhythm rather than the device's zone. */
  HOME_ZONE("home time zone"),
  /** Viewing during weekday working hours: not working, on holiday, on sick leave. */
  WEEKDAY_AVAILABILITY("weekday availability"),
  /** How many people share the account: profiles, concurrent streams, kids' titles. */
  HOUSEHOLD("household"),
  /** A sudden change against the member's own baseline: volume, night shift, comfort rewatching. */
  LIFE_EVENT("life event"),
  /** An affinity for titles with a sensitive tag (lgbtq, religious, health topics). */
  SENSITIVE_AFFINITY("sensitive affinity"),
  /** Watching holiday titles in their season. */
  HOLIDAY_OBSERVANCE("holiday observance"),
  /** Finishing a season within 24 hours of its release. */
  BINGE_RACING("binge racing"),
  /** Whether a wellness-check rule ("are you okay?") would flag the member. */
  WELLNESS_FLAG("wellness check");

  private final String label;

  ClaimKind(String label) {
    this.label = label;
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
