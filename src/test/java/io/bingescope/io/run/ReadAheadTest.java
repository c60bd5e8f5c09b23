package io.bingescope.io.run;

import io.bingescope.io.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reading ahead on a thread against reading the same source directly. */
class ReadAheadTest {

  /** Members of random sizes made from a seed, failing at member {@code failAt} (or never). */
  private static final class Seeded implements MemberSource {
    final SplittableRandom random;
    final int members;
    final int failAt;
    int read;
    long views;
    boolean closed;
    List<String> profiles = List.of();

    Seeded(long seed, int members, int failAt) {
      this.random = new SplittableRandom(seed);
      this.members = members;
      this.failAt = failAt;
    }

    @Override
    public boolean next(History h) throws InputException {
      if (read == failAt) {
        throw new InputException("views.csv line " + read + ": bad row");
      }
      if (read == members) {
        return false;
      }
      h.reset(read * 3 + 1);
      int n = random.nextInt(read % 50 == 0 ? 300 : 40);
      for (int i = 0; i < n; i++) {
        h.add(random.nextInt(4), random.nextInt(1000), random.nextLong(4_000_000_000L),
            random.nextInt(-43_200, 43_200), random.nextInt(10_000), random.nextInt(5),
            random.nextInt(3), random.nextInt(7), random.nextBoolean(),
            Supplemental.of(random.nextInt(Supplemental.values().length)));
      }
      profiles = List.of("p" + read, "Kids");
      views += n;
      read++;
      return true;
    }

    @Override
    public Catalog catalog() {
      return null;
    }

    @Override
    public List<String> profiles() {
      return profiles;
    }

    @Override
    public Vocabulary vocabulary() {
      return new Vocabulary(List.of("UTC"), List.of("US"), List.of("tv"));
    }

    @Override
    public long views() {
      return views;
    }

    @Override
    public long bytesRead() {
      return views * 100;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static void assertSameMember(History a, History b) {
    assertThat(a.memberId()).isEqualTo(b.memberId());
    assertThat(a.size()).isEqualTo(b.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.profile(i)).isEqualTo(b.profile(i));
      assertThat(a.title(i)).isEqualTo(b.title(i));
      assertThat(a.startUtc(i)).isEqualTo(b.startUtc(i));
      assertThat(a.offsetS(i)).isEqualTo(b.offsetS(i));
      assertThat(a.durationS(i)).isEqualTo(b.durationS(i));
      assertThat(a.device(i)).isEqualTo(b.device(i));
      assertThat(a.zone(i)).isEqualTo(b.zone(i));
      assertThat(a.country(i)).isEqualTo(b.country(i));
      assertThat(a.autoplayed(i)).isEqualTo(b.autoplayed(i));
      assertThat(a.supplemental(i)).isEqualTo(b.supplemental(i));
    }
  }

  @Test
  void readsTheSameMembersAndCounters_asTheSourceItself() throws Exception {
    for (int members : new int[] {0, 1, ReadAhead.BATCH, ReadAhead.BATCH * 7 + 13}) {
      Seeded direct = new Seeded(members, members, -1);
      Seeded behind = new Seeded(members, members, -1);
      History expected = new History();
      History actual = new History();
      try (ReadAhead ahead = ReadAhead.of(behind)) {
        while (direct.next(expected)) {
          assertThat(ahead.next(actual)).isTrue();
          assertSameMember(actual, expected);
          assertThat(ahead.profiles()).isEqualTo(direct.profiles());
          assertThat(ahead.views()).isEqualTo(direct.views());
          assertThat(ahead.bytesRead()).isEqualTo(direct.bytesRead());
        }
        assertThat(ahead.next(actual)).as("the end, %d members", members).isFalse();
        assertThat(ahead.next(actual)).isFalse();
        assertThat(ahead.vocabulary().zones()).containsExactly("UTC");
      }
      assertThat(behind.closed).isTrue();
    }
  }

  @Test
  void throwsTheSourcesError_whereTheSourceWould() throws Exception {
    int failAt = ReadAhead.BATCH * 2 + 5;
    History h = new History();
    try (ReadAhead ahead = ReadAhead.of(new Seeded(5, 10_000, failAt))) {
      for (int m = 0; m < failAt; m++) {
        assertThat(ahead.next(h)).isTrue();
        assertThat(h.memberId()).isEqualTo(m * 3 + 1);
      }
      assertThatThrownBy(() -> ahead.next(h)).isInstanceOf(InputException.class)
          .hasMessageContaining("line " + failAt);
    }
  }

  @Test
  void closesBeforeTheEnd_andStopsReading() throws IOException, InputException {
    Seeded source = new Seeded(9, 1_000_000, -1);
    ReadAhead ahead = ReadAhead.of(source);
    History h = new History();
    assertThat(ahead.next(h)).isTrue();
    assertThatThrownBy(ahead::vocabulary).isInstanceOf(IllegalStateException.class);
    ahead.close();
    assertThat(source.closed).isTrue();
    assertThat(source.read).as("read ahead by a few batches only")
        .isLessThan(ReadAhead.BATCH * 5);
  }
}
