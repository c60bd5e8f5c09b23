package io.bingescope.sim;

/** Gives tests of other packages the worlds of the simulator's test scenarios. */
public final class SimWorlds {
  private SimWorlds() {}

  /** Returns the world of the DST test scenario: Oct 25 to Nov 10 2017, US, GB and IN zones. */
  public static World dst(long members, long seed) {
    return World.of(TestScenarios.dstScenario(members, seed));
  }
}
