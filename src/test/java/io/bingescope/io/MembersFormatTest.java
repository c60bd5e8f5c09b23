package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.Household;
import io.bingescope.model.MemberTraits.LifeEvent;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.MemberTraits.SleepWindow;
import io.bingescope.model.MemberTraits.WorkPattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The specialised members writer ({@link MembersFormat}) against the plain one: each column's
 * declared value ({@link MembersColumn}) written by the generic {@link RowWriter}, on seeded random
 * members whose names need every kind of escaping.
 */
class MembersFormatTest {
  private static final int MEMBERS = 2_000;
  private static final String[] NAMES = {
    "Ann", "O'Brien, \"Jr\"", "=cmd", "-5", "Kids", "Amélie 東京", "line\nbreak", "", "a|b"
  };

  private final Fixture fx = new Fixture();

  @ParameterizedTest
  @EnumSource(RowSyntax.class)
  void specialisedWriter_writesWhatTheColumnModelSays_onSeededRandomMembers(RowSyntax syntax) {
    MembersFormat fast = new MembersFormat(syntax, fx.vocabulary);
    RowWriter plain = new RowWriter(syntax, MembersColumn.SCHEMA);
    assertThat(fast.header()).isEqualTo(plain.header());
    SplittableRandom random = new SplittableRandom(syntax.ordinal() * 1_000L + 18);
    for (int m = 0; m < MEMBERS; m++) {
      MemberTraits t = randomMember(random, m);
      ByteBuf expected = new ByteBuf();
      plain.append(MembersColumn.values(t, fx.vocabulary), expected);
      ByteBuf actual = new ByteBuf(8);
      assertThat(fast.append(t, new History().reset(m), actual)).isEqualTo(1);
      assertThat(text(actual)).as("member %d", m).isEqualTo(text(expected));
    }
  }

  private MemberTraits randomMember(SplittableRandom random, int id) {
    List<Profile> profiles = new ArrayList<>();
    for (int p = 0, n = 1 + random.nextInt(5); p < n; p++) {
      profiles.add(new Profile(name(random), random.nextInt(3) == 0,
          random.nextInt(fx.vocabulary.devices().size()),
          random.nextInt(3) == 0 ? name(random) : null));
    }
    WorkPattern work = random.nextBoolean() ? WorkPattern.NONE
        : new WorkPattern(name(random), random.nextInt(1440), random.nextInt(1440),
            random.nextInt(128));
    List<LifeEvent> events = new ArrayList<>();
    for (int e = 0, n = random.nextInt(4); e < n; e++) {
      LocalDate start = LocalDate.ofEpochDay(random.nextInt(-40_000, 60_000));
      events.add(new LifeEvent(name(random), start, start.plusDays(random.nextInt(400))));
    }
    return new MemberTraits(id, name(random), name(random), name(random), profiles,
        new Household(name(random), random.nextInt(6), random.nextInt(6)),
        new SleepWindow(random.nextInt(1440), random.nextInt(1440)), work, events);
  }

  private static String name(SplittableRandom random) {
    return NAMES[random.nextInt(NAMES.length)];
  }

  private static String text(ByteBuf b) {
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }
}
