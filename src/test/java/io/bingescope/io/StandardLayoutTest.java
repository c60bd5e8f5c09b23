package io.bingescope.io;

import io.bingescope.io.run.OutputFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StandardLayoutTest {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final Fixture fx = new Fixture();
  private final Layout csv = OutputFormat.CSV.layout(fx.catalog, fx.vocabulary);
  private final Layout jsonl = OutputFormat.JSONL.layout(fx.catalog, fx.vocabulary);

  @Test
  void namesFiles_byFormat() {
    assertThat(List.of(csv.views().fileName(), csv.titles().fileName(), csv.members().fileName()))
        .containsExactly("views.csv", "titles.csv", "members.csv");
    Layout j = jsonl;
    assertThat(List.of(j.views().fileName(), j.titles().fileName(), j.members().fileName()))
        .containsExactly("views.jsonl", "titles.jsonl", "members.jsonl");
    assertThat(jsonl.views().header()).isEmpty();
  }

  @Test
  void writesViewsHeader_exactlyAsSpecified() {
    assertThat(new String(csv.views().header(), StandardCharsets.US_ASCII))
        .isEqualTo(
            "member_id,profile,title_id,title,start_utc,start_local,time_zone,duration_s,device,"
                + "country,autoplayed,supplemental\n");
  }

  @Test
  void writesPlainViewRow_byteForByte() {
    History h = new History().reset(7);
    h.add(0, 0, 1_512_094_445L, -5 * 3600, 5_400, 0, 0, 0, false, Supplemental.NONE);
    ByteBuf out = new ByteBuf();
    assertThat(csv.views().append(fx.worker, h, out)).isEqualTo(1);
    assertThat(out.toString())
        .isEqualTo(
            "7,Ann,0,A Christmas Prince,2017-12-01T02:14:05Z,2017-11-30T21:14:05,America/New_York,"
                + "5400,Smart TV,US,false,\n");
  }

  @Test
  void quotesTitlesWithCommas_quotesAndNewlines() {
    History h = new History().reset(7);
    h.add(1, 1, 0, 0, 1, 1, 0, 0, true, Supplemental.TRAILER);
    ByteBuf out = new ByteBuf();
    csv.views().append(fx.worker, h, out);
    assertThat(out.toString())
        .isEqualTo(
            "7,\"O'Brien, \"\"Jr\"\"\",1,"
                + "\"Crouching, \"\"Tiger\"\"\nHidden <script>alert(1)</script>\r\","
                + "1970-01-01T00:00:00Z,1970-01-01T00:00:00,America/New_York,1,"
                + "\"Phone, \"\"Android\"\"\",US,true,TRAILER\n");
  }

  @Test
  void leavesNonAsciiUnquoted_asUtf8() {
    History h = new History().reset(7);
    h.add(0, 2, 0, 0, 1, 0, 0, 0, false, Supplemental.NONE);
    ByteBuf out = new ByteBuf();
    csv.views().append(fx.worker, h, out);
    assertThat(out.toString()).contains(",Amélie — 東京 \u0001 back\\slash\ttab,");
  }

  @Test
  void readsBackEveryViewField_withIndependentCsvReader() throws IOException {
    List<Map<String, String>> rows = readCsv(views(csv));
    assertThat(rows).isEqualTo(expectedViews());
  }

  @Test
  void readsBackEveryTitleField_withIndependentCsvReader() throws IOException {
    List<Map<String, String>> rows = readCsv(titles(csv));
    List<Map<String, String>> expected = new ArrayList<>();
    for (Title t : fx.catalog.titles()) {
      boolean film = t.kind() == TitleKind.FILM;
      Map<String, String> row = new LinkedHashMap<>();
      row.put("title_id", Integer.toString(t.id()));
      row.put("title", t.name());
      row.put("kind", t.kind().name());
      row.put("series", film ? "" : t.series());
      row.put("season", film ? "" : Integer.toString(t.season()));
      row.put("episode", film ? "" : Integer.toString(t.episode()));
      row.put("runtime_s", Integer.toString(t.runtimeS()));
      row.put("release_date", t.releaseDate().toString());
      row.put("genres", String.join("|", t.genres()));
      row.put("tags", String.join("|", t.tags()));
      expected.add(row);
    }
    assertThat(rows).isEqualTo(expected);
  }

  @Test
  void readsBackEveryMemberField_withIndependentCsvReader() throws IOException {
    List<Map<String, String>> rows = readCsv(members(csv));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsExactly(
            Map.entry("member_id", "7"),
            Map.entry("persona", "night-owl"),
            Map.entry("country", "US"),
            Map.entry("home_zone", "America/New_York"),
            Map.entry("household", "family"),
            Map.entry("adults", "2"),
            Map.entry("kids", "1"),
            Map.entry("profiles", "Ann|O'Brien, \"Jr\"|Kids"),
            Map.entry("kids_profiles", "Kids"),
            Map.entry("profile_devices", "Smart TV|Phone, \"Android\"|Tablet\r\nX"),
            Map.entry("sleep_bedtime", "23:30"),
            Map.entry("sleep_wake", "07:00"),
            Map.entry("work", "office"),
            Map.entry("work_start", "09:00"),
            Map.entry("work_end", "17:30"),
            Map.entry("work_days", "1|2|3|4|5"),
            Map.entry(
                "life_events",
                "depressive-episode:2018-01-10..2018-01-20|move:2017-12-01..2017-12-02"),
            Map.entry("profile_favourites", "|The Office (U.S.)|"));
    assertThat(rows.get(1))
        .containsExactly(
            Map.entry("member_id", "8"),
            Map.entry("persona", "Ünïcode, persona"),
            Map.entry("country", "IN"),
            Map.entry("home_zone", "Asia/Kolkata"),
            Map.entry("household", "single"),
            Map.entry("adults", "1"),
            Map.entry("kids", "0"),
            Map.entry("profiles", "Ravi"),
            Map.entry("kids_profiles", ""),
            Map.entry("profile_devices", "Smart TV"),
            Map.entry("sleep_bedtime", "01:00"),
            Map.entry("sleep_wake", "09:15"),
            Map.entry("work", "none"),
            Map.entry("work_start", ""),
            Map.entry("work_end", ""),
            Map.entry("work_days", ""),
            Map.entry("life_events", ""),
            Map.entry("profile_favourites", ""));
  }

  @Test
  void matchesCsvValues_inJsonLines() throws IOException {
    assertThat(readJsonl(views(jsonl), true)).isEqualTo(readCsv(views(csv)));
    assertThat(readJsonl(titles(jsonl), false)).isEqualTo(readCsv(titles(csv)));
    assertThat(readJsonl(members(jsonl), false)).isEqualTo(readCsv(members(csv)));
  }

  @Test
  void keepsNumbersAndBooleansBare_andNonAsciiRaw_inJsonLines() throws IOException {
    byte[] bytes = views(jsonl);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("東京").contains("\\u0001").contains("\\\"Tiger\\\"");
    JsonNode first = new ObjectMapper().readTree(text.lines().findFirst().orElseThrow());
    assertThat(first.get("member_id").isInt()).isTrue();
    assertThat(first.get("title_id").isInt()).isTrue();
    assertThat(first.get("duration_s").isInt()).isTrue();
    assertThat(first.get("autoplayed").isBoolean()).isTrue();
    assertThat(first.get("supplemental").isTextual()).isTrue();
    JsonNode film = new ObjectMapper().readTree(new String(titles(jsonl), StandardCharsets.UTF_8)
        .lines().findFirst().orElseThrow());
    assertThat(film.get("season").isNull()).isTrue();
    assertThat(film.get("genres").isArray()).isTrue();
  }

  @Test
  void matchesJavaTime_acrossDaysWhileTheBufferGrows() throws IOException {
    SplittableRandom random = new SplittableRandom(53);
    History h = new History().reset(7);
    long t = Fixture.utc("2017-11-01T00:00:00");
    for (int i = 0; i < 3_000; i++) {
      t += random.nextInt(20_000);
      int offset = (random.nextInt(53) - 24) * 1800;
      h.add(random.nextInt(3), random.nextInt(5), t, offset, random.nextInt(9_000), 0, 0, 0,
          false, Supplemental.NONE);
    }
    ByteBuf out = new ByteBuf(16).append(csv.views().header());
    csv.views().append(fx.worker, h, out);
    List<Map<String, String>> rows = readCsv(out.toByteArray());
    for (int i = 0; i < h.size(); i++) {
      assertThat(rows.get(i).get("start_utc"))
          .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(h.startUtc(i))));
      assertThat(rows.get(i).get("start_local"))
          .isEqualTo(
              LocalDateTime.ofEpochSecond(h.startUtc(i), 0, ZoneOffset.ofTotalSeconds(h.offsetS(i)))
                  .format(LOCAL));
    }
  }

  @Test
  void formatsIdentically_fromManyThreads() throws Exception {
    byte[] expected = views(csv);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> views(csv)));
      }
      for (Future<byte[]> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void writesTheListSeparatorInAnItemAsSlash_inCsvOnly() throws IOException {
    Catalog bad =
        new Catalog(
            List.of(
                new Title(
                    0,
                    "X",
                    TitleKind.FILM,
                    -1,
                    "",
                    0,
                    0,
                    60,
                    LocalDate.of(2017, 1, 1),
                    List.of("Sci|Fi"),
                    List.of())),
            List.of());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    OutputFormat.CSV.layout(bad, fx.vocabulary).titles().write(csv);
    assertThat(readCsv(csv.toByteArray()).get(0)).containsEntry("genres", "Sci/Fi");
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    OutputFormat.JSONL.layout(bad, fx.vocabulary).titles().write(jsonl);
    assertThat(jsonl.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"genres\":[\"Sci|Fi\"]");
  }

  @Test
  void rejectsTraits_ofAnotherMember() {
    assertThatThrownBy(() -> csv.views().append(fx.idle, fx.workerHistory(), new ByteBuf()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] views(Layout layout) {
    ByteBuf out = new ByteBuf(16).append(layout.views().header());
    int rows = layout.views().append(fx.worker, fx.workerHistory(), out);
    rows += layout.views().append(fx.idle, fx.idleHistory(), out);
    assertThat(rows).isEqualTo(6);
    return out.toByteArray();
  }

  private byte[] members(Layout layout) {
    ByteBuf out = new ByteBuf(16).append(layout.members().header());
    layout.members().append(fx.worker, fx.workerHistory(), out);
    layout.members().append(fx.idle, fx.idleHistory(), out);
    return out.toByteArray();
  }

  private byte[] titles(Layout layout) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(layout.titles().write(out)).isEqualTo(fx.catalog.size());
    return out.toByteArray();
  }

  private List<Map<String, String>> expectedViews() {
    History h = fx.workerHistory();
    MemberTraits t = fx.worker;
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("member_id", Integer.toString(t.memberId()));
      row.put("profile", t.profiles().get(h.profile(i)).name());
      row.put("title_id", Integer.toString(h.title(i)));
      row.put("title", fx.catalog.title(h.title(i)).name());
      row.put(
          "start_utc", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(h.startUtc(i))));
      row.put(
          "start_local",
          LocalDateTime.ofEpochSecond(h.startUtc(i), 0, ZoneOffset.ofTotalSeconds(h.offsetS(i)))
              .format(LOCAL));
      row.put("time_zone", fx.vocabulary.zones().get(h.zone(i)));
      row.put("duration_s", Integer.toString(h.durationS(i)));
      row.put("device", fx.vocabulary.devices().get(h.device(i)));
      row.put("country", fx.vocabulary.countries().get(h.country(i)));
      row.put("autoplayed", Boolean.toString(h.autoplayed(i)));
      row.put("supplemental", h.supplemental(i).label());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> readCsv(byte[] bytes) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(bytes)) {
      return it.readAll();
    }
  }

  /**
   * Reads JSON Lines into CSV-like strings: nulls empty, arrays joined by bars, life events spelled
   * out.
   */
  private static List<Map<String, String>> readJsonl(byte[] bytes, boolean checkNoNulls)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) {
      JsonNode node = mapper.readTree(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (checkNoNulls) {
          assertThat(e.getValue().isNull()).as(e.getKey()).isFalse();
        }
        row.put(e.getKey(), flat(e.getValue()));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String flat(JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(flat(item)));
      return String.join("|", items);
    }
    if (v.isObject()) {
      return v.get("kind").asText() + ":" + v.get("start").asText() + ".." + v.get("end").asText();
    }
    return v.asText();
  }
}
