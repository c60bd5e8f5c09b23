package io.bingescope.bench;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.History;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every member metric of docs/metrics.md over in-memory histories, on one thread (target: 50 million views per
 * second per thread). The histories are generated once in setup; the {@code views} counter gives views per second.
 * The members are a {@link Fixture}, the same as {@link InferenceBenchmark}'s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricsBenchmark {
  /** Members in the fixture. */
  public static final int MEMBERS = Fixture.MEMBERS;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  Fixture fixture;
  final MemberMetrics metrics = new MemberMetrics();

  @Setup
  public void setUp() throws Exception {
    fixture = new Fixture(scenario);
  }

  /** Computes every metric of every member; returns the sum of sittings (checked by BenchmarksTest). */
  @Benchmark
  public long computeAll(GenerationBenchmark.Counters counters, CpuTime cpu) {
    Fixture f = fixture;
    long started = cpu.now();
    long sittings = 0;
    for (History h : f.histories) {
      sittings += metrics.compute(h, f.catalog, f.first, f.last).sittings();
    }
    cpu.add(started, MEMBERS, f.views);
    counters.views += f.views;
    return sittings;
  }
}
