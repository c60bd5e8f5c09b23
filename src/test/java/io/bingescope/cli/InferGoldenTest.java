package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.infer.Claim;
import io.bingescope.infer.GroundTruth;
import io.bingescope.infer.Inferences;
import io.bingescope.infer.ScorecardBuilder;
import io.bingescope.infer.WellnessRule;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.report.ClaimsWriter;
import io.bingescope.report.ScorecardReport;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every claim, confidence (to the last bit), evidence text and figure and scorecard count of
 * seeded simulated members, compared byte for byte with golden files written by the first
 * implementation of the inferences (that of a15175f, unchanged on main at ab582fe, whose simulator
 * made the members): a faster implementation must decide and word exactly the same, and score its
 * decisions without words as the claims with them. The environment variable {@code
 * BINGESCOPE_GOLDEN_WRITE=DIR} rewrites the files into DIR; when the simulator changes, rewrite
 * them with this test run on the infer package of ab582fe, not with the code under test. Deliberate
 * changes of what is claimed or how it is worded are the exception, rewritten with the code that makes
 * them and named here: the sleep window's minimum length (3 h) and confidence (0.2), and its quiet-hours
 * evidence in plain words (issue 14).
 */
class InferGoldenTest {
  private static final int MEMBERS = 400;

  @ParameterizedTest
  @CsvSource({
    "christmas-prince-2017, 11, episodes:100",
    "christmas-prince-2017, 12, hours:20",
    "office-binge-2018, 21, episodes:100",
    "office-binge-2018, 22, episodes:20",
    "tiny, 31, hours:2",
  })
  void claimsAndScorecard_matchTheFirstImplementation(String name, long seed, String rule)
      throws Exception {
    byte[] actual = render(name, seed, WellnessRule.parse(rule));
    String file = name + "-" + seed + ".txt.gz";
    String dir = System.getenv("BINGESCOPE_GOLDEN_WRITE");
    if (dir != null) {
      try (var out = new GZIPOutputStream(Files.newOutputStream(Path.of(dir, file)))) {
        out.write(actual);
      }
    }
    byte[] expected;
    try (InputStream in = getClass().getResourceAsStream("golden/" + file)) {
      assertThat(in).as("golden file " + file).isNotNull();
      expected = new GZIPInputStream(in).readAllBytes();
    }
    // Lines, so that a difference names the claim; then the bytes, so that nothing else differs.
    assertThat(new String(actual, StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(new String(expected, StandardCharsets.UTF_8).lines().toList());
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * Returns the claims about the scenario's first members as claims.jsonl and claims.csv rows,
   * every confidence in full, the claims about each member's first profile alone, and the
   * scorecard.
   */
  private static byte[] render(String name, long seed, WellnessRule rule) throws Exception {
    Scenario s = ScenarioLoader.load(name, List.of("seed=" + seed));
    World world = World.of(s);
    GroundTruth truth = ScenarioTruth.of(s);
    MemberGenerator gen = new MemberGenerator(world);
    Inferences inferences = new Inferences(rule);
    ScorecardBuilder scorer = new ScorecardBuilder(inferences, truth);
    ScorecardBuilder fromDecisions = new ScorecardBuilder(inferences, truth);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ClaimsWriter jsonWriter = new ClaimsWriter(jsonl, true);
    ClaimsWriter csvWriter = new ClaimsWriter(csv, false);
    csvWriter.writeHeader();
    StringBuilder exact = new StringBuilder();
    List<Claim> claims = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      History h = gen.generate(m);
      MemberTraits t = gen.traits();
      List<String> profiles = t.profiles().stream().map(MemberTraits.Profile::name).toList();
      claims.clear();
      inferences.run(h, world.catalog(), profiles, s.period().start(), s.period().end(), claims);
      scorer.add(t, claims);
      // run() decided before wording: the decisions are scored without their words.
      fromDecisions.add(t, inferences);
      assertThat(inferences.decided()).isEqualTo(claims.size());
      // A profile's own claims (as `profile --profile` makes them) go to the files only.
      if (m % 7 == 0 && !profiles.isEmpty()) {
        inferences.run(h, world.catalog(), profiles, s.period().start(), s.period().end(),
            profiles.get(0), claims);
      }
      jsonWriter.append(claims);
      csvWriter.append(claims);
      for (Claim c : claims) {
        exact.append(c.memberId()).append(' ').append(c.kind().code()).append(' ')
            .append(c.confidence());
        c.evidence().forEach(e -> exact.append(' ').append(e.figure()));
        exact.append('\n');
      }
    }
    jsonWriter.flush();
    csvWriter.flush();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(jsonl.toByteArray());
    all.write(csv.toByteArray());
    all.write(exact.toString().getBytes(StandardCharsets.UTF_8));
    ScorecardReport.writeCsv(all, scorer.build());
    assertThat(fromDecisions.build()).isEqualTo(scorer.build());
    return all.toByteArray();
  }
}
