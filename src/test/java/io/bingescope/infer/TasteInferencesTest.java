package io.bingescope.infer;

import static io.bingescope.infer.Fixture.FIRST;
import static io.bingescope.infer.Fixture.KIDS;
import static io.bingescope.infer.Fixture.LGBTQ;
import static io.bingescope.infer.Fixture.PLAIN;
import static io.bingescope.infer.Fixture.TRUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.WorkPattern;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Affinities, household, binge racing and the wellness rule on hand-made histories. */
class TasteInferencesTest {

  /** Films watched one a day from the first day, the given ones first. */
  private static History films(int... ids) {
    Fixture.Views v = new Fixture.Views();
    for (int i = 0; i < ids.length; i++) {
      v.view(ids[i], FIRST.plusDays(i).atTime(20, 0), 5_400);
    }
    return v.history();
  }

  @Test
  void sensitiveAffinity_isClaimed_forMoreTaggedTitlesThanChanceGives() {
    History h = films(LGBTQ, LGBTQ + 1, LGBTQ + 2, PLAIN, PLAIN + 1, PLAIN + 2, PLAIN + 3);
    assertThat(Fixture.claims(h, ClaimKind.SENSITIVE_AFFINITY)).singleElement()
        .satisfies(c -> {
          assertThat(c.value()).isEqualTo("lgbtq");
          assertThat(c.confidence()).isGreaterThan(1 - TagAffinity.ALPHA);
        });
  }

  @Test
  void sensitiveAffinity_isNotClaimed_forOneTaggedTitleOrNone() {
    assertThat(Fixture.claims(films(LGBTQ, PLAIN, PLAIN + 1, PLAIN + 2),
        ClaimKind.SENSITIVE_AFFINITY)).isEmpty();
    assertThat(Fixture.claims(films(PLAIN, PLAIN + 1, PLAIN + 2, PLAIN + 3),
        ClaimKind.SENSITIVE_AFFINITY)).isEmpty();
  }

  @Test
  void affinities_areRight_whenThePersonaSeeksTheTag() {
    SensitiveAffinityInference s = new SensitiveAffinityInference();
    Claim c = new Claim(0, "", ClaimKind.SENSITIVE_AFFINITY, "lgbtq", "s", 0.99, List.of());
    assertThat(s.right(c, Fixture.traits("seeker", 0, 420, WorkPattern.NONE, 1, 0), TRUTH))
        .isTrue();
    assertThat(s.right(c, Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0), TRUTH))
        .as("an affinity of 1 is no affinity").isFalse();
    HolidayInference holiday = new HolidayInference();
    assertThat(holiday.truth(Fixture.traits("seeker", 0, 420, WorkPattern.NONE, 1, 0), TRUTH))
        .isTrue();
  }

  @Test
  void holiday_isClaimed_forSeveralHolidayTitles() {
    History h = films(Fixture.HOLIDAY, Fixture.HOLIDAY + 1, Fixture.HOLIDAY + 2, PLAIN);
    assertThat(Fixture.claims(h, ClaimKind.HOLIDAY_OBSERVANCE)).hasSize(1);
  }

  @Test
  void upperTail_matchesExactBinomialSums_onRandomCases() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      int n = 1 + r.nextInt(60);
      int k = r.nextInt(n + 2);
      double p = r.nextDouble() * 0.5;
      assertThat(TagAffinity.upperTail(n, k, p)).as("n=%d k=%d p=%f", n, k, p)
          .isCloseTo(exactTail(n, k, p), within(1e-9));
    }
  }

  private static double exactTail(int n, int k, double p) {
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal bp = new BigDecimal(p);
    BigDecimal bq = BigDecimal.ONE.subtract(bp);
    for (int j = Math.max(k, 0); j <= n; j++) {
      BigDecimal choose = BigDecimal.ONE;
      for (int m = 0; m < j; m++) {
        choose = choose.multiply(BigDecimal.valueOf(n - m)).divide(BigDecimal.valueOf(m + 1), mc);
      }
      sum = sum.add(choose.multiply(bp.pow(j, mc)).multiply(bq.pow(n - j, mc)), mc);
    }
    return sum.doubleValue();
  }

  @Test
  void household_countsProfilesThatWatched_andAKidsProfile() {
    Fixture.Views v = new Fixture.Views();
    for (int d = 0; d < 5; d++) {
      v.view(0, PLAIN, FIRST.plusDays(d).atTime(20, 0), 3_600)
          .view(1, PLAIN + 1, FIRST.plusDays(d).atTime(20, 30), 3_600)
          .view(2, KIDS + d % 5, FIRST.plusDays(d).atTime(17, 0), 3_600);
    }
    Claim c = Fixture.claims(v.history(), ClaimKind.HOUSEHOLD).get(0);
    assertThat(c.value()).isEqualTo("2+kids");
    HouseholdInference household = new HouseholdInference();
    assertThat(household.right(c, Fixture.traits("plain", 0, 420, WorkPattern.NONE, 2, 3), TRUTH))
        .isTrue();
    assertThat(household.right(c, Fixture.traits("plain", 0, 420, WorkPattern.NONE, 2, 0), TRUTH))
        .isFalse();
    assertThat(c.evidence().get(3).figure()).as("views while another profile watched").isEqualTo(5);
  }

  @Test
  void bingeRacing_isClaimed_forASeasonFinishedOnReleaseDay_andNeverScored() {
    Fixture.Views v = new Fixture.Views();
    for (int e = 0; e < 8; e++) {
      v.view(Fixture.S2E1 + e, Fixture.RELEASE.atTime(10, 0).plusMinutes(25L * e), 1_320);
    }
    assertThat(Fixture.claims(v.history(), ClaimKind.BINGE_RACING)).singleElement()
        .extracting(Claim::value).isEqualTo("1");
    assertThat(new BingeRacingInference().scorable(TRUTH)).isFalse();
  }

  @Test
  void wellnessRule_flagsAMemberOverTheThreshold_only() {
    Fixture.Views v = new Fixture.Views();
    for (int e = 0; e < 16; e++) {
      v.view(Fixture.EPISODE + e, FIRST.atTime(10, 0).plusMinutes(25L * e), 1_320);
    }
    List<Claim> out = new java.util.ArrayList<>();
    History h = v.history();
    new WellnessRuleInference(WellnessRule.episodes(16)).infer(observe(h), out);
    assertThat(out).singleElement().satisfies(c -> assertThat(c.evidence().get(0).figure())
        .isEqualTo(16));
    out.clear();
    new WellnessRuleInference(WellnessRule.episodes(17)).infer(observe(h), out);
    assertThat(out).isEmpty();
    new WellnessRuleInference(WellnessRule.hours(2)).infer(observe(h), out);
    assertThat(out).hasSize(1);
  }

  private static Observations observe(History h) {
    return new Observations().observe(h, Fixture.CATALOG, List.of("Ann"), FIRST, Fixture.LAST);
  }

  @Test
  void wellnessRule_parsesItsCode_andRefusesOtherText() {
    assertThat(WellnessRule.parse("hours:45")).isEqualTo(WellnessRule.hours(45));
    assertThat(WellnessRule.parse(WellnessRule.DEFAULT.code())).isEqualTo(WellnessRule.DEFAULT);
    for (String bad : List.of("hours", "minutes:3", "episodes:0", "episodes:x")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> WellnessRule.parse(bad))
          .hasMessageContaining("episodes:N or hours:N");
    }
    assertThat(new WellnessRuleInference(WellnessRule.DEFAULT).truth(
        Fixture.traits("plain", 0, 420, WorkPattern.NONE, 1, 0,
            new MemberTraits.LifeEvent("depressive-episode", FIRST, FIRST)), TRUTH)).isTrue();
  }
}
