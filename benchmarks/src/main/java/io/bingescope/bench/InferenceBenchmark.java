package io.bingescope.bench;

import io.bingescope.infer.Claim;
import io.bingescope.infer.Inferences;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Every inference of docs/inference.md over in-memory histories, on one thread (target: at least
 * 1 million members per second, no more than the analytics pass): deciding only ({@link
 * #decideAll}), and deciding and wording every claim ({@link #inferAll}). The histories are
 * generated once in setup; the {@code members} counter gives members per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InferenceBenchmark {
  /** Members in the fixture. */
  public static final int MEMBERS = 1024;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  History[] histories;
  List<List<String>> profiles;
  Catalog catalog;
  LocalDate first;
  LocalDate last;
  final Inferences inferences = new Inferences();
  final List<Claim> claims = new ArrayList<>();

  /** Members inferred, for members per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long members;

    @Setup(Level.Iteration)
    public void clear() {
      members = 0;
    }
  }

  /**
   * The benchmark thread's CPU time and the members inferred in it, per iteration: on a machine
   * shared with other jobs {@code cpuMembers / cpuNanos} is the rate while the thread ran, which
   * wall-clock rates are not.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long cpuMembers;

    @Setup(Level.Iteration)
    public void clear() {
      cpuNanos = 0;
      cpuMembers = 0;
    }

    long now() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  @Setup
  public void setUp() throws Exception {
    Scenario s = ScenarioLoader.load(scenario, List.of());
    World world = World.of(s);
    catalog = world.catalog();
    first = s.period().start();
    last = s.period().end();
    MemberGenerator gen = new MemberGenerator(world);
    histories = new History[MEMBERS];
    profiles = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      histories[m] = gen.generate(m).copy();
      profiles.add(gen.traits().profiles().stream().map(MemberTraits.Profile::name).toList());
    }
  }

  /**
   * Decides every claim about every member without wording them (what the scorecard and counts
   * need); returns the number of claims (BenchmarksTest).
   */
  @Benchmark
  public long decideAll(Counters counters, CpuTime cpu) {
    long started = cpu.now();
    long made = 0;
    for (int m = 0; m < MEMBERS; m++) {
      made += inferences.decide(histories[m], catalog, profiles.get(m), first, last, "");
    }
    cpu.cpuNanos += cpu.now() - started;
    cpu.cpuMembers += MEMBERS;
    counters.members += MEMBERS;
    return made;
  }

  /**
   * Makes every claim about every member, in words; returns the number of claims
   * (BenchmarksTest).
   */
  @Benchmark
  public long inferAll(Counters counters, CpuTime cpu) {
    long started = cpu.now();
    long made = 0;
    for (int m = 0; m < MEMBERS; m++) {
      claims.clear();
      inferences.run(histories[m], catalog, profiles.get(m), first, last, claims);
      made += claims.size();
    }
    cpu.cpuNanos += cpu.now() - started;
    cpu.cpuMembers += MEMBERS;
    counters.members += MEMBERS;
    return made;
  }
}
