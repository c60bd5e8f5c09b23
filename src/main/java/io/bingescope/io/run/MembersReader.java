package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.MembersFormat;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.Household;
import io.bingescope.model.MemberTraits.LifeEvent;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.MemberTraits.SleepWindow;
import io.bingescope.model.MemberTraits.WorkPattern;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the ground truth of a {@code members.csv} (docs/output-format.md#members) back into {@link
 * MemberTraits}, one member at a time and in member order. Every field is checked; a bad row stops
 * with {@code FILE:LINE: column C: expected ..., found ...}. Profile devices are numbered in order
 * of first appearance ({@link #devices()}), as the file names them rather than indexing a run's
 * vocabulary.
 */
public final class MembersReader implements AutoCloseable {
  private static final List<String> COLUMNS = MembersFormat.COLUMNS;
  private static final int MEMBER_ID = 0;
  private static final int PERSONA = 1;
  private static final int COUNTRY = 2;
  private static final int HOME_ZONE = 3;
  private static final int HOUSEHOLD = 4;
  private static final int ADULTS = 5;
  private static final int KIDS = 6;
  private static final int PROFILES = 7;
  private static final int KIDS_PROFILES = 8;
  private static final int PROFILE_DEVICES = 9;
  private static final int SLEEP_BEDTIME = 10;
  private static final int SLEEP_WAKE = 11;
  private static final int WORK = 12;
  private static final int WORK_START = 13;
  private static final int WORK_END = 14;
  private static final int WORK_DAYS = 15;
  private static final int LIFE_EVENTS = 16;
  private static final int PROFILE_FAVOURITES = 17;

  private final CsvScanner csv;
  private final Fields fields;
  private final Vocabulary.Builder devices = new Vocabulary.Builder();
  private long lastId = -1;

  private MembersReader(CsvScanner csv) {
    this.csv = csv;
    this.fields = new Fields(csv, COLUMNS);
  }

  /**
   * Opens a members file and checks its header.
   *
   * @throws InputException if the file is missing or its header is not the members header
   */
  public static MembersReader open(Path file) throws IOException, InputException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file (expected the members.csv of simulate)");
    }
    CsvScanner csv = new CsvScanner(in, file.toString(), 1 << 16);
    try {
      Header.check(csv, COLUMNS);
    } catch (IOException | InputException | RuntimeException e) {
      csv.close();
      throw e;
    }
    return new MembersReader(csv);
  }

  /**
   * Returns the next member's traits, or null at the end of the file.
   *
   * @throws InputException if the row is malformed or its member id is not above the last one
   */
  public MemberTraits next() throws IOException, InputException {
    if (!csv.next()) {
      return null;
    }
    fields.check();
    int id = fields.integer(MEMBER_ID, "a member id (a whole number >= 0)");
    if (id <= lastId) {
      throw fields.error(MEMBER_ID, "a member id above " + lastId + " (rows sorted by member_id)");
    }
    lastId = id;
    String zone = nonEmpty(HOME_ZONE, "an IANA time zone id");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw fields.error(HOME_ZONE, "an IANA time zone id such as America/Chicago");
    }
    Household household =
        new Household(
            nonEmpty(HOUSEHOLD, "a household kind"),
            fields.integer(ADULTS, "a number of adults"),
            fields.integer(KIDS, "a number of children"));
    List<String> names = list(PROFILES);
    if (names.isEmpty()) {
      throw fields.error(PROFILES, "at least one profile name");
    }
    Set<String> kidsNames = new HashSet<>(list(KIDS_PROFILES));
    if (!names.containsAll(kidsNames)) {
      throw fields.error(KIDS_PROFILES, "names among the profiles " + names);
    }
    List<String> deviceNames = list(PROFILE_DEVICES);
    if (deviceNames.size() != names.size()) {
      throw fields.error(
          PROFILE_DEVICES, "one device per profile (" + names.size() + ")",
          deviceNames.size() + " devices");
    }
    List<String> favourites = list(PROFILE_FAVOURITES);
    if (!favourites.isEmpty() && favourites.size() != names.size()) {
      throw fields.error(
          PROFILE_FAVOURITES, "no favourites, or one per profile (" + names.size() + "), empty for none",
          favourites.size() + " items");
    }
    List<Profile> profiles = new ArrayList<>(names.size());
    for (int p = 0; p < names.size(); p++) {
      String favourite = favourites.isEmpty() || favourites.get(p).isEmpty() ? null : favourites.get(p);
      profiles.add(
          new Profile(names.get(p), kidsNames.contains(names.get(p)),
              devices.device(deviceNames.get(p)), favourite));
    }
    SleepWindow sleep = new SleepWindow(minute(SLEEP_BEDTIME), minute(SLEEP_WAKE));
    return new MemberTraits(
        id,
        nonEmpty(PERSONA, "a persona name"),
        nonEmpty(COUNTRY, "an ISO 3166 country code"),
        zone,
        profiles,
        household,
        sleep,
        work(),
        lifeEvents());
  }

  /** Returns the device names the profiles' device indices refer to, in order of first use. */
  public List<String> devices() {
    return devices.build().devices();
  }

  /** Returns the line of the row last read. */
  public long line() {
    return csv.line();
  }

  private WorkPattern work() throws InputException {
    String kind = nonEmpty(WORK, "work or none");
    if (kind.equals(WorkPattern.NONE.kind())) {
      if (csv.length(WORK_START) > 0 || csv.length(WORK_END) > 0 || csv.length(WORK_DAYS) > 0) {
        throw fields.error(WORK_START, "empty work_start, work_end and work_days for work 'none'");
      }
      return WorkPattern.NONE;
    }
    int mask = 0;
    for (String day : list(WORK_DAYS)) {
      if (day.length() != 1 || day.charAt(0) < '1' || day.charAt(0) > '7') {
        throw fields.error(WORK_DAYS, "ISO weekdays 1..7 separated by |");
      }
      mask |= 1 << (day.charAt(0) - '1');
    }
    return new WorkPattern(kind, minute(WORK_START), minute(WORK_END), mask);
  }

  private List<LifeEvent> lifeEvents() throws InputException {
    List<LifeEvent> events = new ArrayList<>();
    for (String item : list(LIFE_EVENTS)) {
      int colon = item.lastIndexOf(':');
      int dots = item.indexOf("..", Math.max(colon, 0));
      if (colon <= 0 || dots < 0) {
        throw fields.error(LIFE_EVENTS, "items KIND:START..END such as"
            + " depressive-episode:2018-01-10..2018-01-20");
      }
      try {
        LocalDate start = LocalDate.parse(item.substring(colon + 1, dots));
        LocalDate end = LocalDate.parse(item.substring(dots + 2));
        if (end.isBefore(start)) {
          throw fields.error(LIFE_EVENTS, "an event ending on or after its start");
        }
        events.add(new LifeEvent(item.substring(0, colon), start, end));
      } catch (DateTimeException e) {
        throw fields.error(LIFE_EVENTS, "dates yyyy-MM-dd in KIND:START..END");
      }
    }
    return events;
  }

  private int minute(int column) throws InputException {
    String s = csv.string(column);
    if (s.length() != 5 || s.charAt(2) != ':') {
      throw fields.error(column, "a time of day HH:MM");
    }
    int h = digits(s, 0, column);
    int m = digits(s, 3, column);
    if (h > 23 || m > 59) {
      throw fields.error(column, "a time of day HH:MM");
    }
    return h * 60 + m;
  }

  private int digits(String s, int at, int column) throws InputException {
    char a = s.charAt(at);
    char b = s.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      throw fields.error(column, "a time of day HH:MM");
    }
    return (a - '0') * 10 + (b - '0');
  }

  private String nonEmpty(int column, String what) throws InputException {
    if (csv.length(column) == 0) {
      throw fields.error(column, what, "an empty field");
    }
    return csv.string(column);
  }

  private List<String> list(int column) {
    String s = csv.string(column);
    return s.isEmpty() ? List.of() : List.of(s.split("\\|", -1));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
