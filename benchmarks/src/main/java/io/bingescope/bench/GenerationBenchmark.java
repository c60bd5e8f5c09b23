package io.bingescope.bench;

import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
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
 * Generation without I/O, on one thread: members generated per second, and (as the {@code views} counter) views
 * generated per second. The target is 10 million views per second per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GenerationBenchmark {
  /** Members generated per benchmark call. */
  public static final int MEMBERS_PER_CALL = 64;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  MemberGenerator generator;
  long nextMember;
  long members;

  /** Counts views generated, reported by JMH as a rate beside the call rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long views;

    @Setup(Level.Iteration)
    public void clear() {
      views = 0;
    }
  }

  @Setup
  public void setUp() throws Exception {
    World world = World.of(ScenarioLoader.load(scenario, List.of()));
    generator = new MemberGenerator(world);
    members = world.members();
  }

  /** Generates the next members and returns how many views they have. */
  @Benchmark
  public long generate(Counters counters) {
    long views = 0;
    for (int i = 0; i < MEMBERS_PER_CALL; i++) {
      views += generator.generate(nextMember).size();
      nextMember = (nextMember + 1) % members;
    }
    counters.views += views;
    return views;
  }
}
