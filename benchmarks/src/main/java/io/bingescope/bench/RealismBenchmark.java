package io.bingescope.bench;

import io.bingescope.analytics.realism.RealismPass;
import io.bingescope.analytics.realism.RealismTally;
import io.bingescope.model.History;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.util.List;
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
 * The cost of the fused {@code realism} (issue 13: at most 20% on top of the generation it rides on), on one thread:
 * {@link #generate} generates members alone, {@link #generateAndMeasure} generates the same members (the same ids in
 * the same order, from member 0) and adds each to a {@link RealismPass} with its traits, as the fused command does.
 * Both count {@link #MEMBERS_PER_CALL} members per operation, so the ratio of their rates is the cost per member. On
 * a shared machine compare {@code cpuMembers / cpuNanos} (members per CPU-second of the benchmark thread), which
 * time-slicing does not distort, as InferenceBenchmark does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RealismBenchmark {
  /** Members generated per benchmark call. */
  public static final int MEMBERS_PER_CALL = 64;
  /** Batches of the tally, as the command keeps. */
  static final int BATCHES = 20;

  @Param({"christmas-prince-2017", "office-binge-2018"})
  public String scenario;

  MemberGenerator generator;
  RealismPass pass;
  RealismTally tally;
  long nextMember;
  long members;

  @Setup
  public void setUp() throws Exception {
    Scenario s = ScenarioLoader.load(scenario, List.of());
    World world = World.of(s);
    generator = new MemberGenerator(world);
    pass = new RealismPass(world.catalog(), s.period().start(), s.period().end());
    tally = new RealismTally(BATCHES);
    members = world.members();
  }

  /** Generates the next members; returns their views. */
  @Benchmark
  public long generate(GenerationBenchmark.Counters counters, CpuTime cpu) {
    long started = cpu.now();
    long views = 0;
    for (int i = 0; i < MEMBERS_PER_CALL; i++) {
      views += generator.generate(nextMember).size();
      nextMember = (nextMember + 1) % members;
    }
    cpu.add(started, MEMBERS_PER_CALL, views);
    counters.views += views;
    return views;
  }

  /** Generates the next members and measures each into the tally; returns their views. */
  @Benchmark
  public long generateAndMeasure(GenerationBenchmark.Counters counters, CpuTime cpu) {
    long started = cpu.now();
    long views = 0;
    for (int i = 0; i < MEMBERS_PER_CALL; i++) {
      History h = generator.generate(nextMember);
      pass.add(h, generator.traits(), tally);
      views += h.size();
      nextMember = (nextMember + 1) % members;
    }
    cpu.add(started, MEMBERS_PER_CALL, views);
    counters.views += views;
    return views;
  }
}
