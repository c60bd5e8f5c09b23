package io.bingescope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bingescope.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the single-machine run of the same scenario and seed, in local[2] on the loopback address:
 * the same views, the same metrics, the same streak count. Small populations: the machine has 2 cores.
 */
class SparkRunsTest {
  private static final String SCENARIO = "christmas-prince-2017";
  private static final List<String> SMALL = List.of("population.members=1500", "seed=11");
  // Enough comfort rewatchers that a few thousand members hold dozens of 18-day streaks (the bundled scenario
  // expects about one per 2 million members, so a count of 0 would prove nothing).
  private static final List<String> STREAKY =
      List.of("--members", "3000", "--seed", "5",
          "--set", "personas.holiday-rewatcher.share=0.05", "--set", "personas.kids-household.share=0.04",
          "--set", "personas.holiday-rewatcher.comfort.adopt=1",
          "--set", "personas.holiday-rewatcher.comfort.rewatch=0.98");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void session_bindsToLoopbackOnlyWithoutUi() {
    var conf = spark.sparkContext().getConf();
    assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
    assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    assertThat(spark.sparkContext().uiWebUrl().isEmpty()).isTrue();
    // the executor's block manager advertises the address of SPARK_LOCAL_IP, set by the build (pom.xml)
    assertThat(spark.sparkContext().env().blockManager().blockManagerId().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void views_sameRowsAsSingleMachineRun_writtenAndReadAsParquet(@TempDir Path tmp) throws Exception {
    core("simulate", SCENARIO, "--members", "1500", "--seed", "11", "-o", tmp.resolve("core").toString());
    RunSpec run = RunSpec.of(SCENARIO, SMALL, 3);
    SparkJob.parquetDefaults(spark);
    String out = tmp.resolve("spark-views").toString();
    SparkRuns.views(spark, run).write().parquet(out);

    Dataset<Row> parquet = spark.read().parquet(out).selectExpr(
        "cast(member_id as string)", "profile", "cast(title_id as string)", "title",
        "date_format(start_utc, \"yyyy-MM-dd'T'HH:mm:ss'Z'\")",
        "date_format(start_local, \"yyyy-MM-dd'T'HH:mm:ss\")", "time_zone", "cast(duration_s as string)",
        "device", "country", "cast(autoplayed as string)", "supplemental");
    Dataset<Row> csv = spark.read().option("header", "true").option("escape", "\"")
        .csv(tmp.resolve("core/views.csv").toString()).na().fill("");

    assertThat(parquet.columns()).hasSize(csv.columns().length);
    long rows = csv.count();
    assertThat(rows).as("a run of 1500 members has views").isGreaterThan(10_000);
    assertThat(parquet.count()).isEqualTo(rows);
    assertThat(parquet.exceptAll(csv).limit(3).collectAsList()).as("Spark rows not in the core's run").isEmpty();
    assertThat(csv.exceptAll(parquet).limit(3).collectAsList()).as("core rows not in Spark's run").isEmpty();
  }

  @Test
  void members_sameTruthAsSingleMachineRun(@TempDir Path tmp) throws Exception {
    // office-binge-2018: its members have life events, a list of records
    core("simulate", "office-binge-2018", "--members", "1500", "--seed", "11", "-o", tmp.resolve("core").toString());
    SparkJob.parquetDefaults(spark);
    String out = tmp.resolve("spark-members").toString();
    SparkRuns.members(spark, RunSpec.of("office-binge-2018", SMALL, 3)).write().parquet(out);

    // members.csv spells a list as its items joined by |, a life event as kind:START..END, an absent value empty
    Dataset<Row> parquet = spark.read().parquet(out).selectExpr(
        "cast(member_id as string)", "persona", "country", "home_zone", "household", "cast(adults as string)",
        "cast(kids as string)", "concat_ws('|', profiles)", "concat_ws('|', kids_profiles)",
        "concat_ws('|', profile_devices)", "sleep_bedtime", "sleep_wake", "work", "coalesce(work_start, '')",
        "coalesce(work_end, '')", "concat_ws('|', transform(work_days, d -> cast(d as string)))",
        "concat_ws('|', transform(life_events, e -> concat(e.kind, ':', cast(e.start as string), '..',"
            + " cast(e.end as string))))",
        "concat_ws('|', profile_favourites)");
    Dataset<Row> csv = spark.read().option("header", "true").option("escape", "\"")
        .csv(tmp.resolve("core/members.csv").toString()).na().fill("");

    assertThat(parquet.columns()).hasSize(csv.columns().length);
    assertThat(csv.count()).isEqualTo(1500);
    assertThat(parquet.count()).isEqualTo(1500);
    assertThat(csv.where("life_events <> ''").count()).as("life events are compared too").isPositive();
    assertThat(parquet.exceptAll(csv).limit(3).collectAsList()).as("Spark rows not in the core's run").isEmpty();
    assertThat(csv.exceptAll(parquet).limit(3).collectAsList()).as("core rows not in Spark's run").isEmpty();
  }

  @Test
  void metrics_sameAsSingleMachineAnalysis(@TempDir Path tmp) throws Exception {
    core("simulate", SCENARIO, "--members", "1500", "--seed", "11", "--analyze-only",
        "-o", tmp.resolve("core").toString());
    List<Row> sparkRows = SparkRuns.metrics(spark, RunSpec.of(SCENARIO, SMALL, 4)).collectAsList();
    Dataset<Row> csv = spark.read().option("header", "true").option("escape", "\"")
        .csv(tmp.resolve("core/metrics.csv").toString());
    String[] columns = csv.columns();
    assertThat(columns).containsExactly(Rows.METRICS.fieldNames());
    Map<String, Row> expected = new HashMap<>();
    for (Row r : csv.collectAsList()) {
      expected.put(r.getString(0), r);
    }
    assertThat(sparkRows).hasSize(1500).hasSize(expected.size());
    int streaks = 0;
    for (Row actual : sparkRows) {
      Row want = expected.get(String.valueOf(actual.getInt(0)));
      assertThat(want).as("member %s", actual.get(0)).isNotNull();
      for (int c = 0; c < columns.length; c++) {
        Object a = actual.get(c);
        String w = want.getString(c);
        String where = "member " + actual.get(0) + " " + columns[c];
        if (a instanceof Double d) {
          // metrics.csv rounds to 4 decimals
          assertThat(d).as(where).isCloseTo(Double.parseDouble(w), within(0.5e-4 + 1e-12));
        } else {
          assertThat(a == null ? null : a.toString()).as(where).isEqualTo(w);
        }
      }
      streaks += actual.isNullAt(13) ? 0 : 1;
    }
    assertThat(streaks).as("members with a streak title: the nullable columns are compared too").isPositive();
  }

  @Test
  void streakCount_sameAsReproduce53Viewers() throws Exception {
    String printed = core(concat(List.of("reproduce", "53-viewers", "--threads", "2"), STREAKY));
    Matcher m = Pattern.compile("simulated \\(counted from the views\\)\\s+([\\d,]+) members").matcher(printed);
    assertThat(m.find()).as(printed).isTrue();
    long expected = Long.parseLong(m.group(1).replace(",", ""));
    assertThat(expected).as("the overrides make streaks common").isGreaterThan(20);

    List<String> overrides = new ArrayList<>();
    for (int i = 0; i < STREAKY.size(); i += 2) {
      overrides.add(switch (STREAKY.get(i)) {
        case "--members" -> "population.members=" + STREAKY.get(i + 1);
        case "--seed" -> "seed=" + STREAKY.get(i + 1);
        default -> STREAKY.get(i + 1);
      });
    }
    for (int partitions : new int[] {1, 7}) {
      long count = SparkRuns.fiftyThreeViewers(spark, RunSpec.of("christmas-prince-2017", overrides, partitions));
      assertThat(count).as("%d partitions", partitions).isEqualTo(expected);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String core(List<String> args) {
    return core(args.toArray(String[]::new));
  }

  /** Runs the single-machine command line and returns what it printed; fails unless it succeeded. */
  private static String core(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--quiet");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("bingescope %s: %s", all, err).isZero();
    return out.toString();
  }
}
