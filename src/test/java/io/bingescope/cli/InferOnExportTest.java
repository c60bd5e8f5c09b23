package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** infer and profile on a member's own Netflix export: only claims the export can support. */
class InferOnExportTest {
  private static final Path ACTIVITY = Paths.get("src/test/resources/netflix/ViewingActivity.csv");
  private static final Path SIMPLE =
      Paths.get("src/test/resources/netflix/NetflixViewingHistory-us.csv");

  @TempDir Path tmp;

  @Test
  void profileOfOneProfileStatesTheWholeAccountsHousehold() {
    Cli r = Cli.run("profile", ACTIVITY.toString(), "--profile", "Sam");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Sam's own views are one profile's; the household claim is about the account: 3 profiles.
    assertThat(r.out()).contains("profile Sam").contains("3 profiles watch")
        .contains("Withheld, as the input cannot support them: binge racing");
    assertThat(r.out()).doesNotContain("Finished 1 season");
    // A withheld kind is not also listed as merely "not concluded".
    String notConcluded = r.out().substring(r.out().indexOf("Not concluded"),
        r.out().indexOf("Withheld"));
    assertThat(notConcluded).doesNotContain("binge racing");
  }

  @Test
  void datesOnlyHistoryGetsNoClaimThatNeedsTimesOfDay() throws Exception {
    Cli r = Cli.run("infer", SIMPLE.toString(), "-o", tmp.resolve("c").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Withheld, as the input cannot support them:")
        .contains("home time zone (needs times of day").contains("sleep window (needs times of day")
        .contains("life event (needs times of day");
    List<String> rows = Files.readAllLines(tmp.resolve("c").resolve("claims.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String kind = row.split(",")[2];
      assertThat(kind).as(row).isNotIn("sleep-window", "disrupted-sleep", "home-zone",
          "weekday-availability", "household", "life-event", "binge-racing");
    }
  }

  @Test
  void homeZoneOnAnExport_saysTheZonesAreBingescopesGuess_notDevicesClocks() throws Exception {
    Path demo = tmp.resolve("demo");
    Cli sim = Cli.run("simulate", "tiny", "--format", "netflix", "-q", "-o", demo.toString());
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    int homeZones = 0;
    try (var members = Files.list(demo.resolve("members"))) {
      for (Path member : members.toList()) {
        Cli r = Cli.run("profile", member.toString());
        if (r.err().contains("no row could be imported")) {
          continue; // a member without views downloads an empty file
        }
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).as(member.toString()).doesNotContain("devices' clocks");
        if (r.out().contains("Home time zone, confidence")) {
          homeZones++;
          assertThat(r.out()).contains("assumed from the views' countries (an export has no device clock)");
        }
      }
    }
    assertThat(homeZones).as("members with a home-zone claim").isPositive();
    // A simulated run's local times are its devices' clocks, and its claims say so.
    Path run = tmp.resolve("run");
    assertThat(Cli.run("simulate", "tiny", "-q", "-o", run.toString()).exitCode()).isZero();
    Path claims = tmp.resolve("claims");
    assertThat(Cli.run("infer", run.toString(), "-q", "--format", "jsonl", "-o", claims.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(claims.resolve("claims.jsonl"))).contains("devices' clocks");
  }
}
