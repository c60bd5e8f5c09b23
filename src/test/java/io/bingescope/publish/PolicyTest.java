package io.bingescope.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolicyTest {
  @Test
  void parse_readsEachSpelling() {
    assertEquals(new Policy.Raw(), Policy.parse("raw", 1, false));
    assertEquals(new Policy.Threshold(11), Policy.parse("threshold:11", 1, false));
    Policy.Dp dp = (Policy.Dp) Policy.parse("dp:epsilon=0.50", 3, true);
    assertEquals("dp:epsilon=0.5", dp.spelling());
    assertTrue(dp.clamp());
  }

  @Test
  void noise_isEpsilonOverMaxCellsAsAnExactFraction() {
    assertEquals(new DiscreteLaplace(1, 6), ((Policy.Dp) Policy.parse("dp:epsilon=0.5", 3, false)).noise());
    assertEquals(new DiscreteLaplace(1, 1), ((Policy.Dp) Policy.parse("dp:epsilon=1", 1, false)).noise());
    assertEquals(new DiscreteLaplace(20, 1), ((Policy.Dp) Policy.parse("dp:epsilon=2E1", 1, false)).noise());
    assertEquals(new DiscreteLaplace(1, 8), ((Policy.Dp) Policy.parse("dp:epsilon=0.125", 1, false)).noise());
  }

  @Test
  void parse_refusesWithWhatWasExpected() {
    for (String bad : new String[] {"", "threshold:", "threshold:0", "dp:epsilon=0", "dp:epsilon=-1", "dp:eps=1",
        "dp:epsilon=x", "dp:epsilon=1001", "RAW"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.parse(bad, 1, false));
      assertTrue(e.getMessage().contains("expected raw, threshold:K"), bad + ": " + e.getMessage());
    }
  }
}
