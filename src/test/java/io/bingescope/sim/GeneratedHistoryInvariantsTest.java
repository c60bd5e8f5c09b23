package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants every generated history keeps, checked with java.time over many seeds and members. */
class GeneratedHistoryInvariantsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void historiesStayInPeriodInOrderWithoutOverlapAndWithConsistentLocalTime(long seed) {
    World world = World.of(TestScenarios.dstScenario(300, seed));
    MemberGenerator gen = new MemberGenerator(world);
    LocalDate first = world.scenario().period().start();
    LocalDate last = world.scenario().period().end();
    long totalViews = 0;
    for (int m = 0; m < 300; m++) {
      History h = gen.generate(m);
      MemberTraits traits = gen.traits();
      assertThat(h.memberId()).isEqualTo(m);
      assertThat(traits.memberId()).isEqualTo(m);
      long[] profileEnd = new long[traits.profiles().size()];
      java.util.Arrays.fill(profileEnd, Long.MIN_VALUE);
      for (int i = 0; i < h.size(); i++) {
        totalViews++;
        String zone = world.vocabulary().zones().get(h.zone(i));
        assertThat(zone).isEqualTo(traits.homeZone());
        Instant start = Instant.ofEpochSecond(h.startUtc(i));
        ZonedDateTime local = start.atZone(ZoneId.of(zone));
        assertThat(h.offsetS(i)).as("offset of view %d of member %d", i, m)
            .isEqualTo(local.getOffset().getTotalSeconds());
        assertThat(local.toLocalDate()).isBetween(first, last);
        if (i > 0) {
          assertThat(h.startUtc(i) > h.startUtc(i - 1)
                  || (h.startUtc(i) == h.startUtc(i - 1) && h.profile(i) >= h.profile(i - 1)))
              .as("views in order").isTrue();
        }
        int p = h.profile(i);
        assertThat(p).isBetween(0, traits.profiles().size() - 1);
        assertThat(h.startUtc(i)).as("no overlap on profile %d of member %d", p, m)
            .isGreaterThanOrEqualTo(profileEnd[p]);
        profileEnd[p] = h.startUtc(i) + h.durationS(i);
        Title t = world.catalog().title(h.title(i));
        assertThat(h.durationS(i)).isBetween(1, t.runtimeS());
        if (h.supplemental(i) != Supplemental.NONE) {
          assertThat(h.durationS(i)).isLessThan(120);
        }
        assertThat(world.vocabulary().countries().get(h.country(i))).isEqualTo(traits.country());
        assertThat(t.releaseDate()).isBeforeOrEqualTo(local.toLocalDate());
      }
    }
    assertThat(totalViews).isGreaterThan(300L * 5);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void regeneratingAMemberGivesTheSameHistoryWhateverCameBefore(long seed) {
    World world = World.of(TestScenarios.dstScenario(50, seed));
    MemberGenerator warm = new MemberGenerator(world);
    for (int m = 0; m < 49; m++) {
      warm.generate(m);
    }
    History h = warm.generate(49);
    String fromWarm = Fingerprint.of(warm.traits(), h);
    MemberGenerator fresh = new MemberGenerator(world);
    fresh.generate(49);
    assertThat(Fingerprint.of(fresh.traits(), fresh.history())).isEqualTo(fromWarm);
    assertThat(fresh.history().size()).isPositive();
  }
}
