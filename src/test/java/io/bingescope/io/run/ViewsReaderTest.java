package io.bingescope.io.run;

import io.bingescope.io.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.cli.Main;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewsReaderTest {
  static final String HEADER =
      "member_id,profile,title_id,title,start_utc,start_local,time_zone,duration_s,device,country,"
          + "autoplayed,supplemental\n";
  static final String TITLES =
      "title_id,title,kind,series,season,episode,runtime_s,release_date,genres,tags\n"
          + "0,\"Film, \"\"Quoted\"\"\",FILM,,,,5400,2017-11-17,Drama|Romance,holiday\n"
          + "1,\"Show: Season 1: Pilot (Episode 1)\",EPISODE,Show,1,1,1800,2017-01-01,Comedy,\n"
          + "2,\"Show: Season 1: Two (Episode 2)\",EPISODE,Show,1,2,1800,2017-01-01,Comedy,\n";
  static final String ROW0 =
      "0,\"Ann, Jr\",0,\"Film, \"\"Quoted\"\"\",2017-12-01T02:14:05Z,2017-11-30T21:14:05,"
          + "America/New_York,5400,Smart TV,US,false,\n";

  @TempDir Path tmp;

  @Test
  void readsBackEveryFieldOfEveryView_whenSimulatedTiny() throws Exception {
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"simulate", "tiny", "-q", "-o", out.toString()},
            new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    World world = World.of(ScenarioLoader.load("tiny", List.of()));
    StoredInput in = StoredInput.resolve(out);
    Catalog catalog = in.catalog();
    assertThat(catalog.titles()).isEqualTo(world.catalog().titles());
    assertThat(catalog.series()).isEqualTo(world.catalog().series());
    MemberGenerator gen = new MemberGenerator(world);
    Vocabulary simVocabulary = world.vocabulary();
    History h = new History();
    int checkedMembers = 0;
    long checkedViews = 0;
    try (MemberSource reader = in.open(catalog)) {
      long expectedNext = 0;
      while (reader.next(h)) {
        for (; expectedNext < h.memberId(); expectedNext++) {
          assertThat(gen.generate(expectedNext).size()).as("member %d", expectedNext).isZero();
        }
        expectedNext = h.memberId() + 1L;
        History sim = gen.generate(h.memberId());
        MemberTraits traits = gen.traits();
        Vocabulary read = reader.vocabulary();
        List<String> profiles = reader.profiles();
        assertThat(h.size()).isEqualTo(sim.size());
        for (int i = 0; i < h.size(); i++) {
          String at = "member " + h.memberId() + " view " + i;
          assertThat(profiles.get(h.profile(i)))
              .as(at).isEqualTo(traits.profiles().get(sim.profile(i)).name());
          assertThat(h.title(i)).as(at).isEqualTo(sim.title(i));
          assertThat(h.startUtc(i)).as(at).isEqualTo(sim.startUtc(i));
          assertThat(h.offsetS(i)).as(at).isEqualTo(sim.offsetS(i));
          assertThat(h.durationS(i)).as(at).isEqualTo(sim.durationS(i));
          assertThat(read.zones().get(h.zone(i)))
              .as(at).isEqualTo(simVocabulary.zones().get(sim.zone(i)));
          assertThat(read.devices().get(h.device(i)))
              .as(at).isEqualTo(simVocabulary.devices().get(sim.device(i)));
          assertThat(read.countries().get(h.country(i)))
              .as(at).isEqualTo(simVocabulary.countries().get(sim.country(i)));
          assertThat(h.autoplayed(i)).as(at).isEqualTo(sim.autoplayed(i));
          assertThat(h.supplemental(i)).as(at).isEqualTo(sim.supplemental(i));
          checkedViews++;
        }
        checkedMembers++;
      }
      assertThat(reader.views()).isEqualTo(checkedViews);
      assertThat(reader.bytesRead()).isEqualTo(Files.size(out.resolve("views.csv")));
    }
    assertThat(checkedMembers).isPositive();
    assertThat(checkedViews).isPositive();
  }

  @Test
  void unquotesCommasQuotesAndLineBreaks_inTitlesAndProfiles() throws Exception {
    String titles =
        "title_id,title,kind,series,season,episode,runtime_s,release_date,genres,tags\n"
            + "0,\"Two\nLines, \"\"and\"\" more\",FILM,,,,600,2017-01-01,,\n";
    Catalog c = catalog(titles);
    assertThat(c.title(0).name()).isEqualTo("Two\nLines, \"and\" more");
    String views =
        HEADER
            + "3,\"A \"\"B\"\", C\",0,\"Two\nLines, \"\"and\"\" more\",2017-12-01T02:14:05Z,"
            + "2017-12-01T03:14:05,Europe/Paris,600,TV,FR,true,TRAILER\r\n"
            + "3,plain,0,\"Two\nLines, \"\"and\"\" more\",2017-12-01T03:14:05Z,"
            + "2017-12-01T04:14:05,Europe/Paris,60,TV,FR,false,";
    try (ViewsReader r = reader(views, c)) {
      History h = new History();
      assertThat(r.next(h)).isTrue();
      assertThat(h.memberId()).isEqualTo(3);
      assertThat(h.size()).isEqualTo(2);
      assertThat(r.profiles()).containsExactly("A \"B\", C", "plain");
      assertThat(h.offsetS(0)).isEqualTo(3600);
      assertThat(h.autoplayed(0)).isTrue();
      assertThat(h.supplemental(0)).isEqualTo(Supplemental.TRAILER);
      assertThat(h.supplemental(1)).isEqualTo(Supplemental.NONE);
      assertThat(r.vocabulary().zones()).containsExactly("Europe/Paris");
      assertThat(r.next(h)).isFalse();
    }
  }

  @Test
  void readsRecordsLongerThanTheBuffer_acrossRefills() throws Exception {
    // A tiny buffer forces every record to be cut by a refill, quoted fields included.
    StringBuilder views = new StringBuilder(HEADER);
    for (int m = 0; m < 50; m++) {
      views.append(ROW0.replaceFirst("^0,", m + ","));
    }
    CsvScanner csv =
        new CsvScanner(
            new ByteArrayInputStream(views.toString().getBytes(StandardCharsets.UTF_8)), "v", 7);
    List<String> titles = new ArrayList<>();
    while (csv.next()) {
      titles.add(csv.string(3));
    }
    assertThat(titles).hasSize(51);
    assertThat(titles.subList(1, 51)).containsOnly("Film, \"Quoted\"");
  }

  @Test
  void refusesAWrongHeader_namingTheExpectedColumns() {
    assertThatThrownBy(() -> reader(HEADER.replace("time_zone,", "") + ROW0, catalog(TITLES)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("v.csv:1: expected the header member_id,profile,title_id,")
        .hasMessageContaining("missing: time_zone");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> reader("", catalog(TITLES)))
        .hasMessageContaining("v.csv:1: expected the header")
        .hasMessageContaining("found an empty file");
  }

  @Test
  void refusesAWrongColumnCount_withItsLine() {
    assertError(ROW0 + ROW0.replace(",false,", ",false,,"), "v.csv:3: expected 12 fields");
  }

  @Test
  void refusesABadInteger_withItsLine() {
    assertError(ROW0 + ROW0.replace(",5400,", ",54x0,"),
        "v.csv:3: column duration_s: expected a duration in whole seconds, found '54x0'");
  }

  @Test
  void refusesABadInstant_withItsLine() {
    assertError(ROW0 + ROW0.replace("2017-12-01T02:14:05Z", "2017-13-01T02:14:05Z"),
        "v.csv:3: column start_utc: expected a UTC instant yyyy-MM-ddTHH:mm:ssZ, found "
            + "'2017-13-01T02:14:05Z'");
  }

  @Test
  void refusesALocalTimeFarFromUtc_withItsLine() {
    assertError(ROW0 + ROW0.replace("2017-11-30T21:14:05", "2017-11-29T21:14:05"),
        "v.csv:3: column start_local: expected the start_utc instant as wall time");
  }

  @Test
  void refusesALocalTimeOutsideTheYearsAHistoryHolds_withItsLine() {
    assertError(ROW0 + ROW0.replace("2017-12-01T02:14:05Z", "2150-12-01T02:14:05Z")
            .replace("2017-11-30T21:14:05", "2150-11-30T21:14:05"),
        "v.csv:3: column start_local: expected a local date-time from 1790-07-27 to 2149-06-06");
  }

  @Test
  void refusesABadBoolean_withItsLine() {
    assertError(ROW0 + ROW0.replace(",false,", ",no,"),
        "v.csv:3: column autoplayed: expected true or false, found 'no'");
  }

  @Test
  void refusesABadSupplemental_withItsLine() {
    assertError(ROW0 + ROW0.replace(",false,\n", ",false,TRAILOR\n"),
        "v.csv:3: column supplemental: expected empty or one of TRAILER, HOOK");
  }

  @Test
  void refusesAnUnknownTitleId_withItsLine() {
    assertError(ROW0 + ROW0.replace(",0,\"Film", ",9,\"Film"),
        "v.csv:3: column title_id: expected a title id of titles.csv (0..2), found 9");
  }

  @Test
  void refusesATitleNameThatDoesNotMatchItsId_withItsLine() {
    assertError(ROW0 + ROW0.replace("\"Film, \"\"Quoted\"\"\"", "Other"),
        "v.csv:3: column title: expected 'Film, \"Quoted\"', the name of title 0");
  }

  @Test
  void refusesMembersOutOfOrder_withItsLine() {
    String row1 = ROW0.replaceFirst("^0,", "1,");
    assertError(row1 + ROW0, "v.csv:3: column member_id: expected rows sorted by member_id");
  }

  @Test
  void refusesViewsOutOfTimeOrderWithinAMember_withItsLine() {
    String earlier =
        ROW0.replace("2017-12-01T02:14:05Z", "2017-12-01T01:14:05Z")
            .replace("2017-11-30T21:14:05", "2017-11-30T20:14:05");
    assertError(ROW0 + earlier,
        "v.csv:3: column start_utc: expected a member's rows sorted by start_utc");
  }

  @Test
  void countsLinesInsideQuotedFields_inErrorLines() {
    String titles =
        "title_id,title,kind,series,season,episode,runtime_s,release_date,genres,tags\n"
            + "0,\"A\nB\",FILM,,,,600,2017-01-01,,\n";
    String row =
        "0,p,0,\"A\nB\",2017-12-01T02:14:05Z,2017-12-01T02:14:05,UTC,60,TV,GB,false,\n";
    assertThatThrownBy(() -> readAll(HEADER + row + row.replace(",60,", ",-1,"), catalog(titles)))
        .hasMessageContaining("v.csv:4: column duration_s");
  }

  @Test
  void refusesAnUnclosedQuote_atTheEnd() {
    assertError(ROW0 + "0,\"Ann", "v.csv:3: expected a closing quote, found the end of the file");
  }

  @Test
  void refusesAMissingTitlesFile_besideViews() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(dir.resolve("views.csv"), HEADER);
    assertThatThrownBy(() -> StoredInput.resolve(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("expected titles.csv beside it");
    assertThatThrownBy(() -> StoredInput.resolve(dir.resolve("views.csv")))
        .hasMessageContaining("expected titles.csv beside it");
  }

  @Test
  void refusesJsonlViews_withoutTitlesBesideThem() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("j"));
    Files.writeString(dir.resolve("views.jsonl"), "");
    assertThatThrownBy(() -> StoredInput.resolve(dir))
        .hasMessageContaining("expected titles.jsonl beside it");
  }

  @Test
  void refusesTitlesWithIdsOutOfPosition_withItsLine() {
    assertThatThrownBy(() -> catalog(TITLES.replace("\n2,", "\n5,")))
        .hasMessageContaining("t.csv:4: column title_id: expected title id 2");
  }

  @Test
  void rebuildsSeriesFromSeasonAndEpisodeColumns() throws Exception {
    Catalog c = catalog(TITLES);
    assertThat(c.series()).hasSize(1);
    assertThat(c.series().get(0).episodeIds()).containsExactly(1, 2);
    Title t = c.title(2);
    assertThat(t.seriesIndex()).isZero();
    assertThat(t.season()).isEqualTo(1);
    assertThat(t.episode()).isEqualTo(2);
    assertThat(c.title(0).genres()).containsExactly("Drama", "Romance");
    assertThat(c.title(1).tags()).isEmpty();
  }

  private void assertError(String rows, String message) {
    assertThatThrownBy(() -> readAll(HEADER + rows, catalog(TITLES)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(message);
  }

  private static void readAll(String views, Catalog c) throws Exception {
    try (ViewsReader r = reader(views, c)) {
      History h = new History();
      while (r.next(h)) {
        // reads every member
      }
    }
  }

  private static ViewsReader reader(String views, Catalog c) throws Exception {
    return ViewsReader.open(
        new ByteArrayInputStream(views.getBytes(StandardCharsets.UTF_8)), "v.csv", c);
  }

  private Catalog catalog(String titles) throws Exception {
    Path f = tmp.resolve("t.csv");
    Files.writeString(f, titles);
    return TitlesReader.read(f);
  }
}
