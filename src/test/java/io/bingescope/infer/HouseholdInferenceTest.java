package io.bingescope.infer;

import static org.assertj.core.api.Assertions.assertThat;

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
          .isEqualTo(name.toLowerCase(Locale.ROOT).equals("kids"));
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
          .isEqualTo(name.toLowerCase(Locale.ROOT).equals("kids"));
    }
  }
}
