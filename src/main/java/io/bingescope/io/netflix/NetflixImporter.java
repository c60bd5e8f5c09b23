package io.bingescope.io.netflix;

import io.bingescope.io.InputException;
import io.bingescope.io.netflix.ExportLines.Split;
import io.bingescope.io.netflix.ImportReport.Problem;
import io.bingescope.io.netflix.ImportReport.Reason;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.model.Vocabulary;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Netflix export file (the full archive's {@code ViewingActivity.csv} or the simple
 * {@code NetflixViewingHistory.csv}) into one member's history, a synthetic catalog and a report of
 * every row skipped. The rules are in docs/netflix-export.md: each malformed row is skipped with
 * its line and reason (or, strict, stops the import); a file that is not an export is refused;
 * rows are put in time order (Netflix writes newest first); titles are parsed into films and episodes and
 * each title's runtime is estimated as its longest view.
 */
public final class NetflixImporter {
  /** The columns of the full archive's ViewingActivity.csv, in Netflix's order. */
  static final List<String> ACTIVITY_COLUMNS =
      List.of(
          "Profile Name", "Start Time", "Duration", "Attributes", "Title",
          "Supplemental Video Type", "Device Type", "Bookmark", "Latest Bookmark", "Country");

  /** The columns of the simple NetflixViewingHistory.csv. */
  static final List<String> SIMPLE_COLUMNS = List.of("Title", "Date");

  /** The most rows an export may hold: decades of daily viewing, bounded memory. */
  static final int MAX_ROWS = 1_000_000;

  /** The most distinct profiles: Netflix allows 5 per account; more is not an export. */
  static final int MAX_PROFILES = 100;

  /** The duration and runtime of a simple-history view: the least that qualifies at every level. */
  static final int DATES_ONLY_DURATION_S = 120;

  /**
   * The longest plausible view, 24 h: the longest titles run a few hours and Netflix stops
   * playing after a few episodes without input, so a longer Duration is a malformed row.
   */
  static final int MAX_VIEW_S = 24 * 3_600;

  /** The first and last years accepted in a start time or date. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2099;

  /** The profile name of the simple history, which does not say whose it is. */
  static final String SIMPLE_PROFILE = "unnamed";

  /** The country of a simple-history view: ISO 3166's code for an unknown country. */
  static final String UNKNOWN_COUNTRY = "ZZ";

  static final String UNKNOWN_DEVICE = "unknown";

  private static final List<String> REQUIRED =
      List.of("Profile Name", "Start Time", "Duration", "Title");
  private static final Pattern START =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):([0-5]\\d):([0-5]\\d)");
  private static final Pattern COUNTRY = Pattern.compile("([A-Z]{2})(?: \\(.*\\))?");
  private static final Pattern DATE = Pattern.compile("(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{1,4})");
  private static final Pattern HOOK = Pattern.compile("(.+?)_hook(?:_[A-Za-z0-9]+)*");
  private static final LocalTime NOON = LocalTime.NOON;
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final String name;
  private final byte[] data;
  private final ImportSettings settings;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private long read;

  private NetflixImporter(String name, byte[] data, ImportSettings settings) {
    this.name = name;
    this.data = data;
    this.settings = settings;
  }

  /** One imported view, before title ids exist. */
  private record Row(
      long line,
      String profile,
      String title,
      Supplemental supplemental,
      long utc,
      int offset,
      int duration,
      String device,
      String country,
      String zone,
      boolean autoplayed) {}

  /** The kind of export a header announces. */
  public enum Kind {
    ACTIVITY,
    SIMPLE
  }

  /**
   * Reads an export file's bytes.
   *
   * @param name the file as named in messages
   * @throws InputException if the file is not an export, is empty, has no usable row, or (strict)
   *     holds a malformed row
   */
  public static Imported read(String name, byte[] data, ImportSettings settings) throws InputException {
    return new NetflixImporter(name, data, settings).read();
  }

  /**
   * The result of an import.
   *
   * @param kind which export it was
   * @param catalog the synthetic catalog of the titles seen
   * @param history member 0's views in time order
   * @param profiles the profile names, indexed like the history's profiles
   * @param vocabulary the zones, countries and devices of the views
   * @param report rows read, imported and skipped
   * @param notes the assumptions made, for the user
   * @param observed what the export records of each view
   * @param sha256 the hex SHA-256 of the file's bytes
   * @param bytes the file's size in bytes
   */
  public record Imported(
      Kind kind,
      Catalog catalog,
      History history,
      List<String> profiles,
      Vocabulary vocabulary,
      ImportReport report,
      List<String> notes,
      Observed observed,
      String sha256,
      long bytes) {}

  private Imported read() throws InputException {
    ExportLines lines = new ExportLines(data, name);
    if (blank(data) || !lines.next()) {
      throw new InputException(name + ": an empty file; expected a Netflix export starting with"
          + " the header " + String.join(",", ACTIVITY_COLUMNS) + " (ViewingActivity.csv) or "
          + String.join(",", SIMPLE_COLUMNS) + " (NetflixViewingHistory.csv)");
    }
    List<String> header = header(lines);
    Kind kind = header.equals(SIMPLE_COLUMNS) ? Kind.SIMPLE : Kind.ACTIVITY;
    if (kind == Kind.ACTIVITY) {
      readActivity(lines, header);
    } else {
      readSimple(lines);
    }
    ImportReport report = new ImportReport(name, read, rows.size(), problems);
    if (rows.isEmpty()) {
      throw new InputException(name + ": no row could be imported (" + read + " rows read, "
          + problems.size() + " skipped)" + (problems.isEmpty() ? "" : "; first: "
          + report.message(problems.get(0))));
    }
    return build(kind, report);
  }

  /** Reads and checks the header line, refusing a file that is not an export. */
  private List<String> header(ExportLines lines) throws InputException {
    String text = lines.text();
    Split split = text == null ? null : ExportLines.split(text);
    List<String> found = split == null || split.fields() == null ? List.of() : split.fields();
    if (found.equals(SIMPLE_COLUMNS) || found.equals(ACTIVITY_COLUMNS)) {
      return found;
    }
    List<String> missing = new ArrayList<>(REQUIRED);
    missing.removeAll(found);
    if (found.contains("Profile Name") || found.contains("Start Time")) {
      if (missing.isEmpty()) {
        List<String> extra = new ArrayList<>(found);
        extra.removeAll(ACTIVITY_COLUMNS);
        List<String> absent = new ArrayList<>(ACTIVITY_COLUMNS);
        absent.removeAll(found);
        notes.add(name + ":1: the header differs from Netflix's ("
            + (extra.isEmpty() ? "" : "extra columns " + String.join(", ", extra) + " ignored")
            + (extra.isEmpty() || absent.isEmpty() ? "" : "; ")
            + (absent.isEmpty() ? "" : "columns " + String.join(", ", absent) + " missing")
            + "); columns are read by name");
        return found;
      }
      throw new InputException(name + ":1: expected the header " + String.join(",",
          ACTIVITY_COLUMNS) + ", found one missing " + String.join(", ", missing));
    }
    String shown = text == null ? "text that is not UTF-8" : "'" + shorten(text) + "'";
    throw new InputException(name + ":1: not a Netflix viewing history: expected the header "
        + String.join(",", ACTIVITY_COLUMNS) + " (ViewingActivity.csv) or "
        + String.join(",", SIMPLE_COLUMNS) + " (NetflixViewingHistory.csv), found " + shown);
  }

  /** Returns the fields of the current line, or null after recording why it was skipped. */
  private List<String> fields(ExportLines lines, int columns) throws InputException {
    read++;
    if (read > MAX_ROWS) {
      throw new InputException(name + ":" + lines.line() + ": more than " + MAX_ROWS + " rows;"
          + " a Netflix viewing history is far smaller, so this file is refused");
    }
    if (lines.text() == null) {
      problem(lines.line(), Reason.INVALID_UTF8, lines.invalid());
      return null;
    }
    String text = lines.text();
    if (text.isBlank()) {
      problem(lines.line(), Reason.BLANK_LINE, "expected a row, found an empty line");
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        problem(lines.line(), Reason.CONTROL_CHARACTERS, "expected text, found the control"
            + " character U+" + String.format("%04X", (int) c) + " at character " + (i + 1));
        return null;
      }
    }
    Split split = ExportLines.split(text);
    if (split.fields() == null) {
      problem(lines.line(), Reason.BROKEN_QUOTING, split.error());
      return null;
    }
    if (split.fields().size() != columns) {
      problem(lines.line(), Reason.WRONG_COLUMN_COUNT, "expected " + columns + " fields, found "
          + split.fields().size());
      return null;
    }
    return split.fields();
  }

  private void readActivity(ExportLines lines, List<String> header) throws InputException {
    int profileAt = header.indexOf("Profile Name");
    int startAt = header.indexOf("Start Time");
    int durationAt = header.indexOf("Duration");
    int attributesAt = header.indexOf("Attributes");
    int titleAt = header.indexOf("Title");
    int supplementalAt = header.indexOf("Supplemental Video Type");
    int deviceAt = header.indexOf("Device Type");
    int countryAt = header.indexOf("Country");
    Map<String, Long> unknownKinds = new TreeMap<>();
    Map<String, Long> countries = new HashMap<>();
    Map<String, Long> unzoned = new TreeMap<>();
    while (lines.next()) {
      List<String> f = fields(lines, header.size());
      if (f == null) {
        continue;
      }
      long line = lines.line();
      String profile = f.get(profileAt).strip();
      if (profile.isEmpty()) {
        problem(line, Reason.MISSING_VALUE, "expected a Profile Name, found an empty field");
        continue;
      }
      long utc = startTime(f.get(startAt));
      if (utc == Long.MIN_VALUE) {
        problem(line, Reason.BAD_START_TIME, "expected a UTC time YYYY-MM-DD HH:MM:SS (years "
            + FIRST_YEAR + "-" + LAST_YEAR + "), found '" + shorten(f.get(startAt)) + "'");
        continue;
      }
      int duration = duration(f.get(durationAt));
      if (duration < 0) {
        problem(line, Reason.BAD_DURATION, "expected a duration HH:MM:SS, found '"
            + shorten(f.get(durationAt)) + "'");
        continue;
      }
      if (duration > MAX_VIEW_S) {
        problem(line, Reason.BAD_DURATION, "expected a duration of at most 24:00:00 (no view"
            + " lasts longer than a day), found '" + shorten(f.get(durationAt)) + "'");
        continue;
      }
      String title = f.get(titleAt).strip();
      if (title.isEmpty()) {
        problem(line, Reason.MISSING_VALUE, "expected a Title, found an empty field");
        continue;
      }
      String country = UNKNOWN_COUNTRY;
      if (countryAt >= 0) {
        Matcher m = COUNTRY.matcher(f.get(countryAt).strip());
        if (!m.matches()) {
          problem(line, Reason.BAD_COUNTRY, "expected a country like 'US (United States)', found '"
              + shorten(f.get(countryAt)) + "'");
          continue;
        }
        country = m.group(1);
      }
      Supplemental supplemental = Supplemental.NONE;
      if (supplementalAt >= 0 && !f.get(supplementalAt).isBlank()) {
        String kind = f.get(supplementalAt).strip().toUpperCase(Locale.ROOT);
        supplemental = supplemental(kind);
        if (supplemental == null) {
          unknownKinds.merge(shorten(kind), 1L, Long::sum);
          supplemental = Supplemental.PROMOTIONAL;
        }
      }
      if (supplemental == Supplemental.HOOK) {
        Matcher m = HOOK.matcher(title);
        if (m.matches()) {
          title = m.group(1);
        }
      }
      String device = deviceAt < 0 || f.get(deviceAt).isBlank() ? UNKNOWN_DEVICE
          : f.get(deviceAt).strip();
      ZoneId zone = settings.zone().orElse(null);
      if (zone == null) {
        zone = CountryZones.primary(country).orElse(null);
        if (zone == null) {
          unzoned.merge(country, 1L, Long::sum);
          zone = UTC;
        }
      }
      countries.merge(country, 1L, Long::sum);
      int offset = zone.getRules().getOffset(Instant.ofEpochSecond(utc)).getTotalSeconds();
      boolean autoplayed = attributesAt >= 0 && autoplayed(f.get(attributesAt));
      rows.add(new Row(line, profile, title, supplemental, utc, offset, duration, device, country,
          zone.getId(), autoplayed));
    }
    zoneNotes(countries, unzoned);
    if (!unknownKinds.isEmpty()) {
      notes.add("unknown Supplemental Video Types kept as PROMOTIONAL (never counted as views): "
          + counted(unknownKinds));
    }
  }

  private void zoneNotes(Map<String, Long> countries, Map<String, Long> unzoned) {
    if (settings.zone().isPresent()) {
      notes.add("times: UTC start times shown as local time in " + settings.zone().get().getId()
          + " (--zone)");
      return;
    }
    List<Map.Entry<String, Long>> byRows = new ArrayList<>(countries.entrySet());
    byRows.sort(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Long> e : byRows) {
      String zone = CountryZones.primary(e.getKey()).map(ZoneId::getId).orElse("UTC");
      parts.add(e.getKey() + " -> " + zone + " (" + e.getValue() + " rows)");
    }
    notes.add("times: UTC start times shown as local time in each row's country's primary zone ("
        + String.join(", ", parts) + "); an assumption: pass --zone to use another");
    if (!unzoned.isEmpty()) {
      notes.add("no zone known for " + counted(unzoned) + ": those times stay in UTC; pass --zone");
    }
  }

  private void readSimple(ExportLines lines) throws InputException {
    record Dated(long line, String title, int a, int b, int c, boolean yearFirst) {}
    List<Dated> dated = new ArrayList<>();
    while (lines.next()) {
      List<String> f = fields(lines, SIMPLE_COLUMNS.size());
      if (f == null) {
        continue;
      }
      String title = f.get(0).strip();
      if (title.isEmpty()) {
        problem(lines.line(), Reason.MISSING_VALUE, "expected a Title, found an empty field");
        continue;
      }
      Matcher m = DATE.matcher(f.get(1).strip());
      if (!m.matches()) {
        problem(lines.line(), Reason.BAD_DATE, "expected a date like 1/19/19, 19/1/19 or"
            + " 19-01-19, found '" + shorten(f.get(1)) + "'");
        continue;
      }
      boolean yearFirst = m.group(1).length() == 4;
      dated.add(new Dated(lines.line(), title, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), yearFirst));
    }
    DateOrder order = settings.dateOrder();
    if (order == DateOrder.DETECT) {
      List<int[]> parts = new ArrayList<>();
      for (Dated d : dated) {
        if (!d.yearFirst) {
          parts.add(new int[] {d.a, d.b, d.c, (int) d.line});
        }
      }
      order = DateDetection.detect(name, parts);
      if (order != DateOrder.DETECT) {
        notes.add("dates read as " + order.label() + " (detected from the file; --date-format"
            + " forces an order)");
      }
    }
    ZoneId zone = settings.zone().orElse(UTC);
    for (Dated d : dated) {
      LocalDate date = d.yearFirst ? date(d.a, d.b, d.c) : switch (order) {
        case MDY -> date(year(d.c), d.a, d.b);
        case DMY -> date(year(d.c), d.b, d.a);
        case YMD -> date(year(d.a), d.b, d.c);
        case DETECT -> null;
      };
      if (date == null) {
        problem(d.line, Reason.BAD_DATE, "expected a calendar date from " + FIRST_YEAR + " to "
            + LAST_YEAR + " read as " + (d.yearFirst ? DateOrder.YMD.label() : order.label())
            + ", found " + d.a + "/" + d.b + "/" + d.c);
        continue;
      }
      ZonedDateTime noon = LocalDateTime.of(date, NOON).atZone(zone);
      long utc = noon.toEpochSecond();
      rows.add(new Row(d.line, SIMPLE_PROFILE, d.title, Supplemental.NONE, utc,
          noon.getOffset().getTotalSeconds(), DATES_ONLY_DURATION_S, UNKNOWN_DEVICE,
          UNKNOWN_COUNTRY, zone.getId(), false));
    }
    notes.add("dates only: " + ExportLocator.SIMPLE + " has no times, durations, profiles,"
        + " devices or countries; each row is one view at local noon (time unknown) in "
        + zone.getId() + ", and figures that need times or durations are reported as"
        + " unavailable");
  }

  private Imported build(Kind kind, ImportReport report) throws InputException {
    // Netflix lists the newest view first: time order is start time, then the reverse of the file.
    rows.sort(Comparator.comparingLong(Row::utc).thenComparing(Comparator.comparingLong(Row::line)
        .reversed()));
    Catalog catalog = catalog();
    Map<String, Integer> ids = new HashMap<>();
    for (Title t : catalog.titles()) {
      ids.put(t.name(), t.id());
    }
    Vocabulary.Builder vocabulary = new Vocabulary.Builder();
    Map<String, Integer> profiles = new LinkedHashMap<>();
    History h = new History(rows.size());
    h.reset(0);
    for (Row r : rows) {
      Integer p = profiles.get(r.profile);
      if (p == null) {
        if (profiles.size() == MAX_PROFILES) {
          throw new InputException(name + ":" + r.line + ": more than " + MAX_PROFILES
              + " profile names; a Netflix account has at most 5, so this is not an export");
        }
        p = profiles.size();
        profiles.put(r.profile, p);
      }
      int device = vocabulary.device(r.device);
      int zone = vocabulary.zone(r.zone);
      int country = vocabulary.country(r.country);
      if (Math.max(device, Math.max(zone, country)) > Short.MAX_VALUE) {
        throw new InputException(name + ":" + r.line + ": more than " + (Short.MAX_VALUE + 1)
            + " distinct devices, zones or countries; this is not a viewing history");
      }
      h.add(p, ids.get(r.title), r.utc, r.offset, r.duration, device, zone, country, r.autoplayed,
          r.supplemental);
    }
    if (kind == Kind.ACTIVITY) {
      notes.add("runtimes are estimates: each title's longest view in this file (Netflix's"
          + " catalog is not consulted), so a title only ever watched in part looks complete");
    }
    return new Imported(kind, catalog, h, List.copyOf(profiles.keySet()), vocabulary.build(),
        report, List.copyOf(notes), kind == Kind.SIMPLE ? Observed.DATES_ONLY
            : Observed.NETFLIX_ACTIVITY, sha256(data), data.length);
  }

  /** Builds the catalog: titles in order of first view, episodes grouped into series. */
  private Catalog catalog() {
    Map<String, int[]> longest = new LinkedHashMap<>();
    Map<String, Long> firstUtc = new HashMap<>();
    Map<String, Integer> firstOffset = new HashMap<>();
    for (Row r : rows) {
      int[] l = longest.computeIfAbsent(r.title, k -> new int[] {0, 0});
      // [0]: longest view of the title itself, [1]: longest supplemental view
      int slot = r.supplemental == Supplemental.NONE ? 0 : 1;
      l[slot] = Math.max(l[slot], r.duration);
      firstUtc.putIfAbsent(r.title, r.utc);
      firstOffset.putIfAbsent(r.title, r.offset);
    }
    List<String> names = new ArrayList<>(longest.keySet());
    List<TitleParser.Parsed> parsed = new ArrayList<>(names.size());
    for (String n : names) {
      parsed.add(TitleParser.parse(n));
    }
    int[] episode = EpisodeNumbers.assign(parsed);
    Map<String, List<Integer>> bySeries = new LinkedHashMap<>();
    for (int id = 0; id < names.size(); id++) {
      if (parsed.get(id).kind() == TitleKind.EPISODE) {
        bySeries.computeIfAbsent(parsed.get(id).series(), k -> new ArrayList<>()).add(id);
      }
    }
    int[] seriesOf = new int[names.size()];
    Arrays.fill(seriesOf, -1);
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : bySeries.entrySet()) {
      List<Integer> eps = new ArrayList<>(e.getValue());
      eps.sort(Comparator.<Integer>comparingInt(i -> parsed.get(i).season())
          .thenComparingInt(i -> episode[i]));
      int[] episodeIds = eps.stream().mapToInt(Integer::intValue).toArray();
      List<Integer> starts = new ArrayList<>();
      for (int p = 0; p < episodeIds.length; p++) {
        if (p == 0 || parsed.get(episodeIds[p - 1]).season() != parsed.get(episodeIds[p])
            .season()) {
          starts.add(p);
        }
        seriesOf[episodeIds[p]] = series.size();
      }
      starts.add(episodeIds.length);
      series.add(new Series(series.size(), e.getKey(), episodeIds,
          starts.stream().mapToInt(Integer::intValue).toArray()));
    }
    List<Title> titles = new ArrayList<>(names.size());
    for (int id = 0; id < names.size(); id++) {
      String n = names.get(id);
      int[] l = longest.get(n);
      int runtime = Math.max(1, l[0] > 0 ? l[0] : l[1]);
      TitleParser.Parsed p = parsed.get(id);
      // Netflix's release dates are not in the export: the local day of the first view stands in.
      LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(firstUtc.get(n) + firstOffset.get(n),
          86_400L));
      titles.add(new Title(id, n, p.kind(), seriesOf[id], p.series(), p.season(), episode[id],
          runtime, first, List.of(), List.of()));
    }
    return new Catalog(titles, series);
  }

  private void problem(long line, Reason reason, String detail) throws InputException {
    Problem p = new Problem(line, reason, detail);
    if (settings.strict()) {
      throw new InputException(name + ":" + line + ": " + reason.label() + ": " + detail
          + " (--strict stops at the first bad row)");
    }
    problems.add(p);
  }

  /** Returns the epoch second of {@code YYYY-MM-DD HH:MM:SS}, or Long.MIN_VALUE when it is not. */
  private static long startTime(String text) {
    Matcher m = START.matcher(text.strip());
    if (!m.matches()) {
      return Long.MIN_VALUE;
    }
    LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = Integer.parseInt(m.group(6));
    if (date == null || hour > 23 || minute > 59 || second > 59) {
      return Long.MIN_VALUE;
    }
    return date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
  }

  /** Returns the seconds of {@code H:MM:SS}, or -1 when it is not one. */
  static int duration(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      return -1;
    }
    return Integer.parseInt(m.group(1)) * 3_600 + Integer.parseInt(m.group(2)) * 60
        + Integer.parseInt(m.group(3));
  }

  /** Returns the date, or null when it is not a calendar date within the accepted years. */
  private static LocalDate date(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns a two-digit year as 20YY; longer years as they are. */
  private static int year(int y) {
    return y < 100 ? 2000 + y : y;
  }

  private static boolean autoplayed(String attributes) {
    for (String item : attributes.split(";")) {
      if (item.strip().startsWith("Autoplayed")) {
        return true;
      }
    }
    return false;
  }

  private static Supplemental supplemental(String kind) {
    for (Supplemental s : Supplemental.values()) {
      if (s != Supplemental.NONE && s.name().equals(kind)) {
        return s;
      }
    }
    return null;
  }

  private static String counted(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " (" + v + " rows)"));
    return String.join(", ", parts);
  }

  /** Returns whether the bytes are nothing but a byte-order mark and white space. */
  private static boolean blank(byte[] data) {
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xFF;
      boolean bom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
      if (!bom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
