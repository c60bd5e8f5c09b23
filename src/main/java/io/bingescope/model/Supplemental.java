package io.bingescope.model;

/**
 * The kind of a view's video: the title itself ({@link #NONE}) or supplemental material shown around it. Supplemental
 * views are logged by the platform but never count as watching the title.
 */
public enum Supplemental {
  NONE,
  TRAILER,
  HOOK,
  TEASER_TRAILER,
  PREVIEW,
  RECAP,
  PROMOTIONAL;

  private static final Supplemental[] VALUES = values();

  /** Returns the value with the given ordinal. */
  public static Supplemental of(int ordinal) {
    return VALUES[ordinal];
  }

  /** Returns the label used in output files: empty for {@link #NONE}, else the constant's name. */
  public String label() {
    return this == NONE ? "" : name();
  }
}
