package io.bingescope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's tables against the core's own Parquet run ({@code simulate --format parquet}) of the same scenario
 * and seed, both read by Spark: the same column names and types, and the same rows.
 */
class CoreParquetTest {
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
  void viewsTitlesMembers_sameTypesAndRowsAsCoreParquetRun(@TempDir Path tmp) throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"simulate", "office-binge-2018", "--members", "600", "--seed", "3",
        "--format", "parquet", "-o", tmp.resolve("core").toString(), "--quiet"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as("core simulate --format parquet: %s", err).isZero();
    RunSpec run = RunSpec.of("office-binge-2018", List.of("population.members=600", "seed=3"), 3);
    SparkJob.parquetDefaults(spark);
    SparkRuns.views(spark, run).write().parquet(tmp.resolve("views").toString());
    SparkRuns.titles(spark, run).write().parquet(tmp.resolve("titles").toString());
    SparkRuns.members(spark, run).write().parquet(tmp.resolve("members").toString());

    for (String table : List.of("views", "titles", "members")) {
      Dataset<Row> core = spark.read().parquet(tmp.resolve("core") + "/" + table + "*.parquet");
      Dataset<Row> mine = spark.read().parquet(tmp.resolve(table).toString());
      assertThat(typeNames(mine)).as(table + ": names and types").containsExactly(typeNames(core));
      assertThat(core.count()).as(table).isPositive().isEqualTo(mine.count());
      assertThat(mine.exceptAll(core).limit(3).collectAsList()).as(table + " rows not in the core's").isEmpty();
      assertThat(core.exceptAll(mine).limit(3).collectAsList()).as(table + " core rows not in Spark's").isEmpty();
    }
  }

  private static String[] typeNames(Dataset<Row> d) {
    StructField[] fields = d.schema().fields();
    String[] s = new String[fields.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = fields[i].name() + ": " + fields[i].dataType().sql();
    }
    return s;
  }
}
