package io.bingescope.publish;

import java.security.SecureRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Where a release's noise comes from: {@link SecureRandom} (the default: private), or a seeded generator for
 * reproducible classroom demonstrations, which is not private (anyone with the seed can subtract the noise).
 *
 * @param rng the generator; every draw is an exact bounded integer
 * @param description how the noise was drawn, for release.json and the ledger
 * @param seeded whether the noise can be reproduced from a seed
 */
public record Noise(UniformRandomProvider rng, String description, boolean seeded) {

  /** The label of a seeded release, in its output and in the ledger. */
  public static final String NOT_PRIVATE = "not private: seeded noise";

  /** Returns noise from the operating system's {@link SecureRandom}. */
  public static Noise secure() {
    SecureRandom random = new SecureRandom();
    return new Noise(random::nextLong, "SecureRandom (" + random.getAlgorithm() + ")", false);
  }

  /** Returns reproducible noise from Commons RNG's L64X128Mix seeded with {@code seed}. */
  public static Noise seeded(long seed) {
    return new Noise(RandomSource.L64_X128_MIX.create(seed), "L64X128Mix seeded with " + seed + ": " + NOT_PRIVATE,
        true);
  }
}
