package io.bingescope.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of inferences: {@link ClaimKind} names each, {@link Inferences} runs them all. */
class InferencesTest {

  @Test
  void registry_makesOneInferenceOfEachKind_inKindOrder() {
    Inferences inferences = new Inferences(WellnessRule.hours(30));
    List<Inference> all = inferences.all();
    assertThat(all).extracting(Inference::kind).containsExactly(ClaimKind.values());
    for (ClaimKind kind : ClaimKind.values()) {
      assertThat(inferences.of(kind).kind()).isEqualTo(kind);
    }
  }

  @Test
  void registry_givesTheWellnessRuleToTheWellnessCheck() {
    // A rule of 1 hour flags any member with an hour of viewing in a week; the default would not.
    Fixture.Views v = new Fixture.Views();
    v.daily(Fixture.PLAIN, Fixture.FIRST, Fixture.FIRST.plusDays(6), 20, 0, 1_200);
    Inferences inferences = new Inferences(WellnessRule.hours(1));
    inferences.decide(v.history(), Fixture.CATALOG, List.of("Ann"), Fixture.FIRST, Fixture.LAST, "");
    assertThat(inferences.decided(ClaimKind.WELLNESS_FLAG)).isEqualTo(1);
    Inferences byDefault = new Inferences();
    byDefault.decide(v.history(), Fixture.CATALOG, List.of("Ann"), Fixture.FIRST, Fixture.LAST, "");
    assertThat(byDefault.decided(ClaimKind.WELLNESS_FLAG)).isZero();
  }
}
