package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.report.ClaimsWriter;
import io.bingescope.report.ScorecardReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferCommandTest {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void simulate() {
    out = tmp.resolve("out");
    Cli r = Cli.run("simulate", "office-binge-2018", "--members", "400", "--set",
        "catalog.filler.films=300", "-q", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void writesClaimsAndAScorecardWhoseCountsAddUpToTheMembers() throws Exception {
    Path claims = tmp.resolve("claims");
    Cli r = Cli.run("infer", out.toString(), "-o", claims.toString(), "--set",
        "catalog.filler.films=300");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Scorecard").contains("household").contains("precision")
        .contains("Not scored: binge racing");
    List<String> lines = Files.readAllLines(claims.resolve("claims.csv"));
    assertThat(lines.get(0)).isEqualTo(String.join(",", ClaimsWriter.COLUMNS));
    assertThat(lines).hasSizeGreaterThan(400);
    List<String> card = Files.readAllLines(claims.resolve(ScorecardReport.FILE_NAME));
    assertThat(card.get(0)).isEqualTo(String.join(",", ScorecardReport.COLUMNS));
    assertThat(card).hasSize(10); // header + 9 scored kinds
    for (String row : card.subList(1, card.size())) {
      String[] f = row.split(",", -1);
      long members = Long.parseLong(f[1]);
      long sum = 0;
      for (int i = 3; i <= 6; i++) {
        sum += Long.parseLong(f[i]);
      }
      assertThat(members).as(row).isEqualTo(400);
      assertThat(sum).as(row).isEqualTo(members);
      assertThat(Long.parseLong(f[2])).as(row)
          .isEqualTo(Long.parseLong(f[3]) + Long.parseLong(f[4]));
    }
  }

  @Test
  void claimsAndScorecard_areThoseOfReadingAndInferringOnOneThread() throws Exception {
    Path claims = tmp.resolve("claims-two-threads");
    Cli r = Cli.run("infer", out.toString(), "-o", claims.toString(), "--set",
        "catalog.filler.films=300", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // The same input read and inferred member by member on this thread.
    InferenceInput in = InferenceInput.open(io.bingescope.io.run.StoredInput.resolve(out), null,
        List.of("catalog.filler.films=300"));
    io.bingescope.infer.Inferences inferences = new io.bingescope.infer.Inferences();
    io.bingescope.infer.ScorecardBuilder scorer =
        new io.bingescope.infer.ScorecardBuilder(inferences, in.truth());
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream card = new java.io.ByteArrayOutputStream();
    try (io.bingescope.io.run.MemberSource source = in.stored().open(in.catalog());
        io.bingescope.io.run.MembersReader truths =
            io.bingescope.io.run.MembersReader.open(in.members().orElseThrow())) {
      ClaimsWriter writer = new ClaimsWriter(csv, false);
      writer.writeHeader();
      io.bingescope.model.History h = new io.bingescope.model.History();
      List<io.bingescope.infer.Claim> made = new java.util.ArrayList<>();
      // members.csv has every member in order, those with views among them.
      boolean has = source.next(h);
      for (var t = truths.next(); t != null; t = truths.next()) {
        made.clear();
        if (has && h.memberId() == t.memberId()) {
          inferences.run(h, in.catalog(), source.profiles(), in.period().first(),
              in.period().last(), made);
          writer.append(made);
          has = source.next(h);
        }
        scorer.add(t, made);
      }
      assertThat(has).as("every member with views is in members.csv").isFalse();
      writer.flush();
    }
    ScorecardReport.writeCsv(card, scorer.build());
    assertThat(Files.readAllBytes(claims.resolve("claims.csv"))).isEqualTo(csv.toByteArray());
    assertThat(Files.readAllBytes(claims.resolve(ScorecardReport.FILE_NAME)))
        .isEqualTo(card.toByteArray());
  }

  @Test
  void withoutTheScenario_scoresTheKindsTheMembersFileAloneCanJudge() throws Exception {
    Path claims = tmp.resolve("claims-no-scenario");
    // The run used --set, so the bundled scenario does not match the manifest's hash.
    Cli r = Cli.run("infer", out.toString(), "-o", claims.toString(), "--format", "jsonl");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("scenario of the run is not known");
    assertThat(Files.readAllLines(claims.resolve(ScorecardReport.FILE_NAME))).hasSize(6);
    assertThat(Files.readAllLines(claims.resolve("claims.jsonl")).get(0))
        .startsWith("{\"member_id\":").contains("\"evidence\":[{\"text\":");
  }

  @Test
  void badOptions_exitWith2AndSayWhy() {
    Cli format = Cli.run("infer", out.toString(), "-o", tmp.resolve("x").toString(), "--format",
        "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format: expected csv or jsonl, found 'xml'");
    Cli rule = Cli.run("infer", out.toString(), "-o", tmp.resolve("y").toString(),
        "--wellness-rule", "days:3");
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err()).contains("--wellness-rule").doesNotContain("Exception");
    Cli missing = Cli.run("infer", tmp.resolve("nothing").toString(), "-o",
        tmp.resolve("z").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    Cli mismatch = Cli.run("infer", out.toString(), "-o", tmp.resolve("w").toString(),
        "--scenario", "tiny");
    assertThat(mismatch.exitCode()).isEqualTo(2);
    assertThat(mismatch.err()).contains("does not match the run's");
  }

  @Test
  void profile_explainsAMemberWithEvidenceAndTheTruth() {
    Cli r = Cli.run("profile", out.toString(), "--member", "3", "--scenario",
        "office-binge-2018", "--set", "catalog.filler.films=300");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("What the platform could conclude about member 3")
        .contains("confidence").contains("- ").contains("truth: ");
  }

  @Test
  void profile_refusesAnUnknownMemberOrProfile() {
    Cli member = Cli.run("profile", out.toString(), "--member", "99999");
    assertThat(member.exitCode()).isEqualTo(2);
    assertThat(member.err()).contains("member 99999 has no views");
    Cli profile = Cli.run("profile", out.toString(), "--member", "3", "--profile", "Nobody");
    assertThat(profile.exitCode()).isEqualTo(2);
    assertThat(profile.err()).contains("no profile 'Nobody'").contains("its profiles: ");
  }

  @Test
  void byProfile_addsEachProfilesOwnClaimsNamed_andScoresTheAccountsAlone() throws Exception {
    Path account = tmp.resolve("by-account");
    Path profiles = tmp.resolve("by-profile");
    Cli a = Cli.run("infer", out.toString(), "-o", account.toString(), "--set", "catalog.filler.films=300");
    Cli p = Cli.run("infer", out.toString(), "-o", profiles.toString(), "--set", "catalog.filler.films=300",
        "--by", "profile");
    assertThat(p.exitCode()).as(p.err()).isZero();
    List<String> accountRows = Files.readAllLines(account.resolve("claims.csv"));
    List<String> rows = Files.readAllLines(profiles.resolve("claims.csv"));
    // The account's rows come first for each member and are unchanged; the profiles' rows are added.
    assertThat(rows).containsAll(accountRows);
    List<String> named = rows.stream().filter(r -> !accountRows.contains(r)).toList();
    assertThat(named).isNotEmpty();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String line : Files.readAllLines(out.resolve("views.csv")).subList(1, 2000)) {
      names.add(line.split(",")[1]);
    }
    for (String row : named) {
      String[] f = row.split(",");
      assertThat(names).as(row).contains(f[1]);
      assertThat(f[2]).as(row).isNotEqualTo("household");
    }
    assertThat(Files.readString(profiles.resolve("scorecard.csv")))
        .isEqualTo(Files.readString(account.resolve("scorecard.csv")));
    Cli bad = Cli.run("infer", out.toString(), "-o", tmp.resolve("bad").toString(), "--by", "device");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--by: expected profile, found 'device'");
  }
}
