package io.bingescope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each benchmark method once, outside JMH, and checks its result, so a benchmark never measures broken code. */
class BenchmarksTest {

  @Test
  void generationReturnsTheViewsOfTheMembersItGenerated() throws Exception {
    GenerationBenchmark b = new GenerationBenchmark();
    b.scenario = "office-binge-2018";
    b.setUp();
    GenerationBenchmark.Counters c = new GenerationBenchmark.Counters();
    long views = b.generate(c);
    MemberGenerator reference =
        new MemberGenerator(World.of(ScenarioLoader.load("office-binge-2018", List.of())));
    long expected = 0;
    for (int m = 0; m < GenerationBenchmark.MEMBERS_PER_CALL; m++) {
      expected += reference.generate(m).size();
    }
    assertThat(views).isEqualTo(expected).isPositive();
    assertThat(c.views).isEqualTo(expected);
    assertThat(b.generate(c)).as("the next call moves on to the next members").isPositive();
  }

  @Test
  void formattingReturnsTheBytesOfOneCsvRowPerView() throws Exception {
    FormatBenchmark b = new FormatBenchmark();
    b.scenario = "christmas-prince-2017";
    b.format = "CSV";
    b.setUp();
    GenerationBenchmark.Counters c = new GenerationBenchmark.Counters();
    long bytes = b.generateAndFormat(c);
    String text = new String(b.buffer.toByteArray(), StandardCharsets.UTF_8);
    assertThat(bytes).isEqualTo(b.buffer.size()).isPositive();
    assertThat(text.lines().count()).isEqualTo(c.views);
    assertThat(text.lines()).allMatch(l -> l.matches("\\d+,.*,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,.*"));
  }

  @Test
  void metricsReturnTheSittingsOfEveryMemberOfTheFixture() throws Exception {
    MetricsBenchmark b = new MetricsBenchmark();
    b.scenario = "office-binge-2018";
    b.setUp();
    GenerationBenchmark.Counters c = new GenerationBenchmark.Counters();
    CpuTime cpu = new CpuTime();
    long sittings = b.computeAll(c, cpu);
    // Independently: regenerate the same members and count with a fresh metrics object.
    World world = World.of(ScenarioLoader.load("office-binge-2018", List.of()));
    MemberGenerator gen = new MemberGenerator(world);
    io.bingescope.analytics.MemberMetrics fresh = new io.bingescope.analytics.MemberMetrics();
    long expected = 0;
    long views = 0;
    for (int m = 0; m < MetricsBenchmark.MEMBERS; m++) {
      io.bingescope.model.History h = gen.generate(m);
      views += h.size();
      expected += fresh.compute(h, world.catalog(), b.fixture.first, b.fixture.last).sittings();
    }
    assertThat(sittings).isEqualTo(expected).isPositive();
    assertThat(c.views).isEqualTo(views);
    assertThat(cpu.cpuViews).isEqualTo(views);
    assertThat(cpu.cpuMembers).isEqualTo(MetricsBenchmark.MEMBERS);
    assertThat(cpu.cpuNanos).isPositive();
  }

  @Test
  void inferenceReturnsTheClaimsAboutEveryMemberOfTheFixture() throws Exception {
    InferenceBenchmark b = new InferenceBenchmark();
    b.scenario = "office-binge-2018";
    b.setUp();
    InferenceBenchmark.Counters c = new InferenceBenchmark.Counters();
    CpuTime cpu = new CpuTime();
    long claims = b.inferAll(c, cpu);
    // Independently: regenerate the same members and infer with a fresh Inferences.
    World world = World.of(ScenarioLoader.load("office-binge-2018", List.of()));
    MemberGenerator gen = new MemberGenerator(world);
    io.bingescope.infer.Inferences fresh = new io.bingescope.infer.Inferences();
    List<io.bingescope.infer.Claim> out = new java.util.ArrayList<>();
    long views = 0;
    for (int m = 0; m < InferenceBenchmark.MEMBERS; m++) {
      io.bingescope.model.History h = gen.generate(m);
      views += h.size();
      fresh.run(h, world.catalog(), gen.traits().profiles().stream()
          .map(io.bingescope.model.MemberTraits.Profile::name).toList(), b.fixture.first, b.fixture.last, out);
    }
    assertThat(claims).isEqualTo(out.size()).isGreaterThan(InferenceBenchmark.MEMBERS);
    assertThat(c.members).isEqualTo(InferenceBenchmark.MEMBERS);
    assertThat(cpu.cpuMembers).isEqualTo(InferenceBenchmark.MEMBERS);
    assertThat(cpu.cpuViews).isEqualTo(views);
    assertThat(cpu.cpuNanos).isPositive();
    assertThat(b.inferAll(c, cpu)).as("the same claims again: no state leaks between calls")
        .isEqualTo(claims);
    assertThat(b.decideAll(c, cpu)).as("deciding counts the claims that wording writes")
        .isEqualTo(claims);
    assertThat(c.members).isEqualTo(3L * InferenceBenchmark.MEMBERS);
    assertThat(cpu.cpuMembers).isEqualTo(3L * InferenceBenchmark.MEMBERS);
  }

  @Test
  void unicityPairsReturnTheSameAsTheirBaselines_andTheMatcherCountsEveryMember() throws Exception {
    UnicityBenchmark b = new UnicityBenchmark();
    b.scenario = "christmas-prince-2017";
    b.setUp();
    assertThat(b.queries.targets(4)).hasSize(UnicityBenchmark.TARGETS);
    long base = b.generate();
    b.nextMember = UnicityBenchmark.SAMPLED_FROM;
    assertThat(b.generateAndMatch()).isEqualTo(base).isPositive();
    assertThat(b.metricsAndMatch()).isEqualTo(b.metrics()).isPositive();
    assertThat(b.matcher.tally().members()).isEqualTo(UnicityBenchmark.MEMBERS_PER_CALL + UnicityBenchmark.FIXTURE);
  }

  @Test
  void realismMeasuresTheMembersItGeneratesAndBothMethodsGenerateTheSameOnes() throws Exception {
    RealismBenchmark b = new RealismBenchmark();
    b.scenario = "office-binge-2018";
    b.setUp();
    GenerationBenchmark.Counters c = new GenerationBenchmark.Counters();
    CpuTime cpu = new CpuTime();
    long measured = b.generateAndMeasure(c, cpu);
    RealismBenchmark alone = new RealismBenchmark();
    alone.scenario = "office-binge-2018";
    alone.setUp();
    assertThat(alone.generate(new GenerationBenchmark.Counters(), cpu)).as("generation alone, same members")
        .isEqualTo(measured);
    // Independently: the same members through a fresh generator and pass give the same figures.
    io.bingescope.scenario.Scenario s = ScenarioLoader.load("office-binge-2018", List.of());
    World world = World.of(s);
    MemberGenerator gen = new MemberGenerator(world);
    io.bingescope.analytics.realism.RealismPass pass =
        new io.bingescope.analytics.realism.RealismPass(world.catalog(), s.period().start(), s.period().end());
    io.bingescope.analytics.realism.RealismTally expected =
        new io.bingescope.analytics.realism.RealismTally(RealismBenchmark.BATCHES);
    long views = 0;
    for (int m = 0; m < RealismBenchmark.MEMBERS_PER_CALL; m++) {
      io.bingescope.model.History h = gen.generate(m);
      pass.add(h, gen.traits(), expected);
      views += h.size();
    }
    assertThat(measured).isEqualTo(views).isPositive();
    assertThat(c.views).isEqualTo(views);
    assertThat(b.tally.members()).isEqualTo(RealismBenchmark.MEMBERS_PER_CALL);
    assertThat(cpu.cpuMembers).isEqualTo(2L * RealismBenchmark.MEMBERS_PER_CALL);
    assertThat(io.bingescope.analytics.realism.RealismResults.of(b.tally, s.period().start(), s.period().end(), null))
        .isEqualTo(io.bingescope.analytics.realism.RealismResults.of(expected, s.period().start(),
            s.period().end(), null));
  }
}
