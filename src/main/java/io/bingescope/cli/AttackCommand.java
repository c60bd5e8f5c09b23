package io.bingescope.cli;

import io.bingescope.analytics.Thresholds;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.model.Catalog;
import io.bingescope.model.Title;
import io.bingescope.reid.AttackRow;
import io.bingescope.reid.AttackSummary;
import io.bingescope.reid.AuxMaker;
import io.bingescope.reid.AuxRecord;
import io.bingescope.reid.Scoreboard;
import io.bingescope.reid.ScoreboardScorer;
import io.bingescope.reid.ScoreboardTally;
import io.bingescope.reid.Supports;
import io.bingescope.reid.Target;
import io.bingescope.reid.TargetSampler;
import io.bingescope.reid.Trace;
import io.bingescope.report.AttackTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Narayanan and Shmatikov's Scoreboard-RH against a population: aux records made from sampled targets with the
 * noise a researcher sets (or read from a file), scored against every member, a match declared by eccentricity;
 * on simulated data, precision and recall against the truth.
 */
@Command(
    name = "attack",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the Netflix Prize de-anonymisation attack (Scoreboard-RH) and scores it against the truth.",
      "",
      "For --targets members sampled (seeded) among those with at least the largest --aux-points",
      "points, an aux record is made per aux size and date noise: that many of the target's titles,",
      "each on a day it watched it moved by up to +-D days, a share of items replaced by titles it",
      "never watched (--wrong-share); the release may miss a share of every member's points",
      "(--drop-share). Every member is scored: sum of 1/ln(support) x e^(-days/--date-scale) over the",
      "items; a match is declared when (best - second) / sd >= --phi. Prints precision (declared",
      "matches that are right) and recall (targets rightly matched) per aux size and noise, and how",
      "many --decoys (records drawn from no member) were matched. --aux FILE brings your own records",
      "(ref,title,date). -o DIR writes attack.csv and attack-summary.csv (docs/reidentification.md).",
      "",
      "INPUT is a stored run or a scenario, as for unicity.",
      "",
      "Examples:",
      "  bingescope reidentify attack tiny --members 2000 --targets 100 --aux-points 2,4,8 -o attack-tiny",
      "  bingescope reidentify attack tiny --members 2000 --targets 100 --aux-points 8 --wrong-share 0.25"
          + " --drop-share 0.1 --date-noise-days 14"
    })
final class AttackCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A stored run, or a scenario (bundled name or .yaml file).")
  String input;

  @CommandLine.Mixin ReidInputOptions inputOptions;

  @Option(names = "--targets", paramLabel = "N", defaultValue = "500",
      description = "Targets to make aux records from (default: ${DEFAULT-VALUE}).")
  int targets;

  @Option(names = "--aux-points", paramLabel = "K,...", split = ",", defaultValue = "2,4,8",
      description = "Items per aux record, distinct titles (default: ${DEFAULT-VALUE}).")
  List<Integer> auxPoints;

  @Option(names = "--date-noise-days", paramLabel = "D,...", split = ",", defaultValue = "3,14",
      description = "Each item's day is moved by a uniform whole number of days within +-D (default:"
          + " ${DEFAULT-VALUE}).")
  List<Integer> noises;

  @Option(names = "--wrong-share", paramLabel = "S", defaultValue = "0",
      description = "Share of each record's items replaced by titles the target never watched (default:"
          + " ${DEFAULT-VALUE}).")
  double wrongShare;

  @Option(names = "--drop-share", paramLabel = "S", defaultValue = "0",
      description = "Share of every member's points the release misses (default: ${DEFAULT-VALUE}).")
  double dropShare;

  @Option(names = "--decoys", paramLabel = "N", defaultValue = "100",
      description = "Aux records drawn from no member, of the largest size (default: ${DEFAULT-VALUE}).")
  int decoys;

  @Option(names = "--phi", paramLabel = "X", defaultValue = "1.5",
      description = "The eccentricity a match needs (default: ${DEFAULT-VALUE}).")
  double phi;

  @Option(names = "--date-scale", paramLabel = "DAYS", defaultValue = "30",
      description = "Days over which the date similarity falls by e (default: ${DEFAULT-VALUE}, the paper's).")
  double dateScale;

  @Option(names = "--aux", paramLabel = "FILE",
      description = "Your own aux records, CSV with header ref,title,date (title as in titles.csv, date"
          + " yyyy-MM-dd); no targets or decoys are made.")
  Path auxFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Writes attack.csv and attack-summary.csv.")
  Path output;

  @Option(names = "--force", description = "Replaces DIR if it is a bingescope output.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    validate();
    ReidPopulation pop = inputOptions.open(input, spec);
    Catalog catalog = pop.catalog();
    List<AuxRecord> brought = auxFile == null ? null : readAux(auxFile, catalog);
    List<Path> inputs = new ArrayList<>(java.util.Arrays.asList(pop.inputs()));
    inputs.add(auxFile);
    try (AtomicOutputDir dir = output == null ? null
        : Outputs.dir(spec, output, force, inputs.toArray(Path[]::new))) {
      int maxSize = auxPoints.stream().mapToInt(Integer::intValue).max().orElseThrow();
      long seed = inputOptions.seed;
      TargetSampler sampler = new TargetSampler(seed, new int[] {maxSize}, targets);
      Supports supports = new Supports(catalog.size());
      Trace sampling = newTrace(catalog);
      if (brought == null) {
        // The targets' true points; the supports of what the release holds.
        pop.sample(sampler, sampling, t -> supports.add(t.drop(seed, dropShare)));
      }
      Supports released = supports;
      if (brought != null || !pop.sampleSeesEveryone()) {
        released = pop.supports(() -> newTrace(catalog), seed, dropShare);
      }
      List<AuxRecord> records = brought != null ? brought : make(sampler, released, maxSize);
      if (records.isEmpty()) {
        throw new UserException(input + ": no member has " + maxSize + " qualifying points to make aux records of");
      }
      Scoreboard board = new Scoreboard(records, released, dateScale, phi);
      ScoreboardTally tally = new ScoreboardTally(board);
      for (ScoreboardScorer s : pop.pass(() -> new ScoreboardScorer(board, newTrace(catalog),
          new ScoreboardTally(board), seed, dropShare), ScoreboardScorer::accept)) {
        tally.merge(s.tally());
      }
      List<AttackRow> rows = AttackRow.of(board, tally);
      List<AttackSummary> summary = AttackSummary.of(rows);
      if (dir != null) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(AttackTable.RECORDS))) {
          AttackTable.writeRecords(out, rows);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(AttackTable.SUMMARY))) {
          AttackTable.writeSummary(out, summary);
        }
        dir.commit();
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %,d members, %,d aux records (seed %d), %d pass%s over the members, %.0f s%n",
          pop.describe(), tally.members(), records.size(), seed, pop.passes(), pop.passes() == 1 ? "" : "es",
          (System.nanoTime() - started) / 1e9);
      out.printf(Locale.ROOT, "Scoreboard-RH: weight 1/ln(support), date similarity e^(-days/%s), match when"
          + " (best - second) / sd >= %s; wrong share %s, release drops %s.%n%n", num(dateScale), num(phi),
          num(wrongShare), num(dropShare));
      out.print(AttackTable.table(summary, brought == null));
      if (brought == null) {
        out.println();
        out.println("precision: declared matches that are the target; recall: targets rightly matched; decoys:"
            + " records drawn from no member (every match declared on one is wrong).");
      }
      if (output != null) {
        out.println("wrote " + output.resolve(AttackTable.RECORDS) + ", " + output.resolve(AttackTable.SUMMARY));
      }
      out.flush();
    }
    return 0;
  }

  private List<AuxRecord> make(TargetSampler sampler, Supports released, int maxSize) {
    AuxMaker maker = new AuxMaker(inputOptions.seed, released, wrongShare);
    List<AuxRecord> records = new ArrayList<>();
    for (Target t : sampler.targets(0)) {
      for (int size : auxPoints) {
        for (int noise : noises) {
          records.add(maker.fromTarget(t, size, noise));
        }
      }
    }
    if (!records.isEmpty()) {
      for (int d = 0; d < decoys; d++) {
        records.add(maker.decoy(d, maxSize));
      }
    }
    return records;
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private Trace newTrace(Catalog catalog) {
    return new Trace(catalog, inputOptions.level, Thresholds.DEFAULTS);
  }

  private void validate() {
    if (targets < 1 || targets > UnicityCommand.MAX_TARGETS) {
      throw new UserException("--targets must be between 1 and " + UnicityCommand.MAX_TARGETS + ", got " + targets);
    }
    for (int k : auxPoints) {
      if (k < 1 || k > UnicityCommand.MAX_POINTS) {
        throw new UserException("--aux-points: each must be between 1 and " + UnicityCommand.MAX_POINTS + ", got "
            + k);
      }
    }
    if (auxPoints.stream().distinct().count() != auxPoints.size()) {
      throw new UserException("--aux-points: a size is given twice");
    }
    for (int d : noises) {
      if (d < 0 || d > UnicityCommand.MAX_TOLERANCE) {
        throw new UserException("--date-noise-days: each must be between 0 and " + UnicityCommand.MAX_TOLERANCE
            + ", got " + d);
      }
    }
    if (noises.stream().distinct().count() != noises.size()) {
      throw new UserException("--date-noise-days: a noise is given twice");
    }
    share("--wrong-share", wrongShare);
    share("--drop-share", dropShare);
    if (dropShare >= 1) {
      throw new UserException("--drop-share must be below 1 (a release of nothing), got " + num(dropShare));
    }
    if (decoys < 0 || decoys > UnicityCommand.MAX_TARGETS) {
      throw new UserException("--decoys must be between 0 and " + UnicityCommand.MAX_TARGETS + ", got " + decoys);
    }
    if (!(phi >= 0) || Double.isInfinite(phi)) {
      throw new UserException("--phi must be a non-negative number, got " + phi);
    }
    if (!(dateScale > 0) || Double.isInfinite(dateScale)) {
      throw new UserException("--date-scale must be a positive number of days, got " + dateScale);
    }
  }

  private static void share(String option, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new UserException(option + " must be a share between 0 and 1, got " + v);
    }
  }

  /** Reads aux records: CSV with header ref,title,date; rows of one ref make one record, in order of first row. */
  static List<AuxRecord> readAux(Path file, Catalog catalog) throws IOException {
    Map<String, Integer> byName = new HashMap<>();
    for (Title t : catalog.titles()) {
      byName.putIfAbsent(t.name(), t.id());
    }
    Map<String, List<long[]>> items = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.strip().replace("\uFEFF", "").equals("ref,title,date")) {
        throw new UserException(file + ":1: expected the header ref,title,date, found " + (header == null
            ? "an empty file" : "'" + header + "'"));
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        List<String> f = fields(line, file, n);
        if (f.size() != 3) {
          throw new UserException(file + ":" + n + ": expected 3 fields ref,title,date, found " + f.size());
        }
        Integer title = byName.get(f.get(1));
        if (title == null) {
          throw new UserException(file + ":" + n + ": no title named '" + f.get(1) + "' in the catalog");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(f.get(2).strip());
        } catch (DateTimeException e) {
          throw new UserException(file + ":" + n + ": expected a date as yyyy-MM-dd, found '" + f.get(2) + "'");
        }
        items.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(new long[] {title, date.toEpochDay()});
      }
    } catch (NoSuchFileException e) {
      throw new UserException("--aux " + file + ": no such file");
    }
    List<AuxRecord> records = new ArrayList<>();
    for (Map.Entry<String, List<long[]>> e : items.entrySet()) {
      int[] titles = e.getValue().stream().mapToInt(x -> (int) x[0]).toArray();
      long[] days = e.getValue().stream().mapToLong(x -> x[1]).toArray();
      records.add(new AuxRecord(e.getKey(), -1, titles.length, 0, titles, days));
    }
    return records;
  }

  /** Splits one RFC 4180 line (quoted fields may hold commas and doubled quotes). */
  private static List<String> fields(String line, Path file, int n) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    if (quoted) {
      throw new UserException(file + ":" + n + ": a quoted field is not closed");
    }
    out.add(b.toString());
    return out;
  }
}
