package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Tool;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.parquet.io.api.Binary;

/**
 * Reads typed view rows (a Parquet run's columns, a JSONL run's objects) member by member into a
 * reused {@link History}. The values have their types already, so only their meaning is checked, as
 * {@link ViewsReader} checks a CSV's: title ids against the catalog (and names against theirs), the
 * order by member then {@code start_utc}, local times within 18 hours of UTC, durations within the
 * title's runtime, zones and country codes; an error names the file and row.
 */
final class TypedViewsReader implements MemberSource {
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  /** The rows of a run's views, one at a time, with their values decoded. */
  interface Rows extends AutoCloseable {
    /**
     * Moves to the next row, across files; returns false at the end.
     *
     * @throws InputException if the row cannot be decoded; the message says where
     */
    boolean next() throws IOException, InputException;

    /** Returns the current row's view; valid until the next call of {@link #next()}. */
    Row row();

    /** Returns an error about the current row's {@code column}: expected, and found. */
    InputException error(String column, String expected, String found);

    /** Returns the bytes read so far. */
    long bytesRead();

    @Override
    void close() throws IOException;
  }

  /** One view's values, decoded: instants in epoch seconds, strings as UTF-8. */
  static final class Row {
    int member;
    Binary profile;
    int titleId;
    Binary title;
    long startUtc;
    long startLocal;
    Binary zone;
    int duration;
    Binary device;
    Binary country;
    boolean autoplayed;
    Binary supplemental;
  }

  private final Rows rows;
  private final String source;
  private final Catalog catalog;
  private final Binary[] titleNames;
  private final int[] runtimes;
  private final Binary[] supplementals;
  private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
  private final Interned zones = new Interned(vocabulary::zone);
  private final Interned countries = new Interned(vocabulary::country);
  private final Interned devices = new Interned(vocabulary::device);
  private final List<Binary> profileBinaries = new ArrayList<>();
  private final List<String> profileNames = new ArrayList<>();
  private final long expectedViews;
  private final String expectedBy;
  private boolean ended;
  private boolean pending;
  private int pendingMember;
  private int lastMember = -1;
  private long views;
  private int zonesChecked;
  private int countriesChecked;

  /**
   * Reads {@code rows} (of {@code source}, named in messages) against {@code catalog}; reading to
   * the end fails unless they held {@code expectedViews} views (unless negative), as {@code
   * expectedBy} claims.
   */
  TypedViewsReader(Rows rows, String source, Catalog catalog, long expectedViews, String expectedBy) {
    this.rows = rows;
    this.source = source;
    this.catalog = catalog;
    this.expectedViews = expectedViews;
    this.expectedBy = expectedBy;
    this.titleNames = new Binary[catalog.size()];
    this.runtimes = new int[catalog.size()];
    for (Title t : catalog.titles()) {
      titleNames[t.id()] = Binary.fromString(t.name());
      runtimes[t.id()] = t.runtimeS();
    }
    Supplemental[] kinds = Supplemental.values();
    this.supplementals = new Binary[kinds.length];
    for (Supplemental s : kinds) {
      supplementals[s.ordinal()] = Binary.fromString(s.label());
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
    profileBinaries.clear();
    profileNames.clear();
    long lastUtc = Long.MIN_VALUE;
    do {
      lastUtc = add(h, lastUtc);
    } while (advance() && pendingMember == member);
    return true;
  }

  /** Reads the next row and its member id; returns false at the end. */
  private boolean advance() throws IOException, InputException {
    if (ended || !rows.next()) {
      pending = false;
      if (!ended && expectedViews >= 0 && views != expectedViews) {
        throw new InputException(source + ": expected " + expectedViews + " views, as "
            + expectedBy + " claims, found " + views + "; refusing a stored run whose manifest"
            + " does not match its files");
      }
      ended = true;
      return false;
    }
    int member = rows.row().member;
    if (member < lastMember || member < 0) {
      throw rows.error("member_id", "rows sorted by member_id: a member id of at least "
          + Math.max(0, lastMember), Integer.toString(member));
    }
    lastMember = member;
    pendingMember = member;
    pending = true;
    return true;
  }

  private long add(History h, long lastUtc) throws InputException {
    Row r = rows.row();
    int profile = profile(r.profile);
    int title = r.titleId;
    if (title < 0 || title >= titleNames.length) {
      throw error("title_id", "a title id of the titles file (0.." + (titleNames.length - 1) + ")",
          Integer.toString(title));
    }
    Binary name = r.title;
    if (!name.equals(titleNames[title])) {
      throw error("title", "'" + catalog.title(title).name() + "', the name of title " + title
          + " in the titles file", "'" + name.toStringUsingUTF8() + "'");
    }
    long utc = r.startUtc;
    if (utc < lastUtc) {
      throw error("start_utc", "a member's rows sorted by start_utc: an instant at or after the"
          + " previous row's", Long.toString(utc) + " s");
    }
    long local = r.startLocal;
    long localDay = Math.floorDiv(local, 86_400L);
    if (localDay < History.MIN_LOCAL_DAY || localDay > History.MAX_LOCAL_DAY) {
      throw error("start_local", "a local date-time from "
          + LocalDate.ofEpochDay(History.MIN_LOCAL_DAY) + " to "
          + LocalDate.ofEpochDay(History.MAX_LOCAL_DAY), LocalDate.ofEpochDay(localDay).toString());
    }
    long offset = local - utc;
    if (Math.abs(offset) > History.MAX_OFFSET_S) {
      throw error("start_local", "the start_utc instant as wall time, within 18 hours of it",
          offset + " s from start_utc");
    }
    int zone = zones.index(r.zone);
    if (zone == zonesChecked) {
      try {
        ZoneId.of(zones.last());
      } catch (DateTimeException e) {
        throw error("time_zone", "a time zone id of the JDK's database (tzdata " + Tool.tzdataVersion()
            + "), e.g. America/New_York", "'" + zones.last() + "'");
      }
      zonesChecked++;
    }
    int duration = r.duration;
    if (duration < 0 || duration > runtimes[title]) {
      throw error("duration_s", "a duration from 0 to the title's runtime, " + runtimes[title]
          + " s in the titles file", duration + " s");
    }
    int device = devices.index(r.device);
    int country = countries.index(r.country);
    if (country == countriesChecked) {
      if (!COUNTRY_CODE.matcher(countries.last()).matches()) {
        throw error("country", "an ISO 3166 alpha-2 country code (two capital letters, e.g. US; ZZ"
            + " for unknown)", "'" + countries.last() + "'");
      }
      countriesChecked++;
    }
    if (Math.max(zone, Math.max(device, country)) > Short.MAX_VALUE) {
      throw error("time_zone", "at most " + (Short.MAX_VALUE + 1) + " distinct zones, devices and"
          + " countries", "more");
    }
    boolean autoplayed = r.autoplayed;
    Supplemental supplemental = supplemental(r.supplemental);
    h.add(profile, title, utc, (int) offset, duration, device, zone, country, autoplayed,
        supplemental);
    views++;
    return utc;
  }

  private Supplemental supplemental(Binary value) throws InputException {
    for (int k = 0; k < supplementals.length; k++) {
      if (value.equals(supplementals[k])) {
        return Supplemental.of(k);
      }
    }
    List<String> names = new ArrayList<>();
    for (Supplemental s : Supplemental.values()) {
      if (s != Supplemental.NONE) {
        names.add(s.label());
      }
    }
    throw error("supplemental", "empty or one of " + String.join(", ", names),
        "'" + value.toStringUsingUTF8() + "'");
  }

  private int profile(Binary name) throws InputException {
    for (int k = 0; k < profileBinaries.size(); k++) {
      if (profileBinaries.get(k).equals(name)) {
        return k;
      }
    }
    if (name.length() == 0) {
      throw error("profile", "a profile name", "an empty string");
    }
    if (profileBinaries.size() == History.MAX_PROFILES) {
      throw error("profile", "at most " + History.MAX_PROFILES + " profiles per member",
          "another new profile name");
    }
    profileBinaries.add(name.copy());
    profileNames.add(name.toStringUsingUTF8());
    return profileBinaries.size() - 1;
  }

  private InputException error(String column, String expected, String found) {
    return rows.error(column, expected, found);
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
    return rows.bytesRead();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }

  /**
   * Strings to vocabulary indices: a dictionary-encoded column hands back the same {@link Binary}
   * for the same value, so the last one is tried by identity before by content.
   */
  private static final class Interned {
    private final java.util.function.ToIntFunction<String> register;
    private final java.util.HashMap<Binary, Integer> indices = new java.util.HashMap<>();
    private Binary lastBinary;
    private int lastIndex;
    private String last;

    Interned(java.util.function.ToIntFunction<String> register) {
      this.register = register;
    }

    int index(Binary value) {
      if (value == lastBinary) {
        return lastIndex;
      }
      Integer known = indices.get(value);
      if (known == null) {
        Binary key = value.copy();
        last = key.toStringUsingUTF8();
        known = register.applyAsInt(last);
        indices.put(key, known);
      }
      lastBinary = value;
      lastIndex = known;
      return known;
    }

    /** Returns the value registered last, to check it. */
    String last() {
      return last;
    }
  }
}
