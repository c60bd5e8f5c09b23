package io.bingescope.infer;

import static io.bingescope.infer.Fixture.FIRST;
import static io.bingescope.infer.Fixture.LAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.infer.ReferenceInferences.Decision;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@link ClaimKind}'s claims (value and confidence, to the last bit) against the plain
 * {@link ReferenceInferences}, on many seeded random histories and on simulated members: whatever
 * the fast pass ({@link Observations}) and the inferences' searches skip, bound or pack, they must
 * decide exactly what the definitions say. Each kind must be both made and not made on many
 * members, so that no kind is compared only on empty lists.
 */
class ReferenceInferencesTest {
  private static final List<String> ZONES = List.of("America/New_York", "Asia/Kolkata",
      "Europe/London", "Australia/Sydney", "Pacific/Auckland", "America/Los_Angeles");
  private static final List<List<String>> NAMES = List.of(List.of("Ann", "Bob", "Kids"),
      List.of("Ann", "KIDS", "Bob", "Cy"), List.of("Zoë"), List.of(), List.of("kids", "Dad"));

  @Test
  void everyKind_decidesAsThePlainReference_onSeededRandomHistories() {
    SplittableRandom r = new SplittableRandom(15);
    Map<ClaimKind, int[]> made = new EnumMap<>(ClaimKind.class);
    ReferenceInferences reference = new ReferenceInferences(Fixture.CATALOG);
    int cases = 4_000;
    for (int c = 0; c < cases; c++) {
      History h = switch (c % 8) {
        case 0 -> ObservationsTest.randomHistory(r, 80, 1, 30);
        case 1 -> PlainReferencesTest.burstyHistory(r);
        case 2 -> PlainReferencesTest.evenings(r);
        case 3 -> PlainReferencesTest.fewHours(r);
        case 4 -> PlainReferencesTest.episodes(r);
        default -> member(r);
      };
      List<String> names = NAMES.get(r.nextInt(NAMES.size()));
      WellnessRule rule = switch (r.nextInt(3)) {
        case 0 -> WellnessRule.DEFAULT;
        case 1 -> WellnessRule.episodes(1 + r.nextInt(16));
        default -> WellnessRule.hours(1 + r.nextInt(30));
      };
      compare(reference, h, Fixture.CATALOG, names, FIRST, LAST, rule, made, "case " + c);
    }
    for (ClaimKind kind : ClaimKind.values()) {
      int claimed = made.getOrDefault(kind, new int[1])[0];
      assertThat(claimed).as("members with a %s claim", kind).isBetween(40, cases - 40);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"office-binge-2018", "christmas-prince-2017"})
  void everyKind_decidesAsThePlainReference_onSimulatedMembers(String scenario)
      throws Exception {
    Scenario s = ScenarioLoader.load(scenario, List.of());
    World world = World.of(s);
    MemberGenerator gen = new MemberGenerator(world);
    ReferenceInferences reference = new ReferenceInferences(world.catalog());
    Map<ClaimKind, int[]> made = new EnumMap<>(ClaimKind.class);
    int members = 600;
    for (int m = 0; m < members; m++) {
      History h = gen.generate(m);
      List<String> names =
          gen.traits().profiles().stream().map(MemberTraits.Profile::name).toList();
      WellnessRule rule = m % 2 == 0 ? WellnessRule.DEFAULT : WellnessRule.hours(20);
      compare(reference, h, world.catalog(), names, s.period().start(), s.period().end(), rule,
          made, scenario + " member " + m);
    }
    // The kinds simulated members give both ways in either scenario (binge races, the wellness
    // flag and affinities are rare there: the random histories above hold them both ways).
    for (ClaimKind kind : List.of(ClaimKind.SLEEP_WINDOW, ClaimKind.HOME_ZONE,
        ClaimKind.WEEKDAY_AVAILABILITY, ClaimKind.HOUSEHOLD)) {
      int claimed = made.getOrDefault(kind, new int[1])[0];
      assertThat(claimed).as("members with a %s claim", kind).isBetween(20, members - 1);
    }
  }

  /** Compares one member's claims with the reference's, and counts the kinds claimed. */
  private static void compare(ReferenceInferences reference, History h,
      io.bingescope.model.Catalog catalog, List<String> names, LocalDate first, LocalDate last,
      WellnessRule rule, Map<ClaimKind, int[]> made, String what) {
    List<Claim> claims = new ArrayList<>();
    new Inferences(rule).run(h, catalog, names, first, last, claims);
    List<Decision> fast = claims.stream().map(Decision::of).toList();
    List<Decision> plain = reference.decide(h, names, first, last, rule);
    assertThat(fast).as("%s, rule %s", what, rule.code()).isEqualTo(plain);
    fast.stream().map(Decision::kind).distinct()
        .forEach(k -> made.computeIfAbsent(k, x -> new int[1])[0]++);
  }

  /**
   * Returns a member of one to five profiles with a bedtime, evening and some morning viewing,
   * for most a stretch of heavy viewing at night or in the day, late nights, a taste for one tag,
   * a kids' profile, trailers, a view longer than a day, a trip to another zone, or the second
   * season watched on its release day: each kind's claim made for some members and not others.
   */
  static History member(SplittableRandom r) {
    Fixture.Views v = new Fixture.Views().in(ZONES.get(r.nextInt(ZONES.size())));
    int profiles = 1 + r.nextInt(5);
    int bed = 20 * 60 + r.nextInt(8 * 60);
    double evening = r.nextDouble();
    double morning = r.nextDouble() * 0.6;
    double late = r.nextDouble() < 0.3 ? r.nextDouble() * 0.5 : 0;
    double daytime = r.nextDouble() < 0.3 ? r.nextDouble() : 0;
    double taste = r.nextDouble() < 0.4 ? r.nextDouble() : 0;
    int tag = r.nextInt(3);
    int kidsProfile = r.nextInt(3) == 0 ? r.nextInt(profiles) : -1;
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    boolean burst = r.nextInt(3) > 0;
    int from = r.nextInt(days);
    int to = from + 3 + r.nextInt(14);
    boolean burstAtNight = r.nextBoolean();
    int heavy = 1_800 + r.nextInt(4 * 3_600);
    int travelDay = r.nextInt(4) == 0 ? r.nextInt(days) : Integer.MAX_VALUE;
    String away = ZONES.get(r.nextInt(ZONES.size()));
    for (int k = -1; k <= days; k++) {
      LocalDate d = FIRST.plusDays(k);
      if (k == travelDay) {
        v.in(away);
      }
      for (int p = 0; p < profiles; p++) {
        double scale = p == 0 ? 1 : 0.3;
        if (r.nextDouble() < evening * scale) {
          int start = bed - 30 - r.nextInt(180);
          v.view(p, title(r, p == kidsProfile, taste, tag), at(d, start), 600 + r.nextInt(7_200));
        }
        if (r.nextDouble() < morning * scale) {
          int start = bed + 7 * 60 + r.nextInt(4 * 60);
          v.view(p, title(r, p == kidsProfile, taste, tag), at(d, start), 600 + r.nextInt(3_600));
        }
        if (r.nextDouble() < late * scale) {
          v.view(p, title(r, p == kidsProfile, taste, tag), at(d, bed + 120 + r.nextInt(150)),
              1_200 + r.nextInt(3_600));
        }
        if (r.nextDouble() < daytime * scale) {
          v.view(p, title(r, p == kidsProfile, taste, tag), d.atTime(9 + r.nextInt(7),
              r.nextInt(60)), 900 + r.nextInt(3 * 3_600));
        }
      }
      if (burst && k >= from && k < to && r.nextInt(5) > 0) {
        int hour = burstAtNight ? r.nextInt(4) : 9 + r.nextInt(6);
        v.view(0, title(r, false, taste, tag), d.atTime(hour, r.nextInt(60)), heavy);
      }
      if (r.nextInt(10) == 0) {
        Supplemental kind = Supplemental.values()[1 + r.nextInt(Supplemental.values().length - 1)];
        v.view(r.nextInt(profiles), r.nextInt(116), d.atTime(r.nextInt(24), r.nextInt(60)),
            30 + r.nextInt(120), kind);
      }
    }
    if (r.nextInt(20) == 0) {
      v.view(0, Fixture.PLAIN, FIRST.plusDays(r.nextInt(days)).atTime(r.nextInt(24), 0),
          86_400 + r.nextInt(7_200));
    }
    if (r.nextInt(6) == 0) {
      // The second season on its release day, whole or nearly: a binge race, or not quite.
      int skip = r.nextBoolean() ? -1 : r.nextInt(8);
      for (int e = 0; e < 8; e++) {
        if (e != skip) {
          v.view(0, Fixture.S2E1 + e, Fixture.RELEASE.atTime(10, 0).plusMinutes(25L * e), 1_320);
        }
      }
    }
    return v.history();
  }

  /** Returns the local time {@code minute} minutes after day {@code d}'s midnight (may pass it). */
  private static java.time.LocalDateTime at(LocalDate d, int minute) {
    return d.atStartOfDay().plusMinutes(minute);
  }

  /** Returns a title: a kids' film for a kids' profile, a film with the tag for a taste, else any. */
  private static int title(SplittableRandom r, boolean kids, double taste, int tag) {
    if (kids && r.nextInt(10) > 0) {
      return Fixture.KIDS + r.nextInt(5);
    }
    if (r.nextDouble() < taste) {
      return new int[] {Fixture.LGBTQ, Fixture.HOLIDAY, Fixture.KIDS}[tag] + r.nextInt(5);
    }
    return r.nextInt(4) == 0 ? Fixture.EPISODE + r.nextInt(8) : Fixture.PLAIN + r.nextInt(80);
  }
}
