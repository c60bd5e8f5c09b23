package io.bingescope.bench;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 *
 * <p>The fixture holds 1,024 distinct members on purpose: the pass is bound by mispredicted branches, and a CPU
 * learns the branches of a few members computed over and over (64 members repeated ran 1.5 to 2 times faster).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricsBenchmark {
  /** Members in the fixture. */
  public static final int MEMBERS = 1024;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  History[] histories;
  Catalog catalog;
  LocalDate first;
  LocalDate last;
  final MemberMetrics metrics = new MemberMetrics();

  @Setup
  public void setUp() throws Exception {
    Scenario s = ScenarioLoader.load(scenario, List.of());
    World world = World.of(s);
    catalog = world.catalog();
    first = s.period().start();
    last = s.period().end();
    MemberGenerator gen = new MemberGenerator(world);
    histories = new History[MEMBERS];
    for (int m = 0; m < MEMBERS; m++) {
      histories[m] = gen.generate(m).copy();
    }
  }

  /**
   * The benchmark thread's CPU time and the views computed in it, per iteration: on a machine shared with other jobs
   * {@code cpuViews / cpuNanos} is the rate while the thread ran, which wall-clock rates are not.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long cpuViews;

    @Setup(Level.Iteration)
    public void clear() {
      cpuNanos = 0;
      cpuViews = 0;
    }

    long now() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  /** Computes every metric of every member; returns the sum of sittings (checked by BenchmarksTest). */
  @Benchmark
  public long computeAll(GenerationBenchmark.Counters counters, CpuTime cpu) {
    long started = cpu.now();
    long sittings = 0;
    long views = 0;
    for (History h : histories) {
      sittings += metrics.compute(h, catalog, first, last).sittings();
      views += h.size();
    }
    cpu.cpuNanos += cpu.now() - started;
    cpu.cpuViews += views;
    counters.views += views;
    return sittings;
  }
}
