package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;

/**
 * How much of a title a view must cover to count as watching it (a qualifying view). Supplemental
 * rows (trailers, hooks, ...) never qualify at any level.
 */
public enum Level {
  /** The view lasted at least {@link Thresholds#starterS()} seconds, whatever the runtime. */
  STARTER,
  /** The view lasted at least {@link Thresholds#watcherShare()} of the runtime: the default. */
  WATCHER,
  /** The view lasted at least {@link Thresholds#completerShare()} of the runtime. */
  COMPLETER;

  /**
   * Returns the fewest whole seconds a view of a title with the given runtime must last to qualify.
   * Shares are compared as decimals: a 0.7 share of 1,000 s needs exactly 700 s.
   */
  public int minSeconds(int runtimeS, Thresholds t) {
    return switch (this) {
      case STARTER -> t.starterS();
      case WATCHER -> ceilShare(t.watcherShare(), runtimeS);
      case COMPLETER -> ceilShare(t.completerShare(), runtimeS);
    };
  }

  /** Returns whether a view of the given duration of a title with the given runtime qualifies. */
  public boolean qualifies(int durationS, int runtimeS, Thresholds t) {
    return durationS >= minSeconds(runtimeS, t);
  }

  /** Returns whether view {@code i} of the history qualifies; supplemental rows never do. */
  public boolean qualifies(History h, int i, Catalog c, Thresholds t) {
    return h.supplemental(i) == Supplemental.NONE
        && qualifies(h.durationS(i), c.title(h.title(i)).runtimeS(), t);
  }

  private static int ceilShare(double share, int runtimeS) {
    // 0.55 * 100 is 55.00000000000001 in binary floating point; the slack keeps a view of exactly
    // 55% qualifying. Shares with up to 6 decimals are never closer than 1e-6 to a whole second.
    return (int) Math.ceil(share * runtimeS - 1e-7);
  }
}
