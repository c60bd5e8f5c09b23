package io.bingescope.infer;

import static io.bingescope.infer.Fixture.TRUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.WorkPattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard's arithmetic on a small fixed confusion table, and how claims fill it. */
class ScorecardTest {

  @Test
  void shares_areTheirDefinitions_onAFixedTable() {
    Score s = new Score(ClaimKind.LIFE_EVENT, 10, 3, 1, 2, 4);
    assertThat(s.claimed()).isEqualTo(4);
    assertThat(s.precision().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(s.recall().getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(s.accuracy().getAsDouble()).isCloseTo(0.7, within(1e-12));
    Score none = new Score(ClaimKind.LIFE_EVENT, 4, 0, 0, 0, 4);
    assertThat(none.precision()).isEmpty();
    assertThat(none.recall()).isEmpty();
  }

  @Test
  void builder_putsEachMemberInOneCell_perScoredKind() {
    Inferences inferences = new Inferences();
    ScorecardBuilder a = new ScorecardBuilder(inferences, TRUTH);
    MemberTraits seeker = Fixture.traits("seeker", 0, 420, WorkPattern.NONE, 1, 0);
    MemberTraits plain = Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0);
    Claim lgbtq = new Claim(0, "", ClaimKind.SENSITIVE_AFFINITY, "lgbtq", "s", 0.99, List.of());
    Claim religious =
        new Claim(0, "", ClaimKind.SENSITIVE_AFFINITY, "religious", "s", 0.99, List.of());
    a.add(seeker, List.of(lgbtq)); // right: TP
    a.add(seeker, List.of(lgbtq, religious)); // one wrong claim: FP
    a.add(plain, List.of(lgbtq)); // FP
    ScorecardBuilder b = new ScorecardBuilder(inferences, TRUTH);
    b.add(seeker, List.of()); // FN
    b.add(plain, List.of()); // TN
    b.add(plain, new ArrayList<>()); // TN
    a.merge(b);
    Score s = score(a.build(), ClaimKind.SENSITIVE_AFFINITY);
    assertThat(List.of(s.members(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
        s.trueNegatives())).containsExactly(6L, 1L, 2L, 1L, 2L);
    Score household = score(a.build(), ClaimKind.HOUSEHOLD);
    assertThat(household.falseNegatives()).as("every member has a household").isEqualTo(6);
    assertThat(a.build().scores()).extracting(Score::kind)
        .doesNotContain(ClaimKind.BINGE_RACING);
  }

  @Test
  void builder_scoresOnlyKindsTheTruthCanJudge_withoutTheScenario() {
    ScorecardBuilder b = new ScorecardBuilder(new Inferences(),
        new GroundTruth(Fixture.FIRST, Fixture.LAST, null));
    assertThat(b.build().scores()).extracting(Score::kind).containsExactly(
        ClaimKind.SLEEP_WINDOW, ClaimKind.HOME_ZONE, ClaimKind.HOUSEHOLD, ClaimKind.LIFE_EVENT,
        ClaimKind.WELLNESS_FLAG);
  }

  private static Score score(Scorecard card, ClaimKind kind) {
    return card.scores().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }
}
