package io.bingescope.infer;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The household's test of a kids' profile name against lower-casing the name. */
class HouseholdInferenceTest {

  @Test
  void isKids_agreesWithLowerCasing_onRandomAndTrickyNames() {
    // A Kelvin sign lower-cases to k; a dotted capital I to two characters.
    List<String> tricky = List.of("Kids", "KIDS", "kids", "kIdS", "\u212Aids", "K\u0130ds", "Kid",
        "Kidss", "", "Kids ", "Kíds", "K\u0130d", "\u0130ds", "\uD801\uDC00ids", "Kid\u03A3");
    for (String name : tricky) {
      assertThat(HouseholdInference.isKids(name)).as(name)
          .isEqualTo(HouseholdInference.KIDS_NAMES.contains(name.toLowerCase(Locale.ROOT)));
    }
    SplittableRandom r = new SplittableRandom(3);
    String letters = "kKiIdDsS\u212A\u0130\u0131xY ";
    for (int c = 0; c < 20_000; c++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(6); i > 0; i--) {
        b.append(letters.charAt(r.nextInt(letters.length())));
      }
      String name = b.toString();
      assertThat(HouseholdInference.isKids(name)).as(name)
          .isEqualTo(HouseholdInference.KIDS_NAMES.contains(name.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void isKids_knowsTheLocalisedNamesOfAKidsProfile_inAnyCase() {
    for (String name : List.of("Kids", "NIÑOS", "Ninos", "Enfants", "kinder", "Crianças", "Bambini", "Kinderen",
        "Barn", "Dzieci", "子ども", "Børn", "Παιδιά", "Дети")) {
      assertThat(HouseholdInference.isKids(name)).as(name).isTrue();
    }
    for (String name : List.of("Kid", "Pat", "Kinderzimmer", "Barney", "Ana", "Children's room")) {
      assertThat(HouseholdInference.isKids(name)).as(name).isFalse();
    }
  }

  @Test
  void household_countsALocalisedKidsProfileAsChildren_notAnAdult() {
    Fixture.Views v = new Fixture.Views();
    for (int d = 0; d < 5; d++) {
      v.view(0, Fixture.PLAIN, Fixture.FIRST.plusDays(d).atTime(20, 0), 1_800);
      v.view(1, Fixture.PLAIN, Fixture.FIRST.plusDays(d).atTime(17, 0), 1_800);
    }
    History h = v.history();
    List<Claim> claims = new java.util.ArrayList<>();
    new Inferences()
        .run(h, Fixture.CATALOG, List.of("Ana", "Niños"), Fixture.FIRST, Fixture.LAST, claims);
    Claim household = claims.stream().filter(c -> c.kind() == ClaimKind.HOUSEHOLD).findFirst().orElseThrow();
    assertThat(household.statement()).contains("1 adult and children");
    assertThat(household.evidence().get(1).text()).contains("profile Niños").contains("(a child's profile)");
  }
}
