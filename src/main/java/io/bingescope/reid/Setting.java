package io.bingescope.reid;

/**
 * What the attacker knows of each point: how the points were chosen, and the date within {@code toleranceDays}
 * days either side ({@link #UNKNOWN}: the title only).
 */
public record Setting(Choice choice, int toleranceDays) {
  /** The tolerance of a date that is not known at all. */
  public static final int UNKNOWN = -1;

  public Setting {
    if (toleranceDays < UNKNOWN || toleranceDays > Trace.MAX_DAY_OFFSET) {
      throw new IllegalArgumentException("date tolerance out of range: " + toleranceDays);
    }
  }

  /** Returns the tolerance as written in files: a number of days, or {@code unknown}. */
  public String toleranceLabel() {
    return toleranceDays == UNKNOWN ? "unknown" : Integer.toString(toleranceDays);
  }
}
