package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Tool;
import io.bingescope.io.ViewsFormat;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code views.csv} of {@code simulate} (docs/output-format.md) member by member into a
 * reused {@link History}. Rows are parsed from bytes (see {@link CsvScanner}); zones, countries and
 * devices get indices in a {@link Vocabulary} in order of first appearance, and a member's profiles
 * indices in the order they first appear in its rows. Every row is checked: its column count, each
 * value's syntax, its title id against the catalog (and its title name against that title's), and
 * the order (by member, then by {@code start_utc}); an error names the file, line, what was
 * expected and what was found.
 */
public final class ViewsReader implements MemberSource {
  private static final int MEMBER = 0;
  private static final int PROFILE = 1;
  private static final int TITLE_ID = 2;
  private static final int TITLE = 3;
  private static final int START_UTC = 4;
  private static final int START_LOCAL = 5;
  private static final int ZONE = 6;
  private static final int DURATION = 7;
  private static final int DEVICE = 8;
  private static final int COUNTRY = 9;
  private static final int AUTOPLAYED = 10;
  private static final int SUPPLEMENTAL = 11;
  private static final int MAX_OFFSET_S = History.MAX_OFFSET_S;
  private static final int BUFFER = 1 << 20;
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  private final CsvScanner csv;
  private final Catalog catalog;
  private final byte[][] titleNames;
  private final int[] runtimes;
  private final byte[][] supplementals;
  private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
  private final ByteInterner zones = new ByteInterner(vocabulary::zone);
  private final ByteInterner countries = new ByteInterner(vocabulary::country);
  private final ByteInterner devices = new ByteInterner(vocabulary::device);
  private final List<byte[]> profileBytes = new ArrayList<>();
  private final List<String> profileNames = new ArrayList<>();
  private final Fields fields;
  private boolean pending;
  private int pendingMember;
  private int lastMember = -1;
  private long lastMemberLine;
  private long views;
  // Zones and countries get sequential indices as they first appear: each is checked once, then.
  private int zonesChecked;
  private int countriesChecked;
  private long expectedViews = -1;
  private String expectedBy;

  private ViewsReader(CsvScanner csv, Catalog catalog) throws IOException, InputException {
    this.csv = csv;
    this.catalog = catalog;
    this.fields = new Fields(csv, ViewsFormat.COLUMNS);
    this.titleNames = new byte[catalog.size()][];
    this.runtimes = new int[catalog.size()];
    for (Title t : catalog.titles()) {
      titleNames[t.id()] = t.name().getBytes(StandardCharsets.UTF_8);
      runtimes[t.id()] = t.runtimeS();
    }
    Supplemental[] kinds = Supplemental.values();
    this.supplementals = new byte[kinds.length][];
    for (Supplemental s : kinds) {
      supplementals[s.ordinal()] = ascii(s.label());
    }
    Header.check(csv, ViewsFormat.COLUMNS);
  }

  /**
   * Opens a views file whose title ids refer to {@code catalog} and checks its header.
   *
   * @throws InputException if the file is missing or its header is wrong
   */
  public static ViewsReader open(Path file, Catalog catalog) throws IOException, InputException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    }
    return open(in, file.toString(), catalog);
  }

  /** Reads views from a stream, named {@code fileName} in messages; closes it when closed. */
  public static ViewsReader open(InputStream in, String fileName, Catalog catalog)
      throws IOException, InputException {
    CsvScanner csv = new CsvScanner(in, fileName, BUFFER);
    try {
      return new ViewsReader(csv, catalog);
    } catch (IOException | InputException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public boolean next(History h) throws IOException, InputException {
    if (!pending && !advance()) {
      return false;
    }
    int member = pendingMember;
    h.reset(member);
    profileBytes.clear();
    profileNames.clear();
    long lastUtc = Long.MIN_VALUE;
    do {
      lastUtc = add(h, lastUtc);
    } while (advance() && pendingMember == member);
    return true;
  }

  /**
   * Makes reading to the end fail unless the file held {@code rows} views, as {@code source} (the
   * manifest) claims.
   */
  void expectViews(long rows, String source) {
    expectedViews = rows;
    expectedBy = source;
  }

  /** Reads the next row and its member id; returns false at the end of the file. */
  private boolean advance() throws IOException, InputException {
    if (!csv.next()) {
      pending = false;
      if (expectedViews >= 0 && views != expectedViews) {
        throw new InputException(csv.fileName() + ": expected " + expectedViews + " views, as "
            + expectedBy + " claims, found " + views + "; refusing a stored run whose manifest"
            + " does not match its files");
      }
      return false;
    }
    fields.check();
    int member = fields.integer(MEMBER, "a member id (a whole number from 0)");
    if (member < lastMember) {
      throw fields.error(
          MEMBER,
          "rows sorted by member_id: a member id of at least " + lastMember + " (the previous row's"
              + ", line " + lastMemberLine + ")",
          Integer.toString(member));
    }
    lastMember = member;
    lastMemberLine = csv.line();
    pendingMember = member;
    pending = true;
    return true;
  }

  private long add(History h, long lastUtc) throws InputException {
    byte[] b = csv.bytes();
    int title = fields.integer(TITLE_ID, "a title id (a whole number from 0)");
    if (title >= titleNames.length) {
      throw fields.error(
          TITLE_ID, "a title id of titles.csv (0.." + (titleNames.length - 1) + ")",
          Integer.toString(title));
    }
    if (!csv.fieldEquals(TITLE, titleNames[title])) {
      throw fields.error(TITLE, "'" + catalog.title(title).name() + "', the name of title " + title
          + " in titles.csv");
    }
    long utc = instant(b, csv.start(START_UTC), csv.end(START_UTC), true);
    if (utc == Long.MIN_VALUE) {
      throw fields.error(START_UTC, "a UTC instant yyyy-MM-ddTHH:mm:ssZ");
    }
    if (utc < lastUtc) {
      throw fields.error(
          START_UTC,
          "a member's rows sorted by start_utc: an instant at or after the previous row's",
          "'" + csv.string(START_UTC) + "'");
    }
    long local = instant(b, csv.start(START_LOCAL), csv.end(START_LOCAL), false);
    if (local == Long.MIN_VALUE) {
      throw fields.error(START_LOCAL, "a local date-time yyyy-MM-ddTHH:mm:ss");
    }
    long localDay = Math.floorDiv(local, 86_400L);
    if (localDay < History.MIN_LOCAL_DAY || localDay > History.MAX_LOCAL_DAY) {
      throw fields.error(START_LOCAL, "a local date-time from "
          + LocalDate.ofEpochDay(History.MIN_LOCAL_DAY) + " to "
          + LocalDate.ofEpochDay(History.MAX_LOCAL_DAY));
    }
    long offset = local - utc;
    if (Math.abs(offset) > MAX_OFFSET_S) {
      throw fields.error(
          START_LOCAL,
          "the start_utc instant as wall time, within 18 hours of it",
          "'" + csv.string(START_LOCAL) + "', " + offset + " s from start_utc");
    }
    int duration = fields.integer(DURATION, "a duration in whole seconds");
    if (duration > runtimes[title]) {
      throw fields.error(DURATION, "a duration of at most the title's runtime, "
          + runtimes[title] + " s in titles.csv");
    }
    int zone = vocabularyIndex(zones, ZONE, "a time zone id");
    if (zone == zonesChecked) {
      checkZone();
      zonesChecked++;
    }
    int device = vocabularyIndex(devices, DEVICE, "a device name");
    int country = vocabularyIndex(countries, COUNTRY, "a country code");
    if (country == countriesChecked) {
      if (!COUNTRY_CODE.matcher(csv.string(COUNTRY)).matches()) {
        throw fields.error(COUNTRY, "an ISO 3166 alpha-2 country code (two capital letters, e.g."
            + " US; ZZ for unknown)");
      }
      countriesChecked++;
    }
    boolean autoplayed;
    if (csv.fieldEquals(AUTOPLAYED, TRUE)) {
      autoplayed = true;
    } else if (csv.fieldEquals(AUTOPLAYED, FALSE)) {
      autoplayed = false;
    } else {
      throw fields.error(AUTOPLAYED, "true or false");
    }
    Supplemental supplemental = supplemental();
    h.add(profile(), title, utc, (int) offset, duration, device, zone, country, autoplayed,
        supplemental);
    views++;
    return utc;
  }

  private void checkZone() throws InputException {
    try {
      ZoneId.of(csv.string(ZONE));
    } catch (DateTimeException e) {
      throw fields.error(ZONE, "a time zone id of the JDK's database (tzdata "
          + Tool.tzdataVersion() + "), e.g. America/New_York");
    }
  }

  private int vocabularyIndex(ByteInterner interner, int field, String what)
      throws InputException {
    if (csv.length(field) == 0) {
      throw fields.error(field, what, "an empty field");
    }
    int index = interner.index(csv.bytes(), csv.start(field), csv.end(field));
    if (index > Short.MAX_VALUE) {
      throw fields.error(field, "at most " + (Short.MAX_VALUE + 1) + " distinct values of " + what);
    }
    return index;
  }

  private Supplemental supplemental() throws InputException {
    for (int k = 0; k < supplementals.length; k++) {
      if (csv.fieldEquals(SUPPLEMENTAL, supplementals[k])) {
        return Supplemental.of(k);
      }
    }
    List<String> names = new ArrayList<>();
    for (Supplemental s : Supplemental.values()) {
      if (s != Supplemental.NONE) {
        names.add(s.name());
      }
    }
    throw fields.error(SUPPLEMENTAL, "empty or one of " + String.join(", ", names));
  }

  private int profile() throws InputException {
    byte[] b = csv.bytes();
    int s = csv.start(PROFILE);
    int e = csv.end(PROFILE);
    for (int k = 0; k < profileBytes.size(); k++) {
      byte[] p = profileBytes.get(k);
      if (Arrays.equals(p, 0, p.length, b, s, e)) {
        return k;
      }
    }
    if (s == e) {
      throw fields.error(PROFILE, "a profile name", "an empty field");
    }
    if (profileBytes.size() == History.MAX_PROFILES) {
      throw fields.error(PROFILE, "at most " + History.MAX_PROFILES + " profiles per member",
          "another new profile name");
    }
    byte[] name = Arrays.copyOfRange(b, s, e);
    profileBytes.add(name);
    profileNames.add(new String(name, StandardCharsets.UTF_8));
    return profileBytes.size() - 1;
  }

  /**
   * Returns the epoch second of {@code yyyy-MM-ddTHH:mm:ss} (with a final {@code Z} when {@code
   * utc}) read as UTC, or {@link Long#MIN_VALUE} when the text is not one.
   */
  static long instant(byte[] b, int s, int e, boolean utc) {
    if (e - s != (utc ? 20 : 19)
        || b[s + 4] != '-'
        || b[s + 7] != '-'
        || b[s + 10] != 'T'
        || b[s + 13] != ':'
        || b[s + 16] != ':'
        || (utc && b[s + 19] != 'Z')) {
      return Long.MIN_VALUE;
    }
    int year = digits(b, s, 4);
    int month = digits(b, s + 5, 2);
    int day = digits(b, s + 8, 2);
    int hour = digits(b, s + 11, 2);
    int minute = digits(b, s + 14, 2);
    int second = digits(b, s + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > monthLength(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return Long.MIN_VALUE;
    }
    return epochDay(year, month, day) * 86_400L + hour * 3_600 + minute * 60 + second;
  }

  private static int digits(byte[] b, int s, int n) {
    int v = 0;
    for (int p = s; p < s + n; p++) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Returns the epoch day of a proleptic Gregorian date (Hinnant's {@code days_from_civil}). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  @Override
  public List<String> profiles() {
    return List.copyOf(profileNames);
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary.build();
  }

  @Override
  public long views() {
    return views;
  }

  @Override
  public long bytesRead() {
    return csv.consumed();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
