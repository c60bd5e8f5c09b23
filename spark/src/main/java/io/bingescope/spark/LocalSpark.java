package io.bingescope.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in this JVM: the tests' and the local launcher's session, which listens on the loopback address only. */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * Returns a session on {@code threads} local cores ({@code local[threads]}) whose driver binds to and advertises
   * 127.0.0.1 and has no web UI, so it opens no port beyond the loopback address and contacts no other.
   */
  public static SparkSession start(int threads) {
    return SparkSession.builder()
        .appName("bingescope")
        .master("local[" + threads + "]")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(1, threads)))
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
