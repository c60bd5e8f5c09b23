package io.bingescope.infer;

import static io.bingescope.infer.Fixture.FIRST;
import static io.bingescope.infer.Fixture.LAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.WindowHours;
import io.bingescope.model.History;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decisions whose search was made faster (the home zone, the wellness rule's bounds) and the
 * weekday claim's words against plain implementations of their definitions in docs/inference.md,
 * on many seeded random histories; the histories are also {@link ReferenceInferencesTest}'s, which
 * compares every kind (the life-event stretch among them) with {@link ReferenceInferences}.
 */
class PlainReferencesTest {
  private static final List<String> PROFILES = List.of("A", "B", "C");

  /**
   * Returns evenings of light viewing with, for most members, a random stretch of heavy viewing
   * at night or in working hours, and scattered night or daytime days elsewhere.
   */
  static History burstyHistory(SplittableRandom r) {
    Fixture.Views v = new Fixture.Views();
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    int from = r.nextInt(days);
    int to = from + 3 + r.nextInt(14);
    boolean nights = r.nextBoolean();
    double base = r.nextDouble();
    double scattered = r.nextDouble() * 0.4;
    int heavy = 1_800 + r.nextInt(4 * 3_600);
    for (int k = 0; k < days; k++) {
      LocalDate d = FIRST.plusDays(k);
      if (r.nextDouble() < base) {
        v.view(20 + r.nextInt(60), d.atTime(19 + r.nextInt(3), r.nextInt(60)),
            600 + r.nextInt(2 * 3_600));
      }
      boolean burst = k >= from && k < to && r.nextInt(5) > 0;
      if (burst || r.nextDouble() < scattered) {
        int hour = nights || r.nextBoolean() ? r.nextInt(4) : 9 + r.nextInt(6);
        v.view(20 + r.nextInt(60), d.atTime(hour, r.nextInt(60)),
            burst ? heavy : 600 + r.nextInt(3_600));
      }
    }
    return v.history();
  }

  @Test
  void homeZone_isTheOffsetAndConfidenceOfThePlainLikelihoods_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(23);
    Observations o = new Observations();
    HomeZoneInference zone = new HomeZoneInference();
    double[] log = new double[24];
    double weights = 0;
    for (double w : HomeZoneInference.RHYTHM) {
      weights += w;
    }
    for (int h = 0; h < 24; h++) {
      log[h] = Math.log(HomeZoneInference.RHYTHM[h] / weights);
    }
    int claims = 0;
    int negligible = 0;
    for (int c = 0; c < 600; c++) {
      // Histories over all hours, evenings (about six hours) and one to seven hours: the sums
      // taken four hours per pass, then the rest one at a time.
      History h = c % 3 == 0 ? ObservationsTest.randomHistory(r, 80, 1, 30)
          : c % 3 == 1 ? evenings(r) : fewHours(r);
      o.observe(h, Fixture.CATALOG, PROFILES, FIRST, LAST);
      List<Claim> out = new ArrayList<>();
      zone.infer(o, out);
      if (o.views() < HomeZoneInference.MIN_VIEWS) {
        assertThat(out).isEmpty();
        continue;
      }
      // Every offset's multinomial log-likelihood, one offset at a time, as defined.
      double[] hourly = new double[24];
      double total = 0;
      for (int hour = 0; hour < 24; hour++) {
        for (int s = 4 * hour; s < 4 * hour + 4; s++) {
          hourly[hour] += o.utcSlot(s);
        }
        total += hourly[hour];
      }
      double temper = Math.min(HomeZoneInference.EFFECTIVE_VIEWS, o.views()) / total;
      double[] ll = new double[24];
      int best = 0;
      for (int k = 0; k < 24; k++) {
        for (int hour = 0; hour < 24; hour++) {
          ll[k] += hourly[hour] * log[Math.floorMod(hour + k - 11, 24)];
        }
        ll[k] *= temper;
        if (ll[k] > ll[best]) {
          best = k;
        }
      }
      double sum = 0;
      for (int k = 0; k < 24; k++) {
        sum += Math.exp(ll[k] - ll[best]);
        negligible += k > best && ll[k] - ll[best] < -40 ? 1 : 0;
      }
      int b = best;
      double confidence = 1 / sum;
      assertThat(out).as("case %d", c).hasSize(1);
      assertThat(out.get(0).value()).as("case %d", c).isEqualTo(Text.offset((b - 11) * 3_600));
      assertThat(Double.doubleToLongBits(out.get(0).confidence())).as("case %d", c)
          .isEqualTo(Double.doubleToLongBits(confidence));
      claims++;
    }
    assertThat(claims).isGreaterThan(300);
    assertThat(negligible).as("negligible terms after the best").isGreaterThan(100);
  }

  /** Returns short views starting in one to seven random hours of the day, in one random zone. */
  static History fewHours(SplittableRandom r) {
    List<String> zones = List.of("America/New_York", "Asia/Kolkata", "Europe/London",
        "Australia/Sydney", "Pacific/Auckland");
    Fixture.Views v = new Fixture.Views().in(zones.get(r.nextInt(zones.size())));
    int[] hours = new int[1 + r.nextInt(7)];
    for (int i = 0; i < hours.length; i++) {
      hours[i] = r.nextInt(24);
    }
    int n = 10 + r.nextInt(60);
    for (int i = 0; i < n; i++) {
      v.view(r.nextInt(100), FIRST.plusDays(r.nextInt(28))
          .atTime(hours[r.nextInt(hours.length)], r.nextInt(45)), 60 + r.nextInt(840));
    }
    return v.history();
  }

  /** Returns evening views in one random zone: a peaked daily rhythm. */
  static History evenings(SplittableRandom r) {
    List<String> zones = List.of("America/New_York", "Asia/Kolkata", "Europe/London",
        "Australia/Sydney", "Pacific/Auckland");
    Fixture.Views v = new Fixture.Views().in(zones.get(r.nextInt(zones.size())));
    int n = 10 + r.nextInt(120);
    for (int i = 0; i < n; i++) {
      v.view(r.nextInt(100), FIRST.plusDays(r.nextInt(28)).atTime(19 + r.nextInt(4),
          r.nextInt(60)), 300 + r.nextInt(3_600));
    }
    return v.history();
  }

  @Test
  void weekdayAvailability_isThePlainCountOfWeekdays_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(29);
    Observations o = new Observations();
    WeekdayAvailabilityInference weekday = new WeekdayAvailabilityInference();
    int claimed = 0;
    int enoughDays = 0;
    for (int c = 0; c < 600; c++) {
      History h = ObservationsTest.randomHistory(r, 10 + c % 60, 1, 30);
      o.observe(h, Fixture.CATALOG, PROFILES, FIRST, LAST);
      // As defined: the weekdays (Monday to Friday) with 15 minutes or more between 09:00 and
      // 17:00 local, and their share of all viewing.
      int weekdays = 0;
      int daytime = 0;
      long seconds = 0;
      int first = -1;
      int last = -1;
      for (int k = 0; k < o.days(); k++) {
        if (FIRST.plusDays(k).getDayOfWeek().getValue() > 5) {
          continue;
        }
        weekdays++;
        seconds += o.dayWorkSeconds(k);
        if (o.dayWorkSeconds(k) >= Observations.DAY_MIN_S) {
          daytime++;
          first = first < 0 ? k : first;
          last = k;
        }
      }
      double share = o.seconds() == 0 ? 0 : (double) seconds / o.seconds();
      boolean expected = daytime >= WeekdayAvailabilityInference.MIN_DAYS
          && share >= WeekdayAvailabilityInference.MIN_SHARE;
      List<Claim> out = new ArrayList<>();
      weekday.infer(o, out);
      assertThat(out).as("case %d", c).hasSize(expected ? 1 : 0);
      enoughDays += daytime >= WeekdayAvailabilityInference.MIN_DAYS ? 1 : 0;
      if (expected) {
        claimed++;
        Claim claim = out.get(0);
        assertThat(claim.evidence().get(0).figure()).as("case %d", c).isEqualTo(daytime);
        assertThat(claim.evidence().get(1).figure()).as("case %d", c).isEqualTo(share);
        assertThat(claim.statement()).as("case %d", c)
            .contains(" on " + daytime + " of " + weekdays + " weekdays");
        assertThat(claim.evidence().get(2).text()).as("case %d", c)
            .isEqualTo("from " + FIRST.plusDays(first) + " to " + FIRST.plusDays(last));
      }
    }
    // Both outcomes, and members with enough days whose share is too small.
    assertThat(claimed).as("claims").isBetween(60, 540);
    assertThat(enoughDays - claimed).as("enough days, too small a share").isGreaterThan(0);
  }

  @Test
  void wellnessRule_decidesAsTheMetricsAndTheHoursWindow_onRandomHistories() {
    SplittableRandom r = new SplittableRandom(25);
    Observations o = new Observations();
    MemberMetrics metrics = new MemberMetrics();
    WindowHours week = new WindowHours(WellnessRule.DAYS);
    int flagged = 0;
    int bounded = 0;
    for (int c = 0; c < 400; c++) {
      History h = episodes(r);
      o.observe(h, Fixture.CATALOG, PROFILES, FIRST, LAST);
      metrics.compute(h, Fixture.CATALOG, FIRST, LAST);
      assertThat(o.episodeWindowViews(WellnessRule.DAYS)).as("case %d", c)
          .isGreaterThanOrEqualTo(metrics.windowEpisodes());
      for (WellnessRule rule : List.of(WellnessRule.episodes(1 + r.nextInt(16)),
          WellnessRule.hours(1 + r.nextInt(30)))) {
        boolean expected = rule.contacts(metrics.windowEpisodes(), week.maxSeconds(h));
        assertThat(new WellnessRuleInference(rule).decide(o) == 1)
            .as("case %d rule %s", c, rule.code()).isEqualTo(expected);
        flagged += expected ? 1 : 0;
        bounded += !rule.hours() && !expected && o.qualifyingEpisodes() >= rule.threshold()
            ? 1 : 0;
      }
    }
    assertThat(flagged).as("flagged").isBetween(100, 700);
    assertThat(bounded).as("enough episodes in all, too few in 7 days").isGreaterThan(30);
  }

  /** Returns views of the fixture's 16 episodes (and some films) spread over the period. */
  static History episodes(SplittableRandom r) {
    Fixture.Views v = new Fixture.Views();
    int n = r.nextInt(60);
    int spread = 1 + r.nextInt(28);
    int from = r.nextInt(29 - spread);
    for (int i = 0; i < n; i++) {
      int title = r.nextInt(4) == 0 ? r.nextInt(100) : Fixture.EPISODE + r.nextInt(16);
      v.view(title, FIRST.plusDays(from + r.nextInt(spread)).atTime(r.nextInt(24),
          r.nextInt(60)), 300 + r.nextInt(3 * 3_600));
    }
    return v.history();
  }
}
