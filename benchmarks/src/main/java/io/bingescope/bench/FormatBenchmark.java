package io.bingescope.bench;

import io.bingescope.io.ByteBuf;
import io.bingescope.io.RecordFormat;
import io.bingescope.io.run.OutputFormat;
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
 * Generation followed by formatting the views as CSV or JSONL into memory, on one thread: what a worker thread of
 * {@code simulate} does per member. Compare with {@link GenerationBenchmark} in the same run to see the cost of
 * formatting; the {@code views} counter gives views per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FormatBenchmark {
  @Param({"christmas-prince-2017"})
  public String scenario;

  @Param({"CSV", "JSONL"})
  public String format;

  MemberGenerator generator;
  RecordFormat views;
  final ByteBuf buffer = new ByteBuf(1 << 20);
  long nextMember;
  long members;

  @Setup
  public void setUp() throws Exception {
    World world = World.of(ScenarioLoader.load(scenario, List.of()));
    generator = new MemberGenerator(world);
    views = OutputFormat.valueOf(format).layout(world.catalog(), world.vocabulary()).views();
    members = world.members();
  }

  /** Generates and formats the next members; returns the bytes formatted. */
  @Benchmark
  public long generateAndFormat(GenerationBenchmark.Counters counters) {
    buffer.reset();
    long rows = 0;
    for (int i = 0; i < GenerationBenchmark.MEMBERS_PER_CALL; i++) {
      generator.generate(nextMember);
      rows += views.append(generator.traits(), generator.history(), buffer);
      nextMember = (nextMember + 1) % members;
    }
    counters.views += rows;
    return buffer.size();
  }
}
