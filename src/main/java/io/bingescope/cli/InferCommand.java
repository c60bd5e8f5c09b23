package io.bingescope.cli;

import io.bingescope.infer.Claim;
import io.bingescope.infer.ClaimKind;
import io.bingescope.infer.GroundTruth;
import io.bingescope.infer.Inferences;
import io.bingescope.infer.Scorecard;
import io.bingescope.infer.ScorecardBuilder;
import io.bingescope.infer.WellnessRule;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.run.MemberSource;
import io.bingescope.io.run.ReadAhead;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.report.ClaimsWriter;
import io.bingescope.report.ScorecardReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes every member's claims and, on simulated input, the scorecard against the truth. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes what a platform could conclude about every member from its views alone.",
      "",
      "INPUT is a simulate output directory, a views.csv with titles.csv beside it, or your own",
      "Netflix export (ViewingActivity.csv, NetflixViewingHistory.csv, the archive's folder or",
      "zip; docs/netflix-export.md). Writes",
      "claims.csv (or claims.jsonl) into DIR: one row per claim, with its confidence and evidence",
      "(docs/inference.md). When members.csv (the simulator's hidden truth) is beside the views,",
      "also scores every kind of claim against it and writes and prints the scorecard: per kind,",
      "how many members it was made for, precision, recall and accuracy, with the counts behind.",
      "",
      "Examples:",
      "  bingescope infer out -o claims",
      "  bingescope infer out --format jsonl --wellness-rule hours:45 -o claims --force"
    })
final class InferCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A simulate output directory, a views.csv, or a Netflix export.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Output directory.")
  Path output;

  @Option(names = "--format", paramLabel = "csv|jsonl", defaultValue = "csv",
      description = "Format of the claims file (default: ${DEFAULT-VALUE}).")
  String format;

  @CommandLine.Mixin InferenceOptions options;

  @CommandLine.Mixin ImportOptions importOptions;

  @Option(names = "--force",
      description = "Replaces DIR if it is a bingescope output (its manifest.json lists every file).")
  boolean force;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar, summary or scorecard.")
  boolean quiet;

  @CommandLine.Mixin ByProfile byProfile;

  @CommandLine.Mixin SpreadsheetSafe spreadsheetSafe;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    boolean jsonl = switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> false;
      case "jsonl" -> true;
      default -> throw new UserException("--format: expected csv or jsonl, found '" + format + "'");
    };
    if (jsonl && spreadsheetSafe.on) {
      throw new UserException(
          "--spreadsheet-safe applies to --format csv (JSON Lines is not opened as a spreadsheet)");
    }
    WellnessRule rule = options.rule();
    InferenceInput in = InferenceInput.open(
        importOptions.resolve(input, spec.commandLine().getErr()), options.scenario, options.sets);
    Inferences inferences = new Inferences(rule);
    long[] claimed = new long[ClaimKind.values().length];
    Map<ClaimKind, String> withheld = new EnumMap<>(ClaimKind.class);
    long members = 0;
    long views;
    long claimRows;
    Scorecard card;
    ScorecardBuilder scorer;
    long total = in.stored().manifest().map(m -> m.members()).orElse(0L);
    try (AtomicOutputDir dir = Outputs.dir(spec, output, force,
        Outputs.inputs(input, in.stored(), Outputs.scenarioFile(options.scenario)))) {
      if (spreadsheetSafe.on) {
        dir.markSpreadsheetSafe();
      }
      try (OutputStream out = new BufferedOutputStream(
              Files.newOutputStream(dir.resolve(ClaimsWriter.fileName(jsonl))));
          MemberSource source = ReadAhead.of(in.stored().open(in.catalog()));
          TruthJoin truth = TruthJoin.open(in, inferences);
          ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), total, !quiet)) {
        ClaimsWriter writer = new ClaimsWriter(out, jsonl, spreadsheetSafe.style());
        writer.writeHeader();
        History h = new History();
        History scratch = new History();
        boolean perProfile = byProfile.perProfile();
        List<Claim> claims = new ArrayList<>();
        while (source.next(h)) {
          claims.clear();
          inferences.run(h, in.catalog(), source.profiles(), in.period().first(),
              in.period().last(), claims);
          in.withholdUnsupported(claims, withheld);
          writer.append(claims);
          for (Claim c : claims) {
            claimed[c.kind().ordinal()]++;
          }
          if (truth != null) {
            truth.add(h, claims);
          }
          if (perProfile) {
            // Each profile's own claims, named, after the account's (which alone are scored); who
            // shares the account is a fact of the account, so household is left to the account's row.
            for (int p = 0; p < h.profileBound(); p++) {
              if (ByProfile.keep(h, p, scratch).size() == 0) {
                continue;
              }
              claims.clear();
              inferences.run(scratch, in.catalog(), source.profiles(), in.period().first(),
                  in.period().last(), source.profiles().get(p), claims);
              claims.removeIf(c -> c.kind() == ClaimKind.HOUSEHOLD);
              in.withholdUnsupported(claims, withheld);
              writer.append(claims);
              for (Claim c : claims) {
                claimed[c.kind().ordinal()]++;
              }
            }
          }
          members++;
          bar.advanced(members, source.views());
        }
        writer.flush();
        views = source.views();
        claimRows = writer.rows();
        card = truth == null ? null : truth.finish();
        scorer = truth == null ? null : truth.scorer();
      }
      if (card != null && !card.scores().isEmpty()) {
        // Members without a view are in members.csv only: no claim, but scored like the rest.
        members = Math.max(members, card.scores().get(0).members());
      }
      if (card != null) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(ScorecardReport.FILE_NAME))) {
          ScorecardReport.writeCsv(out, card);
        }
      }
      dir.commit();
      if (!quiet) {
        print(in, members, views, claimRows, claimed, card, scorer, rule, started);
        if (!withheld.isEmpty()) {
          spec.commandLine().getOut().println("Withheld, as the input cannot support them: "
              + InferenceInput.describe(withheld) + ".");
          spec.commandLine().getOut().flush();
        }
      }
    }
    return 0;
  }

  private void print(InferenceInput in, long members, long views, long rows, long[] claimed,
      Scorecard card, ScorecardBuilder scorer, WellnessRule rule, long started) {
    PrintWriter out = spec.commandLine().getOut();
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "%s: %,d members, %,d views, period %s..%s%n", in.stored().views(),
        members, views, in.period().first(), in.period().last());
    out.printf(Locale.ROOT, "%,d claims:", rows);
    for (ClaimKind k : ClaimKind.values()) {
      // Four kinds to a line keeps the line within 100 columns.
      out.printf(Locale.ROOT, "%s %s %,d", k.ordinal() % 4 == 0 && k.ordinal() > 0 ? ",\n " : k
          == ClaimKind.SLEEP_WINDOW ? "" : ",", k.code(), claimed[k.ordinal()]);
    }
    out.println();
    if (card != null) {
      out.println();
      out.println("Scorecard: each kind of claim against the simulated truth (members.csv)");
      out.println();
      out.print(ScorecardReport.table(card));
      out.println();
      out.println("  precision = TP / claimed; recall = TP / (TP + FN); accuracy = (TP + TN) /"
          + " members.");
      out.println("  A claim is right within its kind's tolerance (docs/inference.md).");
      out.println("  Wellness rule: " + rule.label() + ".");
      List<String> unscored = new ArrayList<>();
      for (ClaimKind k : ClaimKind.values()) {
        if (!scorer.scores(k)) {
          unscored.add(k.label());
        }
      }
      if (!unscored.isEmpty()) {
        out.println("  Not scored: " + String.join(", ", unscored) + (in.note().isEmpty()
            ? " (a fact of the log, with no hidden truth)." : "."));
      }
      if (!in.note().isEmpty()) {
        out.println("  Note: " + in.note() + ".");
      }
    }
    out.printf(Locale.ROOT, "%nwrote %s (%s%s) in %.1f s, %s members/s%n", output,
        ClaimsWriter.fileName(format.equalsIgnoreCase("jsonl")),
        card == null ? "" : ", " + ScorecardReport.FILE_NAME, seconds,
        ProgressBar.human(members / seconds));
    out.flush();
  }
}
