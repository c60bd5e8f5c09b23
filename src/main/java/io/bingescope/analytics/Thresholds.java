package io.bingescope.analytics;

/**
 * The durations that make a view count as watching its title at each {@link Level}.
 *
 * @param starterS the fewest seconds a view must last at {@link Level#STARTER} (default 120)
 * @param watcherShare the share of the runtime a view must last at {@link Level#WATCHER} (0.7)
 * @param completerShare the share of the runtime a view must last at {@link Level#COMPLETER} (0.9)
 */
public record Thresholds(int starterS, double watcherShare, double completerShare) {

  /** Netflix's 2017 rules: 2 minutes to start a title, 70% of it to have watched it. */
  public static final Thresholds DEFAULTS = new Thresholds(120, 0.7, 0.9);

  public Thresholds {
    if (starterS < 0) {
      throw new IllegalArgumentException("starter seconds must not be negative: " + starterS);
    }
    checkShare("watcher", watcherShare);
    checkShare("completer", completerShare);
  }

  private static void checkShare(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " share must be within [0, 1]: " + share);
    }
  }
}
