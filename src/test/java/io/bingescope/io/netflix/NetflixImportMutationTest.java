package io.bingescope.io.netflix;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutates the fixture exports in seeded random ways (flipped, inserted and deleted bytes, stray
 * quotes, commas and line breaks, invalid UTF-8, duplicated and truncated lines) and checks each
 * outcome with {@link ImportInvariants}: a plain-JUnit complement to {@link NetflixImportFuzzTest},
 * whose regression mode replays only its committed corpus.
 */
class NetflixImportMutationTest {
  private static final List<String> FIXTURES =
      List.of("ViewingActivity.csv", "broken/ViewingActivity.csv", "NetflixViewingHistory-us.csv",
          "NetflixViewingHistory-de.csv", "NetflixViewingHistory-order.csv");
  private static final byte[] NASTY = {',', '"', '\n', '\r', 0, (byte) 0xC3, (byte) 0xFF, ';', ':',
    '/', '-', '1', '9', ' '};

  @Test
  void refusesOrImports_everyMutatedFixture() throws Exception {
    for (String fixture : FIXTURES) {
      byte[] original = NetflixExportTest.resource(fixture);
      for (int seed = 0; seed < 400; seed++) {
        SplittableRandom rng = new SplittableRandom(seed * 31L + fixture.hashCode());
        byte[] data = original;
        int mutations = 1 + rng.nextInt(4);
        for (int k = 0; k < mutations; k++) {
          data = mutate(data, rng);
        }
        ImportInvariants.check(data, ImportSettings.DEFAULTS);
        ImportInvariants.check(data, new ImportSettings(java.util.Optional.empty(), DateOrder.DMY,
            true));
      }
    }
  }

  private static byte[] mutate(byte[] data, SplittableRandom rng) {
    int n = data.length;
    int at = n == 0 ? 0 : rng.nextInt(n);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
    switch (rng.nextInt(6)) {
      case 0 -> { // flip a byte
        byte[] c = data.clone();
        if (n > 0) {
          c[at] = (byte) rng.nextInt(256);
        }
        return c;
      }
      case 1 -> { // insert a troublesome byte
        out.write(data, 0, at);
        out.write(NASTY[rng.nextInt(NASTY.length)]);
        out.write(data, at, n - at);
      }
      case 2 -> { // delete a range
        int len = Math.min(n - at, 1 + rng.nextInt(20));
        out.write(data, 0, at);
        out.write(data, at + len, n - at - len);
      }
      case 3 -> { // duplicate a stretch (often a line)
        int len = Math.min(n - at, 1 + rng.nextInt(120));
        out.write(data, 0, at + len);
        out.write(data, at, n - at);
      }
      case 4 -> { // truncate
        out.write(data, 0, at);
      }
      default -> { // replace a digit with another
        byte[] c = data.clone();
        for (int i = at; i < n; i++) {
          if (c[i] >= '0' && c[i] <= '9') {
            c[i] = (byte) ('0' + rng.nextInt(10));
            break;
          }
        }
        return c;
      }
    }
    return out.toByteArray();
  }
}
