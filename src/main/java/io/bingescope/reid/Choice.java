package io.bingescope.reid;

import java.util.Locale;

/** How the attacker's p points are chosen from a target's trace. */
public enum Choice {
  /** p points drawn uniformly without replacement, as de Montjoye et al. do. */
  RANDOM,
  /** The p points viewed last: what a friend or a shared screen saw. */
  RECENT,
  /** The points of the p rarest titles (fewest members with a qualifying view; ties to the lower title id), each its earliest point. */
  RARE;

  /** Returns the name used in options and files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
