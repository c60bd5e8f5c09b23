package io.bingescope.bench;

import io.bingescope.infer.Claim;
import io.bingescope.infer.Inferences;
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
  public static final int MEMBERS = Fixture.MEMBERS;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  Fixture fixture;
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

  @Setup
  public void setUp() throws Exception {
    fixture = new Fixture(scenario);
  }

  /**
   * Decides every claim about every member without wording them (what the scorecard and counts
   * need); returns the number of claims (BenchmarksTest).
   */
  @Benchmark
  public long decideAll(Counters counters, CpuTime cpu) {
    Fixture f = fixture;
    long started = cpu.now();
    long made = 0;
    for (int m = 0; m < MEMBERS; m++) {
      made += inferences.decide(f.histories[m], f.catalog, f.profiles.get(m), f.first, f.last, "");
    }
    cpu.add(started, MEMBERS, f.views);
    counters.members += MEMBERS;
    return made;
  }

  /**
   * Makes every claim about every member, in words; returns the number of claims
   * (BenchmarksTest).
   */
  @Benchmark
  public long inferAll(Counters counters, CpuTime cpu) {
    Fixture f = fixture;
    long started = cpu.now();
    long made = 0;
    for (int m = 0; m < MEMBERS; m++) {
      claims.clear();
      inferences.run(f.histories[m], f.catalog, f.profiles.get(m), f.first, f.last, claims);
      made += claims.size();
    }
    cpu.add(started, MEMBERS, f.views);
    counters.members += MEMBERS;
    return made;
  }
}
