package io.bingescope.infer;

import java.util.Locale;

/**
 * A hypothetical wellness-check rule ("are you okay?"): flag a member whose figure over the
 * heaviest window of 7 x 24 hours reaches a threshold. The figure is either the most distinct
 * episodes of one series ({@code MemberMetrics#windowEpisodes()}) or the hours viewed ({@code
 * WindowHours}); definitions in docs/metrics.md. Netflix said it never contacts members about
 * their viewing; the rules are there to measure what such a rule would do.
 *
 * @param hours whether the figure is viewing hours (else episodes of one series)
 * @param threshold the episodes or hours that trigger the e-mail (at least 1)
 */
public record WellnessRule(boolean hours, int threshold) {

  /** The window of every rule, in days of 24 hours. */
  public static final int DAYS = 7;

  /** The life event the rules are scored against: the ground truth of "needed a check". */
  public static final String DEPRESSIVE = "depressive-episode";

  /**
   * The rule {@code infer} applies unless told otherwise: 100 episodes of one series in 7 days
   * (about 5 hours a day of one show), between the story's 188 and a heavy week.
   */
  public static final String DEFAULT_CODE = "episodes:100";

  /** The rule of {@link #DEFAULT_CODE}. */
  public static final WellnessRule DEFAULT = parse(DEFAULT_CODE);

  public WellnessRule {
    if (threshold < 1) {
      throw new IllegalArgumentException("a rule's threshold is at least 1: " + threshold);
    }
  }

  /** Returns the rule "episodes of one series in 7 days >= threshold". */
  public static WellnessRule episodes(int threshold) {
    return new WellnessRule(false, threshold);
  }

  /** Returns the rule "viewing hours in 7 days >= threshold". */
  public static WellnessRule hours(int threshold) {
    return new WellnessRule(true, threshold);
  }

  /**
   * Parses {@code episodes:N} or {@code hours:N}.
   *
   * @throws IllegalArgumentException with a message for the user when the text is neither
   */
  public static WellnessRule parse(String text) {
    int colon = text.indexOf(':');
    String what = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
    int n;
    try {
      n = colon < 0 ? 0 : Integer.parseInt(text.substring(colon + 1).trim());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || !(what.equals("episodes") || what.equals("hours"))) {
      throw new IllegalArgumentException(
          "expected a wellness rule episodes:N or hours:N with N >= 1, found '" + text + "'");
    }
    return new WellnessRule(what.equals("hours"), n);
  }

  /** Returns whether the rule contacts a member with these figures over 7 days. */
  public boolean contacts(int episodes, long weekSeconds) {
    return hours ? weekSeconds >= threshold * 3_600L : episodes >= threshold;
  }

  /** Returns the rule in plain words. */
  public String label() {
    return (hours ? "viewing hours in 7 days >= " : "episodes of one series in 7 days >= ")
        + threshold;
  }

  /** Returns the rule as {@link #parse} reads it. */
  public String code() {
    return (hours ? "hours:" : "episodes:") + threshold;
  }
}
