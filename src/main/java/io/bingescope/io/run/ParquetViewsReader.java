package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.ParquetFiles;
import io.bingescope.io.RunSchemas;
import io.bingescope.io.Tool;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the views files of a Parquet run ({@code views-00000.parquet}, ...) member by member into a
 * reused {@link History}, column by column. The values are typed, so only their meaning is checked,
 * as {@link ViewsReader} checks a CSV's: title ids against the catalog (and names against theirs),
 * the order by member then {@code start_utc}, local times within 18 hours of UTC, durations within
 * the title's runtime, zones and country codes; an error names the file and row.
 */
final class ParquetViewsReader implements MemberSource {
  private static final MessageType VIEWS = ParquetFiles.schema("views", RunSchemas.VIEWS);
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
  private static final long MICROS = 1_000_000L;
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  private final List<Path> files;
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
  private int fileIndex = -1;
  private ParquetColumns in;
  private long bytesDone;
  private boolean pending;
  private int pendingMember;
  private int lastMember = -1;
  private long views;
  private int zonesChecked;
  private int countriesChecked;

  /**
   * Reads {@code files} in order against {@code catalog}; reading to the end fails unless they held
   * {@code expectedViews} views (unless negative), as {@code expectedBy} claims.
   */
  ParquetViewsReader(List<Path> files, Catalog catalog, long expectedViews, String expectedBy) {
    this.files = List.copyOf(files);
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

  /** Reads the next row's member id, opening the next file when one ends; false at the end. */
  private boolean advance() throws IOException, InputException {
    while (in == null || !in.next()) {
      if (in != null) {
        bytesDone += Files.size(in.file());
        in.close();
        in = null;
      }
      if (fileIndex >= files.size()) {
        return false; // the end was reached, and checked, before
      }
      if (++fileIndex == files.size()) {
        pending = false;
        if (expectedViews >= 0 && views != expectedViews) {
          throw new InputException((files.isEmpty() ? "the run" : files.get(0).getParent()) + ": expected " + expectedViews
              + " views, as " + expectedBy + " claims, found " + views + "; refusing a stored run"
              + " whose manifest does not match its files");
        }
        return false;
      }
      in = ParquetColumns.open(files.get(fileIndex), VIEWS);
    }
    int member = in.column(MEMBER).getInteger();
    in.column(MEMBER).consume();
    if (member < lastMember || member < 0) {
      throw error(MEMBER, "rows sorted by member_id: a member id of at least "
          + Math.max(0, lastMember), Integer.toString(member));
    }
    lastMember = member;
    pendingMember = member;
    pending = true;
    return true;
  }

  private long add(History h, long lastUtc) throws InputException {
    int profile = profile(binary(PROFILE));
    int title = integer(TITLE_ID);
    if (title < 0 || title >= titleNames.length) {
      throw error(TITLE_ID, "a title id of titles.parquet (0.." + (titleNames.length - 1) + ")",
          Integer.toString(title));
    }
    Binary name = binary(TITLE);
    if (!name.equals(titleNames[title])) {
      throw error(TITLE, "'" + catalog.title(title).name() + "', the name of title " + title
          + " in titles.parquet", "'" + name.toStringUsingUTF8() + "'");
    }
    long utcMicros = int64(START_UTC);
    long localMicros = int64(START_LOCAL);
    if (utcMicros % MICROS != 0 || localMicros % MICROS != 0) {
      throw error(START_UTC, "start_utc and start_local in whole seconds",
          utcMicros + " and " + localMicros + " microseconds");
    }
    long utc = utcMicros / MICROS;
    if (utc < lastUtc) {
      throw error(START_UTC, "a member's rows sorted by start_utc: an instant at or after the"
          + " previous row's", Long.toString(utc) + " s");
    }
    long local = localMicros / MICROS;
    long localDay = Math.floorDiv(local, 86_400L);
    if (localDay < History.MIN_LOCAL_DAY || localDay > History.MAX_LOCAL_DAY) {
      throw error(START_LOCAL, "a local date-time from "
          + LocalDate.ofEpochDay(History.MIN_LOCAL_DAY) + " to "
          + LocalDate.ofEpochDay(History.MAX_LOCAL_DAY), LocalDate.ofEpochDay(localDay).toString());
    }
    long offset = local - utc;
    if (Math.abs(offset) > History.MAX_OFFSET_S) {
      throw error(START_LOCAL, "the start_utc instant as wall time, within 18 hours of it",
          offset + " s from start_utc");
    }
    int zone = zones.index(binary(ZONE));
    if (zone == zonesChecked) {
      try {
        ZoneId.of(zones.last());
      } catch (DateTimeException e) {
        throw error(ZONE, "a time zone id of the JDK's database (tzdata " + Tool.tzdataVersion()
            + "), e.g. America/New_York", "'" + zones.last() + "'");
      }
      zonesChecked++;
    }
    int duration = integer(DURATION);
    if (duration < 0 || duration > runtimes[title]) {
      throw error(DURATION, "a duration from 0 to the title's runtime, " + runtimes[title]
          + " s in titles.parquet", duration + " s");
    }
    int device = devices.index(binary(DEVICE));
    int country = countries.index(binary(COUNTRY));
    if (country == countriesChecked) {
      if (!COUNTRY_CODE.matcher(countries.last()).matches()) {
        throw error(COUNTRY, "an ISO 3166 alpha-2 country code (two capital letters, e.g. US; ZZ"
            + " for unknown)", "'" + countries.last() + "'");
      }
      countriesChecked++;
    }
    if (Math.max(zone, Math.max(device, country)) > Short.MAX_VALUE) {
      throw error(ZONE, "at most " + (Short.MAX_VALUE + 1) + " distinct zones, devices and"
          + " countries", "more");
    }
    boolean autoplayed = in.column(AUTOPLAYED).getBoolean();
    in.column(AUTOPLAYED).consume();
    Supplemental supplemental = supplemental(binary(SUPPLEMENTAL));
    h.add(profile, title, utc, (int) offset, duration, device, zone, country, autoplayed,
        supplemental);
    views++;
    return utc;
  }

  private int integer(int column) {
    ColumnReader c = in.column(column);
    int v = c.getInteger();
    c.consume();
    return v;
  }

  private long int64(int column) {
    ColumnReader c = in.column(column);
    long v = c.getLong();
    c.consume();
    return v;
  }

  private Binary binary(int column) {
    ColumnReader c = in.column(column);
    Binary v = c.getBinary();
    c.consume();
    return v;
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
    throw error(SUPPLEMENTAL, "empty or one of " + String.join(", ", names),
        "'" + value.toStringUsingUTF8() + "'");
  }

  private int profile(Binary name) throws InputException {
    for (int k = 0; k < profileBinaries.size(); k++) {
      if (profileBinaries.get(k).equals(name)) {
        return k;
      }
    }
    if (name.length() == 0) {
      throw error(PROFILE, "a profile name", "an empty string");
    }
    if (profileBinaries.size() == History.MAX_PROFILES) {
      throw error(PROFILE, "at most " + History.MAX_PROFILES + " profiles per member",
          "another new profile name");
    }
    profileBinaries.add(name.copy());
    profileNames.add(name.toStringUsingUTF8());
    return profileBinaries.size() - 1;
  }

  private InputException error(int column, String expected, String found) {
    return new InputException(in.file() + ": row " + in.row() + ", column "
        + RunSchemas.VIEWS.column(column).name() + ": expected " + expected + ", found " + found);
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
    return bytesDone;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
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
