package io.bingescope.reid;

import java.util.Arrays;

/** Chooses a target's p points by a {@link Choice}: deterministic given the seed, the member and p. */
public final class PointChoice {
  private PointChoice() {}

  /**
   * Returns p points of the target in key order. {@code supports} is needed for {@link Choice#RARE} only (null
   * otherwise).
   */
  public static long[] choose(Target t, int p, Choice choice, long seed, Supports supports) {
    long[] keys = t.keys();
    if (p > keys.length) {
      throw new IllegalArgumentException("member " + t.memberId() + " has " + keys.length + " points, not " + p);
    }
    long[] out;
    switch (choice) {
      case RANDOM -> {
        // A partial Fisher-Yates shuffle driven by SplitMix64 seeded by (seed, member, p).
        long[] a = keys.clone();
        long state = Ranks.mix(Ranks.mix(seed ^ 0x7A2D_6E0F_1B3CL) + t.memberId()) ^ ((long) p << 40);
        for (int i = 0; i < p; i++) {
          state += 0x9E37_79B9_7F4A_7C15L;
          int j = i + (int) Long.remainderUnsigned(Ranks.mix(state), a.length - i);
          long x = a[i];
          a[i] = a[j];
          a[j] = x;
        }
        out = Arrays.copyOf(a, p);
      }
      case RECENT -> {
        long[] last = t.byLastView();
        out = Arrays.copyOfRange(last, last.length - p, last.length);
      }
      case RARE -> {
        if (supports == null) {
          throw new IllegalArgumentException("the rare choice needs the supports");
        }
        // Rarest title first, equally rare titles by their earliest point; a title's points are adjacent, earliest first.
        Long[] order = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) {
          order[i] = keys[i];
        }
        Arrays.sort(order, (a, b) -> {
          int c = Long.compare(supports.of(Trace.title(a)), supports.of(Trace.title(b)));
          return c != 0 ? c : Long.compare(a, b);
        });
        // One point per title first (its earliest), then, if the target has fewer titles than p, its other points.
        out = new long[p];
        boolean[] used = new boolean[order.length];
        int n = 0;
        int lastTitle = -1;
        for (int i = 0; i < order.length && n < p; i++) {
          int title = Trace.title(order[i]);
          if (title != lastTitle) {
            out[n++] = order[i];
            used[i] = true;
          }
          lastTitle = title;
        }
        for (int i = 0; i < order.length && n < p; i++) {
          if (!used[i]) {
            out[n++] = order[i];
          }
        }
      }
      default -> throw new AssertionError(choice);
    }
    Arrays.sort(out);
    return out;
  }
}
