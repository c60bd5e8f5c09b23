package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.ParquetSink;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.Simulation;
import io.bingescope.sim.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet run read back by an independent reader (DuckDB) and by our own: the same rows as the
 * CSV of the same run, the same metrics, the same bytes for any thread count.
 */
class ParquetRunTest {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  // Joins a row's fields for comparison: a control character no field holds.
  private static final String SEP = "\u001f";

  @TempDir Path tmp;

  private Path simulate(String name, String... extra) {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("simulate", "tiny", "--members", "300", "-q", "-o",
        out.toString()));
    args.addAll(Arrays.asList(extra));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void parquetViews_holdTheCsvRows_readByDuckDb() throws Exception {
    Path csv = simulate("csv");
    Path pq = simulate("pq", "--format", "parquet");
    List<String> expected = csvRows(csv.resolve("views.csv"));
    List<String> actual = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + pq + "/views*.parquet')")) {
      while (r.next()) {
        actual.add(String.join(SEP,
            r.getString("member_id"), r.getString("profile"), r.getString("title_id"),
            r.getString("title"),
            r.getObject("start_utc", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                .format(UTC),
            r.getObject("start_local", LocalDateTime.class).format(LOCAL),
            r.getString("time_zone"), Integer.toString(r.getInt("duration_s")),
            r.getString("device"), r.getString("country"),
            Boolean.toString(r.getBoolean("autoplayed")), r.getString("supplemental")));
      }
    }
    assertThat(expected).hasSizeGreaterThan(1000);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void parquetTitlesAndMembers_holdTheCsvValues_readByDuckDb() throws Exception {
    Path csv = simulate("csv");
    Path pq = simulate("pq", "--format", "parquet");
    List<String> titles = new ArrayList<>();
    List<String> members = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT title_id, title, kind, coalesce(series, ''),"
          + " coalesce(CAST(season AS VARCHAR), ''), coalesce(CAST(episode AS VARCHAR), ''),"
          + " runtime_s, CAST(release_date AS VARCHAR), array_to_string(genres, '|'),"
          + " array_to_string(tags, '|') FROM '" + pq + "/titles.parquet' ORDER BY title_id")) {
        while (r.next()) {
          titles.add(row(r, 10));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT member_id, persona, country, home_zone, household,"
          + " adults, kids, array_to_string(profiles, '|'), array_to_string(kids_profiles, '|'),"
          + " array_to_string(profile_devices, '|'), sleep_bedtime, sleep_wake, work,"
          + " coalesce(work_start, ''), coalesce(work_end, ''), array_to_string(work_days, '|'),"
          + " array_to_string(list_transform(life_events, e -> e.kind || ':' || e.start || '..'"
          + " || e.\"end\"), '|'), array_to_string(profile_favourites, '|')"
          + " FROM read_parquet('" + pq + "/members*.parquet') ORDER BY member_id")) {
        while (r.next()) {
          members.add(row(r, 18));
        }
      }
    }
    assertThat(titles).containsExactlyElementsOf(csvRows(csv.resolve("titles.csv")));
    assertThat(members).hasSize(300).containsExactlyElementsOf(csvRows(csv.resolve("members.csv")));
  }

  @Test
  void analyze_onParquetRun_writesTheCsvRunsMetrics() throws IOException {
    Path csv = simulate("csv");
    Path pq = simulate("pq", "--format", "parquet");
    assertThat(Cli.run("analyze", csv.toString(), "-q", "-o", tmp.resolve("mc").toString())
        .exitCode()).isZero();
    Cli r = Cli.run("analyze", pq.toString(), "-q", "-o", tmp.resolve("mp").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(tmp.resolve("mp/metrics.csv")))
        .isEqualTo(Files.readString(tmp.resolve("mc/metrics.csv")));
  }

  @Test
  void parquetRun_isByteIdenticalForAnyThreadCount() throws IOException {
    Path one = simulate("one", "--format", "parquet", "--threads", "1",
        "--set", "population.members=5000");
    Path three = simulate("three", "--format", "parquet", "--threads", "3",
        "--set", "population.members=5000");
    assertThat(Files.readString(three.resolve("manifest.json")))
        .isEqualTo(Files.readString(one.resolve("manifest.json")));
  }

  @Test
  void parquetFilesSplitByMembers_readBackInOrder_asOneRun() throws Exception {
    World world = World.of(ScenarioLoader.load("tiny", List.of("population.members=300")));
    Path split = tmp.resolve("split");
    try (AtomicOutputDir dir = AtomicOutputDir.create(split, false)) {
      ParquetSink.writeTitles(dir, world.catalog());
      try (ParquetSink sink = new ParquetSink(dir, world.catalog(), world.vocabulary(), 70)) {
        new Simulation(world, 2, 16).run(0, 300, sink, Simulation.Progress.NONE);
      }
      dir.commit();
    }
    // Without a manifest (the directory's own lists no rows), the views files are read in name order.
    Files.delete(split.resolve("manifest.json"));
    try (Stream<Path> files = Files.list(split)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("views-")))
          .containsExactlyInAnyOrder("views-00000.parquet", "views-00001.parquet",
              "views-00002.parquet", "views-00003.parquet", "views-00004.parquet");
    }
    Path whole = simulate("whole", "--format", "parquet");
    // Both without a manifest, so both take the period from the views.
    Files.delete(whole.resolve("manifest.json"));
    Cli a = Cli.run("analyze", split.toString(), "-q", "-o", tmp.resolve("ms").toString());
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(Cli.run("analyze", whole.toString(), "-q", "-o", tmp.resolve("mw").toString())
        .exitCode()).isZero();
    assertThat(Files.readString(tmp.resolve("ms/metrics.csv")))
        .isEqualTo(Files.readString(tmp.resolve("mw/metrics.csv")));
  }

  @Test
  void truncatedViewsFile_isRefusedWithItsName_exit2() throws IOException {
    Path pq = simulate("pq", "--format", "parquet");
    Path views = pq.resolve("views-00000.parquet");
    byte[] b = Files.readAllBytes(views);
    Files.write(views, Arrays.copyOf(b, b.length / 2));
    // Without the manifest, whose byte count would refuse the changed file first.
    Files.delete(pq.resolve("manifest.json"));
    Cli r = Cli.run("analyze", pq.toString(), "-q", "-o", tmp.resolve("m").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("views-00000.parquet: not a readable Parquet file")
        .doesNotContain("\tat ");
  }

  private static String row(ResultSet r, int columns) throws SQLException {
    List<String> v = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      v.add(r.getString(i));
    }
    return String.join(SEP, v);
  }

  /** Reads a CSV's data rows, each as its fields joined by {@link #SEP}. */
  private static List<String> csvRows(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
      it.next(); // header
      while (it.hasNext()) {
        String[] fields = it.next();
        rows.add(String.join(SEP, fields));
      }
    }
    return rows;
  }
}
