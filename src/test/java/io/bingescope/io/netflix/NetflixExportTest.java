package io.bingescope.io.netflix;

import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.InputException;
import io.bingescope.io.run.ImportWriter;
import io.bingescope.io.run.MemberSource;
import io.bingescope.io.run.NetflixExport;
import io.bingescope.io.run.SimulateOutput;
import io.bingescope.io.run.StoredInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.analytics.StreakQuery;
import io.bingescope.io.netflix.ImportReport.Reason;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetflixExportTest {
  static final String HEADER = String.join(",", NetflixImporter.ACTIVITY_COLUMNS) + "\n";

  @TempDir Path tmp;

  static byte[] resource(String name) throws IOException {
    try (InputStream in = NetflixExportTest.class.getResourceAsStream("/netflix/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  static NetflixExport read(String name, ImportSettings settings) throws Exception {
    return NetflixExport.read(name, resource(name), settings);
  }

  private static MemberMetrics metrics(NetflixExport e) {
    History h = e.history();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < h.size(); i++) {
      first = Math.min(first, Math.floorDiv(h.startLocal(i), 86_400L));
      last = Math.max(last, Math.floorDiv(h.startLocal(i), 86_400L));
    }
    return new MemberMetrics(MetricOptions.DEFAULTS)
        .compute(h, e.catalog(), LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
  }

  private static int titleId(Catalog c, String name) {
    return c.titles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
  }

  @Test
  void readsTheFullArchive_inTimeOrderWithEveryField() throws Exception {
    NetflixExport e = read("ViewingActivity.csv", ImportSettings.DEFAULTS);
    History h = e.history();
    Catalog c = e.catalog();
    assertThat(h.size()).isEqualTo(9);
    assertThat(e.report().skipped()).isZero();
    for (int i = 1; i < h.size(); i++) {
      assertThat(h.startUtc(i)).isGreaterThanOrEqualTo(h.startUtc(i - 1));
    }
    // The oldest row is the file's last: The Dundies at 2021-01-04 01:00 UTC, 20:00 in New York.
    assertThat(c.title(h.title(0)).name())
        .isEqualTo("The Office (U.S.): Season 2: The Dundies (Episode 1)");
    assertThat(h.startUtc(0)).isEqualTo(java.time.Instant.parse("2021-01-04T01:00:00Z")
        .getEpochSecond());
    assertThat(h.offsetS(0)).isEqualTo(-5 * 3_600);
    assertThat(h.durationS(0)).isEqualTo(21 * 60 + 40);
    assertThat(h.autoplayed(0)).isFalse();
    assertThat(h.autoplayed(1)).isTrue();
    assertThat(h.autoplayed(2)).isTrue();
    assertThat(e.profiles()).containsExactly("Sam", "Kid, Jr.", "<b>Ann</b>");
    assertThat(e.vocabulary().devices())
        .contains("Chrome PC (Cadmium)", "Samsung 2019 UHD TV, living room", "Apple iPhone 12");
    assertThat(e.vocabulary().countries()).containsExactlyInAnyOrder("US", "DE");
    assertThat(e.vocabulary().zones())
        .containsExactlyInAnyOrder("America/New_York", "Europe/Berlin");
    assertThat(e.observed()).isEqualTo(Observed.NETFLIX_ACTIVITY);
  }

  @Test
  void keepsSupplementalRows_underTheirTitleWithoutTheHookSuffix() throws Exception {
    NetflixExport e = read("ViewingActivity.csv", ImportSettings.DEFAULTS);
    History h = e.history();
    int hooks = 0;
    int trailers = 0;
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) == Supplemental.HOOK) {
        hooks++;
        assertThat(e.catalog().title(h.title(i)).name()).isEqualTo("Stranger Things");
      } else if (h.supplemental(i) == Supplemental.TRAILER) {
        trailers++;
        assertThat(e.catalog().title(h.title(i)).name()).isEqualTo("Bridgerton: Trailer");
      }
    }
    assertThat(hooks).isOne();
    assertThat(trailers).isOne();
  }

  @Test
  void buildsASyntheticCatalog_withSeriesAndRuntimesFromTheLongestView() throws Exception {
    NetflixExport e = read("ViewingActivity.csv", ImportSettings.DEFAULTS);
    Catalog c = e.catalog();
    assertThat(c.seriesNamed("The Office (U.S.)")).isPresent();
    assertThat(c.seriesNamed("The Office (U.S.)").get().episodeCount()).isEqualTo(3);
    assertThat(c.seriesNamed("Dark")).isPresent();
    assertThat(c.seriesNamed("The Crown").get().episodeCount()).isOne();
    Title crown = c.title(c.seriesNamed("The Crown").get().episodeAt(0));
    assertThat(crown.name()).isEqualTo("The Crown: Season 1: Wolferton Splash, Part \"One\"");
    Title mission = c.title(titleId(c, "Mission: Impossible"));
    assertThat(mission.kind()).isEqualTo(TitleKind.FILM);
    assertThat(mission.runtimeS()).isEqualTo(110 * 60);
    assertThat(c.title(titleId(c, "Black Mirror: Bandersnatch")).kind()).isEqualTo(TitleKind.FILM);
    Title dundies = c.title(titleId(c, "The Office (U.S.): Season 2: The Dundies (Episode 1)"));
    assertThat(dundies.season()).isEqualTo(2);
    assertThat(dundies.episode()).isEqualTo(1);
    assertThat(dundies.runtimeS()).isEqualTo(1_300);
  }

  @Test
  void givesTheExpectedMetrics_forTheFullArchiveFixture() throws Exception {
    // Worked out by hand from the fixture (see its rows): times in New York, Kid's in Berlin.
    MemberMetrics m = metrics(read("ViewingActivity.csv", ImportSettings.DEFAULTS));
    assertThat(m.viewingSeconds()).isEqualTo(1300 + 1320 + 1260 + 6600 + 1440 + 1800 + 2700);
    assertThat(m.sittings()).isEqualTo(5);
    assertThat(m.bingeSittings()).isOne();
    assertThat(m.longestSittingS()).isEqualTo(6_600);
    assertThat(m.windowEpisodes()).isEqualTo(3);
    assertThat(m.nightSeconds()).isEqualTo(1_800);
    assertThat(m.workSeconds()).isEqualTo(1_440);
  }

  @Test
  void usesTheZoneOption_forEveryView() throws Exception {
    NetflixExport e = read("ViewingActivity.csv",
        new ImportSettings(Optional.of(ZoneId.of("UTC")), DateOrder.DETECT, false));
    assertThat(e.vocabulary().zones()).containsExactly("UTC");
    // In UTC The Office (01:00-02:06) and Mission: Impossible (03:00-04:50) fall in the night.
    MemberMetrics m = metrics(e);
    assertThat(m.nightSeconds()).isEqualTo(1300 + 1320 + 1260 + 6600);
    assertThat(e.notes()).anyMatch(n -> n.contains("(--zone)"));
  }

  @Test
  void statesTheZoneAssumption_inTheNotes() throws Exception {
    NetflixExport e = read("ViewingActivity.csv", ImportSettings.DEFAULTS);
    assertThat(e.notes())
        .anyMatch(n -> n.contains("US -> America/New_York") && n.contains("--zone"))
        .anyMatch(n -> n.contains("DE -> Europe/Berlin"))
        .anyMatch(n -> n.contains("runtimes are estimates"));
  }

  @Test
  void skipsAndReportsEveryMalformedRow_withItsLineAndReason() throws Exception {
    NetflixExport e = read("broken/ViewingActivity.csv", ImportSettings.DEFAULTS);
    ImportReport r = e.report();
    assertThat(r.rows()).isEqualTo(12);
    assertThat(r.imported()).isEqualTo(2);
    assertThat(r.problems())
        .extracting(ImportReport.Problem::line, ImportReport.Problem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, Reason.WRONG_COLUMN_COUNT),
            org.assertj.core.groups.Tuple.tuple(4L, Reason.BAD_START_TIME),
            org.assertj.core.groups.Tuple.tuple(5L, Reason.BAD_DURATION),
            org.assertj.core.groups.Tuple.tuple(6L, Reason.BROKEN_QUOTING),
            org.assertj.core.groups.Tuple.tuple(7L, Reason.BLANK_LINE),
            org.assertj.core.groups.Tuple.tuple(8L, Reason.MISSING_VALUE),
            org.assertj.core.groups.Tuple.tuple(9L, Reason.BAD_COUNTRY),
            org.assertj.core.groups.Tuple.tuple(10L, Reason.INVALID_UTF8),
            org.assertj.core.groups.Tuple.tuple(11L, Reason.CONTROL_CHARACTERS),
            org.assertj.core.groups.Tuple.tuple(13L, Reason.BAD_DURATION));
    assertThat(r.counts()).containsEntry(Reason.BAD_DURATION, 2L).hasSize(9);
    assertThat(r.summary().get(0)).contains("12 rows read, 2 imported, 10 skipped");
    assertThat(r.summary()).anyMatch(l -> l.contains("bad duration: 2 rows (lines 5, 13)"));
    assertThat(e.notes()).anyMatch(n -> n.startsWith(
        "broken/ViewingActivity.csv:10: invalid UTF-8:") && n.contains("0xE9"));
    assertThat(e.notes()).anyMatch(n -> n.startsWith("broken/ViewingActivity.csv:3: wrong column"
        + " count: expected 10 fields, found 5"));
    assertThat(e.history().size()).isEqualTo(2);
    assertThat(e.catalog().size()).isEqualTo(2);
  }

  @Test
  void stopsAtTheFirstMalformedRow_whenStrict() {
    assertThatThrownBy(() -> read("broken/ViewingActivity.csv",
            new ImportSettings(Optional.empty(), DateOrder.DETECT, true)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("broken/ViewingActivity.csv:3: wrong column count: expected 10");
  }

  @Test
  void readsTheSimpleHistory_asDatedViewsAtLocalNoon() throws Exception {
    NetflixExport e = read("NetflixViewingHistory-us.csv", ImportSettings.DEFAULTS);
    History h = e.history();
    assertThat(h.size()).isEqualTo(10);
    assertThat(e.observed()).isEqualTo(Observed.DATES_ONLY);
    assertThat(e.profiles()).containsExactly(NetflixImporter.SIMPLE_PROFILE);
    assertThat(LocalDate.ofEpochDay(Math.floorDiv(h.startLocal(0), 86_400L)))
        .isEqualTo(LocalDate.of(2017, 11, 28));
    assertThat(Math.floorMod(h.startLocal(0), 86_400L)).isEqualTo(12 * 3_600);
    assertThat(e.notes()).anyMatch(n -> n.contains("dates read as M/D/YY"))
        .anyMatch(n -> n.contains("time unknown"));
    Catalog c = e.catalog();
    int prince = titleId(c, "A Christmas Prince");
    // 12/1 .. 12/5/17 every day: a 5-day streak; with 11/28 and 11/30 (a film) it stays 5.
    MemberMetrics m = metrics(e);
    assertThat(m.longestStreakDays()).isEqualTo(5);
    assertThat(m.streakTitle()).isEqualTo(prince);
    assertThat(new StreakQuery(prince, 5, LocalDate.of(2017, 12, 5), Level.STARTER).matches(h, c))
        .isTrue();
    assertThat(new StreakQuery(prince, 6, LocalDate.of(2017, 12, 5), Level.COMPLETER)
        .matches(h, c)).isFalse();
    assertThat(m.windowEpisodes()).isEqualTo(3);
    assertThat(c.seriesNamed("The Office (U.S.)").get().episodeCount()).isEqualTo(3);
  }

  @Test
  void detectsDayFirstDates_fromADayAboveTwelve() throws Exception {
    NetflixExport e = read("NetflixViewingHistory-de.csv", ImportSettings.DEFAULTS);
    History h = e.history();
    assertThat(LocalDate.ofEpochDay(Math.floorDiv(h.startLocal(0), 86_400L)))
        .isEqualTo(LocalDate.of(2019, 1, 2));
    assertThat(LocalDate.ofEpochDay(Math.floorDiv(h.startLocal(2), 86_400L)))
        .isEqualTo(LocalDate.of(2019, 1, 14));
    assertThat(e.notes()).anyMatch(n -> n.contains("dates read as D/M/YY"));
    assertThat(e.catalog().seriesNamed("Dark")).isPresent();
  }

  @Test
  void detectsTheDateOrder_fromTheFileBeingNewestFirst() throws Exception {
    NetflixExport e = read("NetflixViewingHistory-order.csv", ImportSettings.DEFAULTS);
    assertThat(LocalDate.ofEpochDay(Math.floorDiv(e.history().startLocal(0), 86_400L)))
        .isEqualTo(LocalDate.of(2019, 1, 2));
    assertThat(e.notes()).anyMatch(n -> n.contains("dates read as M/D/YY"));
  }

  @Test
  void refusesAmbiguousDates_unlessTheOrderIsForced() throws Exception {
    assertThatThrownBy(() -> read("NetflixViewingHistory-ambiguous.csv", ImportSettings.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("NetflixViewingHistory-ambiguous.csv:2: cannot tell the order")
        .hasMessageContaining("--date-format");
    NetflixExport e = read("NetflixViewingHistory-ambiguous.csv",
        new ImportSettings(Optional.empty(), DateOrder.DMY, false));
    assertThat(LocalDate.ofEpochDay(Math.floorDiv(e.history().startLocal(2), 86_400L)))
        .isEqualTo(LocalDate.of(2019, 4, 3));
  }

  @Test
  void refusesAFileThatIsNotAnExport_withItsHeader() {
    assertThatThrownBy(() -> read("not-netflix.csv", ImportSettings.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not-netflix.csv:1: not a Netflix viewing history")
        .hasMessageContaining("found 'name,email'");
  }

  @Test
  void refusesEmptyAndUtf16Files_andAHeaderMissingColumns() {
    assertThatThrownBy(() -> NetflixExport.read("e.csv", new byte[0], ImportSettings.DEFAULTS))
        .hasMessageContaining("e.csv: an empty file");
    assertThatThrownBy(() -> NetflixExport.read("b.csv", new byte[] {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF, '\n'}, ImportSettings.DEFAULTS))
        .hasMessageContaining("b.csv: an empty file");
    byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> NetflixExport.read("u.csv", utf16, ImportSettings.DEFAULTS))
        .hasMessageContaining("u.csv:1: expected UTF-8 text, found a UTF-16 byte-order mark");
    byte[] missing = "Profile Name,Start Time,Title\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NetflixExport.read("m.csv", missing, ImportSettings.DEFAULTS))
        .hasMessageContaining("m.csv:1: expected the header").hasMessageContaining("missing"
            + " Duration");
    byte[] onlyHeader = HEADER.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NetflixExport.read("h.csv", onlyHeader, ImportSettings.DEFAULTS))
        .hasMessageContaining("h.csv: no row could be imported (0 rows read, 0 skipped)");
  }

  @Test
  void readsColumnsByName_whenNetflixAddsOne() throws Exception {
    String csv = "Profile Name,Start Time,Duration,Title,Country,Rating\n"
        + "Sam,2021-01-04 01:00:00,00:21:40,Roma,US (United States),5\n";
    NetflixExport e = NetflixExport.read("x.csv", csv.getBytes(StandardCharsets.UTF_8),
        ImportSettings.DEFAULTS);
    assertThat(e.history().size()).isOne();
    assertThat(e.notes()).anyMatch(n -> n.contains("extra columns Rating ignored"));
  }

  @Test
  void resolvesTheArchiveFolderAndZip_toTheSameViews() throws Exception {
    byte[] data = resource("ViewingActivity.csv");
    Path folder = Files.createDirectories(tmp.resolve("netflix-report/CONTENT_INTERACTION"));
    Files.write(folder.resolve("ViewingActivity.csv"), data);
    Path zip = tmp.resolve("netflix-report.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("netflix-report/ACCOUNT/AccountDetails.csv"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("netflix-report/CONTENT_INTERACTION/ViewingActivity.csv"));
      z.write(data);
    }
    Path file = folder.resolve("ViewingActivity.csv");
    for (Path p : List.of(tmp.resolve("netflix-report"), zip, file)) {
      StoredInput in = StoredInput.resolve(p);
      assertThat(in).as(p.toString()).isInstanceOf(NetflixExport.class);
      Catalog c = in.catalog();
      History h = new History();
      try (MemberSource s = in.open(c)) {
        assertThat(s.next(h)).isTrue();
        assertThat(s.profiles()).containsExactly("Sam", "Kid, Jr.", "<b>Ann</b>");
        assertThat(s.next(h)).isFalse();
      }
      assertThat(h.size()).as(p.toString()).isEqualTo(9);
    }
  }

  @Test
  void refusesAZipBomb_beforeInflatingItAll() throws Exception {
    Path zip = tmp.resolve("bomb.zip");
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("CONTENT_INTERACTION/ViewingActivity.csv"));
      for (long n = 0; n <= ExportLocator.MAX_BYTES; n += zeros.length) {
        z.write(zeros);
      }
    }
    assertThat(Files.size(zip)).isLessThan(ExportLocator.MAX_BYTES / 100);
    assertThatThrownBy(() -> StoredInput.resolve(zip))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("larger than 128 MB")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void refusesAZip_withoutAnExportOrWithSeveral() throws Exception {
    Path empty = tmp.resolve("other.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
    }
    assertThatThrownBy(() -> StoredInput.resolve(empty))
        .hasMessageContaining("a zip archive without CONTENT_INTERACTION/ViewingActivity.csv");
    Path broken = tmp.resolve("broken.zip");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    assertThatThrownBy(() -> StoredInput.resolve(broken))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a readable zip archive");
  }

  @Test
  void writesTheImport_asAStoredRunThatSaysWhatItLacks() throws Exception {
    NetflixExport e = read("NetflixViewingHistory-us.csv", ImportSettings.DEFAULTS);
    Path out = tmp.resolve("imported");
    try (AtomicOutputDir dir = AtomicOutputDir.create(out, false)) {
      ImportWriter.write(e, dir, "test", CsvStyle.EXACT);
      dir.commit();
    }
    assertThat(out.resolve("members.csv")).doesNotExist();
    StoredInput in = StoredInput.resolve(out);
    assertThat(in).isInstanceOf(SimulateOutput.class);
    assertThat(in.observed()).isEqualTo(Observed.DATES_ONLY);
    assertThat(in.manifest().get().scenario()).isEqualTo(NetflixExport.SIMPLE_SCENARIO);
    Catalog c = in.catalog();
    assertThat(c.titles()).isEqualTo(e.catalog().titles());
    History h = new History();
    try (MemberSource s = in.open(c)) {
      assertThat(s.next(h)).isTrue();
    }
    History expected = e.history();
    assertThat(h.size()).isEqualTo(expected.size());
    for (int i = 0; i < h.size(); i++) {
      assertThat(h.startUtc(i)).isEqualTo(expected.startUtc(i));
      assertThat(h.title(i)).isEqualTo(expected.title(i));
    }
  }

  @Test
  void readsEachCountryZone_fromTheTable() {
    assertThat(CountryZones.size()).isGreaterThan(40);
    for (String country : List.of("US", "GB", "DE", "IN", "JP", "BR", "AU", "UA")) {
      assertThat(CountryZones.primary(country)).as(country).isPresent();
    }
    assertThat(CountryZones.primary("US").get()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(CountryZones.primary("XX")).isEmpty();
    assertThat(CountryZones.label("US")).isEqualTo("US (United States)");
    assertThat(CountryZones.label("DE")).isEqualTo("DE (Germany)");
  }

  @Test
  void keepsUnknownCountries_inUtcWithANote() throws Exception {
    String csv = HEADER
        + "Sam,2021-01-04 01:00:00,00:21:40,,Roma,,TV,00:21:40,00:21:40,XK (Kosovo)\n";
    NetflixExport e = NetflixExport.read("k.csv", csv.getBytes(StandardCharsets.UTF_8),
        ImportSettings.DEFAULTS);
    assertThat(e.history().offsetS(0)).isZero();
    assertThat(e.notes()).anyMatch(n -> n.contains("no zone known for XK"));
  }

  @Test
  void mapsUnknownSupplementalTypes_toPromotionalWithANote() throws Exception {
    String csv = HEADER
        + "Sam,2021-01-04 01:00:00,00:00:40,,Roma,BEHIND_THE_SCENES,TV,,,US (United States)\n";
    NetflixExport e = NetflixExport.read("s.csv", csv.getBytes(StandardCharsets.UTF_8),
        ImportSettings.DEFAULTS);
    assertThat(e.history().supplemental(0)).isEqualTo(Supplemental.PROMOTIONAL);
    assertThat(e.notes()).anyMatch(n -> n.contains("BEHIND_THE_SCENES (1 rows)"));
  }

  @Test
  void numbersEpisodes_uniquelyWithinASeason() throws Exception {
    String csv = HEADER
        + "Sam,2021-01-04 03:00:00,00:20:00,,S: Season 1: C,,TV,,,US (United States)\n"
        + "Sam,2021-01-04 02:00:00,00:20:00,,S: Season 1: B (Episode 2),,TV,,,US (United States)\n"
        + "Sam,2021-01-04 01:00:00,00:20:00,,S: Season 1: A (Episode 2),,TV,,,US (United States)\n";
    Catalog c = NetflixExport.read("n.csv", csv.getBytes(StandardCharsets.UTF_8),
        ImportSettings.DEFAULTS).catalog();
    assertThat(c.titles()).extracting(Title::name, Title::episode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("S: Season 1: A (Episode 2)", 2),
            org.assertj.core.groups.Tuple.tuple("S: Season 1: B (Episode 2)", 3),
            org.assertj.core.groups.Tuple.tuple("S: Season 1: C", 4));
  }


}
