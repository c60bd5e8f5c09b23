package io.bingescope.spark;

import io.bingescope.analytics.FiftyThreeViewers;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.Simulation;
import io.bingescope.sim.World;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point, for {@code spark-submit} (the cluster's master) or the local launcher
 * ({@code spark/bingescope-spark}, Spark in this JVM on the loopback address).
 */
@Command(
    name = "bingescope-spark",
    mixinStandardHelpOptions = true,
    subcommands = {
      SparkJob.Simulate.class, SparkJob.Analyze.class, SparkJob.FiftyThree.class, SparkJob.Rate.class
    },
    description = "bingescope's simulation and analytics on Apache Spark (see docs/scale.md).")
public final class SparkJob implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job; exit code 0 success, 2 a problem with the input, 1 a bug. */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs a command and returns its exit code (tests call this rather than {@link #main}). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new SparkJob());
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      String message = ex instanceof ScenarioException || ex instanceof UserException ? ex.getMessage() : null;
      if (message == null) {
        throw ex;
      }
      line.getErr().println(ex instanceof UserException ? "bingescope-spark: " + message : message);
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: simulate, analyze, "
        + "53-viewers, rate");
  }

  /** A problem with the user's input or output: exit code 2, one message, no stack trace. */
  static final class UserException extends RuntimeException {
    UserException(String message) {
      super(message);
    }
  }

  /** The options every command shares: the scenario's overrides, the partitions and where Spark runs. */
  static final class RunOptions {
    @Option(names = "--members", paramLabel = "N", description = "Overrides the scenario's population size.")
    Long members;

    @Option(names = "--seed", paramLabel = "SEED", description = "Overrides the scenario's seed.")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Overrides a value of the scenario.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "P",
        description = "Member-id ranges, one Spark task each (default: one per 50,000 members, at least the "
            + "default parallelism).")
    Integer partitions;

    @Option(names = "--local", paramLabel = "THREADS", arity = "0..1", fallbackValue = "0",
        description = "Runs Spark in this JVM (local[THREADS], all cores by default), bound to 127.0.0.1; the "
            + "default when not under spark-submit.")
    Integer local;

    List<String> overrides() {
      List<String> o = new ArrayList<>();
      if (members != null) {
        if (members < 1) {
          throw new UserException("--members: expected a whole number of members from 1, found " + members);
        }
        o.add("population.members=" + members);
      }
      if (seed != null) {
        o.add("seed=" + seed);
      }
      o.addAll(sets);
      return o;
    }

    SparkSession session() {
      boolean submitted = System.getProperty("spark.master") != null;
      if (local == null && submitted) {
        return SparkSession.builder().appName("bingescope").getOrCreate();
      }
      int threads = local == null || local == 0 ? Runtime.getRuntime().availableProcessors() : local;
      return LocalSpark.start(threads);
    }

    /** Returns the run of the scenario with the overrides, or refuses it, before Spark starts. */
    RunSpec run(String scenario) throws ScenarioException {
      return RunSpec.of(scenario, overrides(), 1);
    }

    /** Returns the run split into the partitions asked for, by default one per 50,000 members. */
    RunSpec partitioned(RunSpec run, SparkSession spark) throws ScenarioException {
      long members = run.world().members();
      int p = partitions != null ? partitions
          : (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(100_000, (members + 49_999) / 50_000));
      if (p < 1) {
        throw new UserException("--partitions: expected at least 1, found " + p);
      }
      return run.withPartitions((int) Math.min(p, members));
    }
  }

  /**
   * Refuses an output that exists, before Spark starts: a run never replaces what is there. The file system is the
   * one the path names (the cluster's default from its Hadoop configuration when it names none).
   */
  static String freshOutput(String dir) throws java.io.IOException {
    Path path = new Path(dir);
    if (path.getFileSystem(new org.apache.hadoop.conf.Configuration()).exists(path)) {
      throw new UserException(dir + " exists; name a new output directory");
    }
    return dir;
  }

  /** Parquet as DuckDB, pandas and Spark read it with no options: ZSTD, timestamps as INT64 microseconds. */
  static void parquetDefaults(SparkSession spark) {
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
  }

  @Command(name = "simulate", mixinStandardHelpOptions = true,
      description = "Simulates a scenario: DIR/views, DIR/titles and DIR/members (the hidden truth) as Parquet"
          + " (one file per partition).")
  static final class Simulate implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO") String scenario;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR") String output;
    @CommandLine.Mixin RunOptions options;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      long started = System.nanoTime();
      RunSpec asked = options.run(scenario);
      freshOutput(output);
      try (SparkSession spark = options.session()) {
        RunSpec run = options.partitioned(asked, spark);
        parquetDefaults(spark);
        SparkRuns.titles(spark, run).coalesce(1).write().parquet(output + "/titles");
        SparkRuns.views(spark, run).write().parquet(output + "/views");
        SparkRuns.members(spark, run).write().parquet(output + "/members");
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d members in %d partitions -> %s in %.1f s%n",
            scenario, run.world().members(), run.partitions(), output, (System.nanoTime() - started) / 1e9);
      }
      return 0;
    }
  }

  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "Simulates a scenario and writes each member's metrics (docs/metrics.md) to DIR as Parquet.")
  static final class Analyze implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO") String scenario;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR") String output;
    @CommandLine.Mixin RunOptions options;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      RunSpec asked = options.run(scenario);
      freshOutput(output);
      try (SparkSession spark = options.session()) {
        RunSpec run = options.partitioned(asked, spark);
        parquetDefaults(spark);
        SparkRuns.metrics(spark, run).write().parquet(output);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: metrics of %,d members -> %s%n", scenario,
            run.world().members(), output);
      }
      return 0;
    }
  }

  @Command(name = "53-viewers", mixinStandardHelpOptions = true,
      description = "Counts the members who watched A Christmas Prince on every day of the 18 days ending"
          + " 10 Dec 2017, as `bingescope reproduce 53-viewers` does (christmas-prince-2017, by default at"
          + " Netflix's 117,580,000 members).")
  static final class FiftyThree implements Callable<Integer> {
    @CommandLine.Mixin RunOptions options;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (options.members == null) {
        options.members = FiftyThreeViewers.NETFLIX_MEMBERS_2017;
      }
      long started = System.nanoTime();
      RunSpec asked = options.run(FiftyThreeViewers.SCENARIO);
      try (SparkSession spark = options.session()) {
        RunSpec run = options.partitioned(asked, spark);
        long count = SparkRuns.fiftyThreeViewers(spark, run);
        spec.commandLine().getOut().printf(Locale.ROOT,
            "%s, %,d members, seed %d, %d partitions: %,d members watched \"%s\" on every day of the %d days"
                + " ending %s (%.0f s)%n",
            FiftyThreeViewers.SCENARIO, run.world().members(), run.world().scenario().seed(), run.partitions(),
            count, FiftyThreeViewers.TITLE, FiftyThreeViewers.DAYS, FiftyThreeViewers.ENDING,
            (System.nanoTime() - started) / 1e9);
      }
      return 0;
    }
  }

  @Command(name = "rate", mixinStandardHelpOptions = true,
      description = "Measures generation (no output) in Spark local[THREADS] against the core engine on as many"
          + " threads, alternating, in this JVM; prints members/s of each and the ratio of their times.")
  static final class Rate implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO") String scenario;
    @Option(names = "--threads", defaultValue = "2", paramLabel = "N") int threads;
    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R") int rounds;
    @CommandLine.Mixin RunOptions options;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      options.local = threads;
      PrintWriter out = spec.commandLine().getOut();
      RunSpec asked = options.run(scenario);
      try (SparkSession spark = options.session()) {
        RunSpec run = options.partitioned(asked, spark);
        World world = run.world();
        long members = world.members();
        double[] coreS = new double[rounds];
        double[] sparkS = new double[rounds];
        double[] coreCpu = new double[rounds];
        double[] sparkCpu = new double[rounds];
        // A warm-up of each, then alternating rounds, so both see the same JIT state and machine load. The process's
        // CPU time (every thread: the engine's, Spark's own, the collector's) is the cost that time-slicing on a
        // shared machine does not inflate; wall time is printed too.
        long warm = Math.min(members, 200_000);
        coreViews(world, threads, warm);
        SparkRuns.viewCount(spark, run);
        for (int r = 0; r < rounds; r++) {
          long c0 = cpuNanos();
          long t0 = System.nanoTime();
          long a = coreViews(world, threads, members);
          coreS[r] = (System.nanoTime() - t0) / 1e9;
          coreCpu[r] = (cpuNanos() - c0) / 1e9;
          c0 = cpuNanos();
          t0 = System.nanoTime();
          long b = SparkRuns.viewCount(spark, run);
          sparkS[r] = (System.nanoTime() - t0) / 1e9;
          sparkCpu[r] = (cpuNanos() - c0) / 1e9;
          if (a != b) {
            throw new IllegalStateException("Spark generated " + b + " views, the core " + a);
          }
          out.printf(Locale.ROOT, "round %d: core %.2f s (%.2f CPU-s), spark %.2f s (%.2f CPU-s), %,d views%n",
              r + 1, coreS[r], coreCpu[r], sparkS[r], sparkCpu[r], a);
          out.flush();
        }
        double c = median(coreS);
        double s = median(sparkS);
        double cc = median(coreCpu);
        double sc = median(sparkCpu);
        out.printf(Locale.ROOT, "%s, %,d members, %d threads, %d partitions, medians of %d rounds:%n", scenario,
            members, threads, run.partitions(), rounds);
        out.printf(Locale.ROOT, "  core engine  %6.2f s  %6.2f CPU-s  %,9.0f members per CPU-s%n", c, cc, members / cc);
        out.printf(Locale.ROOT, "  spark local  %6.2f s  %6.2f CPU-s  %,9.0f members per CPU-s%n", s, sc, members / sc);
        out.printf(Locale.ROOT, "  overhead ratio, spark / core: %.2fx in CPU time, %.2fx in wall time%n", sc / cc,
            s / c);
      }
      return 0;
    }

    private static long coreViews(World world, int threads, long members) throws Exception {
      AtomicLong views = new AtomicLong();
      new Simulation(world, threads).run(0, members, new MemberSink<long[]>() {
        @Override
        public long[] newBlock() {
          return new long[1];
        }

        @Override
        public void accept(long[] block, MemberTraits traits, History history) {
          block[0] += history.size();
        }

        @Override
        public void complete(long[] block) {
          views.addAndGet(block[0]);
        }

        @Override
        public boolean readsTraits() {
          return false;
        }
      }, Simulation.Progress.NONE);
      return views.get();
    }

    private static long cpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] v) {
      double[] s = v.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
  }
}
