package io.bingescope.model;

/**
 * Something a figure or column needs the input to have recorded beyond the views themselves. An
 * input that lacks it (see {@link Observed}) leaves the figure unavailable rather than computing it
 * from stand-in values.
 */
public enum Need {
  /** Each view's start to the second on the device's local clock, not only its local date. */
  TIMES_OF_DAY,
  /** How long each view lasted. */
  DURATIONS,
  /** The titles' real release dates. */
  RELEASE_DATES
}
