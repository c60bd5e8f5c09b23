package io.bingescope.bench;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.Thresholds;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.reid.Choice;
import io.bingescope.reid.Setting;
import io.bingescope.reid.TargetSampler;
import io.bingescope.reid.Trace;
import io.bingescope.reid.UnicityMatcher;
import io.bingescope.reid.UnicityQueries;
import io.bingescope.reid.UnicityTally;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.time.LocalDate;
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
 * What unicity's matching pass adds to the pass it rides on (issue 16: at most 30%), for 10,000 targets and p = 1,
 * 2, 3, 4 and 8 (exact dates, random points): generation alone against generation with every member matched (a
 * fused run), and the metrics of {@code analyze} alone against the metrics with every member matched (a stored
 * run's pass, over in-memory histories). Each pair is measured in the same run; the ratio is the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class UnicityBenchmark {
  /** Members generated per call of the generation pair. */
  public static final int MEMBERS_PER_CALL = 64;
  /** Members of the in-memory fixture of the metrics pair. */
  public static final int FIXTURE = 1024;
  /** Targets per p. */
  public static final int TARGETS = 10_000;
  /** Members the targets are sampled from (ids 0 up); the passes read members after them. */
  public static final int SAMPLED_FROM = 40_000;
  static final int[] POINTS = {1, 2, 3, 4, 8};

  @Param({"christmas-prince-2017"})
  public String scenario;

  MemberGenerator generator;
  UnicityMatcher matcher;
  UnicityQueries queries;
  long nextMember;
  long members;
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
    generator = new MemberGenerator(world);
    members = world.members();
    TargetSampler sampler = new TargetSampler(1, POINTS, TARGETS);
    Trace trace = new Trace(catalog, Level.WATCHER, Thresholds.DEFAULTS);
    for (int m = 0; m < SAMPLED_FROM; m++) {
      History h = generator.generate(m);
      sampler.offer(h, trace.read(h));
    }
    queries = UnicityQueries.of(sampler, List.of(new Setting(Choice.RANDOM, 0)), null, catalog.size());
    matcher = new UnicityMatcher(queries, new Trace(catalog, Level.WATCHER, Thresholds.DEFAULTS),
        new UnicityTally(queries));
    histories = new History[FIXTURE];
    for (int m = 0; m < FIXTURE; m++) {
      histories[m] = generator.generate(SAMPLED_FROM + m).copy();
    }
    nextMember = SAMPLED_FROM;
  }

  private long next() {
    long m = nextMember++;
    if (nextMember >= members) {
      nextMember = SAMPLED_FROM;
    }
    return m;
  }

  /** The baseline of a fused run: generates members; returns their views. */
  @Benchmark
  public long generate() {
    long views = 0;
    for (int i = 0; i < MEMBERS_PER_CALL; i++) {
      views += generator.generate(next()).size();
    }
    return views;
  }

  /** Generates members and matches each against every target's points; returns their views. */
  @Benchmark
  public long generateAndMatch() {
    long views = 0;
    for (int i = 0; i < MEMBERS_PER_CALL; i++) {
      History h = generator.generate(next());
      matcher.accept(h);
      views += h.size();
    }
    return views;
  }

  /** The baseline of a stored run: analyze's metrics of every member of the fixture; returns the sittings. */
  @Benchmark
  public long metrics() {
    long sittings = 0;
    for (History h : histories) {
      sittings += metrics.compute(h, catalog, first, last).sittings();
    }
    return sittings;
  }

  /** The metrics and the matching of every member of the fixture; returns the sittings. */
  @Benchmark
  public long metricsAndMatch() {
    long sittings = 0;
    for (History h : histories) {
      sittings += metrics.compute(h, catalog, first, last).sittings();
      matcher.accept(h);
    }
    return sittings;
  }
}
