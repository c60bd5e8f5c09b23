package io.bingescope.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;

/** Derives independent generators from (scenario seed, stream, index). */
public final class Seeds {
  /** Stream of member generators. */
  public static final long MEMBERS = 0x6d656d62L;

  /** Stream of the catalog's generator. */
  public static final long CATALOG = 0x63617461L;

  private Seeds() {}

  /** Returns the generator of item {@code index} of {@code stream} for the run seeded with {@code seed}. */
  public static UniformRandomProvider generator(long seed, long stream, long index) {
    // SplitMix64 over a hash of the three inputs fills L64X128Mix's 4-long state; distinct (seed, stream, index)
    // triples give unrelated states, so members never share or split a generator.
    long s = mix(seed ^ mix(stream + 0x9E3779B97F4A7C15L) ^ mix(index * 0xBF58476D1CE4E5B9L + 1));
    long[] state = new long[4];
    for (int i = 0; i < 4; i++) {
      s += 0x9E3779B97F4A7C15L;
      state[i] = mix(s);
    }
    return new L64X128Mix(state);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
