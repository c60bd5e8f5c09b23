package io.bingescope.io;

import static io.bingescope.model.ColumnType.DATE;
import static io.bingescope.model.ColumnType.INT;
import static io.bingescope.model.ColumnType.STRING;
import static io.bingescope.model.ColumnType.TIME_OF_DAY;

import io.bingescope.model.Column;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.LifeEvent;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.MemberTraits.WorkPattern;
import io.bingescope.model.Schema;
import io.bingescope.model.Vocabulary;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The columns of the members file (the hidden truth), one row per member, in file order: the one
 * declaration of their names, types and values, which {@link RowWriter} writes and the members
 * reader checks headers against. Definitions in docs/output-format.md#members.
 */
public enum MembersColumn implements Column.Declared {
  MEMBER_ID(Column.of("member_id", INT), (t, v) -> t.memberId()),
  PERSONA(Column.of("persona", STRING), (t, v) -> t.persona()),
  COUNTRY(Column.of("country", STRING), (t, v) -> t.country()),
  HOME_ZONE(Column.of("home_zone", STRING), (t, v) -> t.homeZone()),
  HOUSEHOLD(Column.of("household", STRING), (t, v) -> t.household().kind()),
  ADULTS(Column.of("adults", INT), (t, v) -> t.household().adults()),
  KIDS(Column.of("kids", INT), (t, v) -> t.household().kids()),
  PROFILES(Column.listOf("profiles", STRING), (t, v) -> profiles(t, p -> true, Profile::name)),
  KIDS_PROFILES(Column.listOf("kids_profiles", STRING),
      (t, v) -> profiles(t, Profile::kids, Profile::name)),
  PROFILE_DEVICES(Column.listOf("profile_devices", STRING),
      (t, v) -> profiles(t, p -> true, p -> v.devices().get(p.device()))),
  SLEEP_BEDTIME(Column.of("sleep_bedtime", TIME_OF_DAY),
      (t, v) -> minute(t.sleep().bedtimeMinute())),
  SLEEP_WAKE(Column.of("sleep_wake", TIME_OF_DAY), (t, v) -> minute(t.sleep().wakeMinute())),
  WORK(Column.of("work", STRING), (t, v) -> t.work().kind()),
  WORK_START(Column.of("work_start", TIME_OF_DAY).asOptional(),
      (t, v) -> works(t) ? minute(t.work().startMinute()) : null),
  WORK_END(Column.of("work_end", TIME_OF_DAY).asOptional(),
      (t, v) -> works(t) ? minute(t.work().endMinute()) : null),
  WORK_DAYS(Column.listOf("work_days", INT), (t, v) -> workDays(t)),
  LIFE_EVENTS(
      Column.listOfRecords("life_events", Column.of("kind", STRING), Column.of("start", DATE),
          Column.of("end", DATE)),
      (t, v) -> events(t)),
  PROFILE_FAVOURITES(Column.listOf("profile_favourites", STRING), (t, v) -> favourites(t));

  /** The columns of the members file, in order. */
  public static final Schema SCHEMA = Schema.of(MembersColumn.class);

  /** A life event as a list item: {@code kind:START..END} in CSV, its three fields in JSON. */
  private record Event(LifeEvent e) implements RowWriter.Item {
    @Override
    public Object field(int index) {
      return switch (index) {
        case 0 -> e.kind();
        case 1 -> e.start();
        default -> e.end();
      };
    }

    @Override
    public String csvText() {
      return e.kind() + ":" + e.start() + ".." + e.end();
    }
  }

  private final Column column;
  private final BiFunction<MemberTraits, Vocabulary, Object> value;

  MembersColumn(Column column, BiFunction<MemberTraits, Vocabulary, Object> value) {
    this.column = column;
    this.value = value;
  }

  @Override
  public Column column() {
    return column;
  }

  /** Returns the member's values of every column, devices named from {@code vocabulary}. */
  public static Object[] values(MemberTraits traits, Vocabulary vocabulary) {
    return Schema.row(values(), c -> c.value.apply(traits, vocabulary));
  }


  /** Returns {@code f} of the profiles that pass {@code keep}, in profile order (a loop: per member). */
  private static List<String> profiles(
      MemberTraits t, Predicate<Profile> keep, Function<Profile, String> f) {
    List<String> out = new ArrayList<>(t.profiles().size());
    for (Profile p : t.profiles()) {
      if (keep.test(p)) {
        out.add(f.apply(p));
      }
    }
    return out;
  }

  private static List<Event> events(MemberTraits t) {
    List<Event> out = new ArrayList<>(t.lifeEvents().size());
    for (LifeEvent e : t.lifeEvents()) {
      out.add(new Event(e));
    }
    return out;
  }

  private static LocalTime minute(int minuteOfDay) {
    return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }

  private static boolean works(MemberTraits t) {
    return !t.work().equals(WorkPattern.NONE);
  }

  private static List<Integer> workDays(MemberTraits t) {
    List<Integer> days = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      if (works(t) && (t.work().dayMask() & (1 << (day - 1))) != 0) {
        days.add(day);
      }
    }
    return days;
  }

  /** Aligned with the profiles when any profile has a favourite; an empty list when none has. */
  private static List<String> favourites(MemberTraits t) {
    for (Profile p : t.profiles()) {
      if (p.favourite() != null) {
        return profiles(t, q -> true, q -> q.favourite() == null ? "" : q.favourite());
      }
    }
    return List.of();
  }
}
