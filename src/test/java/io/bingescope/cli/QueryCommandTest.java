package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  private static final String TITLES =
      "title_id,title,kind,series,season,episode,runtime_s,release_date,genres,tags\n"
          + "0,A Christmas Prince,FILM,,,,5520,2017-11-17,Romance,holiday\n"
          + "1,Show: Season 1: One (Episode 1),EPISODE,Show,1,1,1000,2017-01-01,Comedy,\n"
          + "2,Show: Season 1: Two (Episode 2),EPISODE,Show,1,2,1000,2017-01-01,Comedy,\n"
          + "3,Show: Season 1: Three (Episode 3),EPISODE,Show,1,3,1000,2017-01-01,Comedy,\n";
  private static final String HEADER =
      "member_id,profile,title_id,title,start_utc,start_local,time_zone,duration_s,device,country,"
          + "autoplayed,supplemental\n";

  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void writeViews() throws Exception {
    dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("titles.csv"), TITLES);
    StringBuilder v = new StringBuilder(HEADER);
    // Member 1 watches the film on Dec 8, 9 and 10 (local); member 4 on Dec 9 and 10 only;
    // member 7 on all three days but only 10 minutes on Dec 9 (not 70%).
    for (int day = 8; day <= 10; day++) {
      v.append(film(1, day, 5520));
    }
    v.append(film(4, 9, 5520)).append(film(4, 10, 5520));
    v.append(film(7, 8, 5520)).append(film(7, 9, 600)).append(film(7, 10, 5520));
    // Member 9 watches 3 episodes within 7 days; member 11 the same 3 over 8 days.
    v.append(episode(9, 1, "2017-12-01T20:00:00")).append(episode(9, 2, "2017-12-03T20:00:00"))
        .append(episode(9, 3, "2017-12-07T19:59:59"));
    v.append(episode(11, 1, "2017-12-01T20:00:00")).append(episode(11, 2, "2017-12-03T20:00:00"))
        .append(episode(11, 3, "2017-12-08T20:00:00"));
    Files.writeString(dir.resolve("views.csv"), v.toString());
  }

  private static String film(int member, int day, int seconds) {
    String local = String.format("2017-12-%02dT21:00:00", day);
    String utc = String.format("2017-12-%02dT02:00:00Z", day + 1);
    return member + ",Ann,0,A Christmas Prince," + utc + "," + local + ",America/New_York,"
        + seconds + ",TV,US,false,\n";
  }

  private static String episode(int member, int episode, String local) {
    String[] names = {"", "One", "Two", "Three"};
    return member + ",Bo," + episode + ",Show: Season 1: " + names[episode] + " (Episode " + episode
        + ")," + local + "Z," + local + ",UTC,900,TV,GB,false,\n";
  }

  @Test
  void streakPrintsTheCountThenTheIds() {
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "3",
        "--ending", "2017-12-10", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("1\n1\n");
  }

  @Test
  void streakCountsEveryMemberWithTheShorterStreak_idsOnly() {
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-10", "--ids-only", dir.resolve("views.csv").toString());
    assertThat(r.out()).isEqualTo("1\n4\n");
  }

  @Test
  void streakHonoursTheLevel() {
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "3",
        "--ending", "2017-12-10", "--level", "starter", dir.toString());
    assertThat(r.out()).isEqualTo("2\n1\n7\n");
  }

  @Test
  void windowPrintsMembersWithTheirFigure() {
    Cli r = Cli.run("query", "window", "--series", "Show", "--days", "7", "--min-episodes", "2",
        dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("2\n9,3\n11,2\n");
    Cli three = Cli.run("query", "window", "--series", "Show", "--min-episodes", "3", "--ids-only",
        dir.toString());
    assertThat(three.out()).isEqualTo("9\n");
  }

  @Test
  void unknownTitleExits2_suggestingTheClosestNames() {
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prinse", "--days", "3",
        "--ending", "2017-12-10", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no title named 'A Christmas Prinse'")
        .contains("closest: 'A Christmas Prince'").doesNotContain("\tat ");
    Cli s = Cli.run("query", "window", "--series", "Shaw", "--min-episodes", "3", dir.toString());
    assertThat(s.exitCode()).isEqualTo(2);
    assertThat(s.err()).contains("closest: 'Show'");
  }

  @Test
  void badViewsExit2_withFileAndLine() throws Exception {
    Files.writeString(dir.resolve("views.csv"),
        HEADER + film(4, 9, 5520) + film(1, 9, 5520));
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "1",
        "--ending", "2017-12-10", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("views.csv:3: column member_id").doesNotContain("\tat ");
  }

  @Test
  void streakOutsideTheInputsPeriod_exits2_namingThePeriod() {
    Cli r = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-20", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("2017-12-19..2017-12-20 are not inside the input's period 2017-12-01..2017-12-10")
        .doesNotContain("\tat ");
    Cli before = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "3",
        "--ending", "2017-12-02", dir.toString());
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.err()).contains("not inside the input's period");
  }

  @Test
  void streakOutsideAStoredRunsPeriod_exits2_namingTheManifestsPeriod() {
    Path run = tmp.resolve("run");
    Cli sim = Cli.run("simulate", "tiny", "--members", "3", "-q", "-o", run.toString());
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    String film = Cli.run("titles", run.toString()).out().lines()
        .filter(l -> l.startsWith("film")).findFirst().orElseThrow().substring(9);
    Cli r = Cli.run("query", "streak", "--title", film, "--days", "1", "--ending", "2099-12-10", run.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not inside the input's period").contains("from manifest.json");
  }

  @Test
  void titlesMatchWithoutRegardToCase() {
    Cli exact = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-10", dir.toString());
    Cli folded = Cli.run("query", "streak", "--title", "a CHRISTMAS prince", "--days", "2",
        "--ending", "2017-12-10", dir.toString());
    assertThat(folded.exitCode()).as(folded.err()).isZero();
    assertThat(folded.out()).isEqualTo(exact.out()).isEqualTo("2\n1\n4\n");
    Cli series = Cli.run("query", "window", "--series", "SHOW", "--min-episodes", "3", "--ids-only",
        dir.toString());
    assertThat(series.out()).isEqualTo("9\n");
  }

  @Test
  void titleNamedLikeASeries_isRefusedPointingToSeries() throws Exception {
    // A Netflix export's trailer row "Show" becomes a title of that name holding only the trailer.
    Files.writeString(dir.resolve("titles.csv"), TITLES + "4,Show,FILM,,,,60,2017-01-01,,\n");
    for (String name : List.of("Show", "show")) {
      Cli r = Cli.run("query", "streak", "--title", name, "--days", "1", "--ending", "2017-12-03",
          dir.toString());
      assertThat(r.exitCode()).as(name).isEqualTo(2);
      assertThat(r.err()).as(name).contains("is a series").contains("use --series 'Show'");
    }
  }

  @Test
  void seriesStreak_countsAnyEpisodeOfTheSeriesEachDay() throws Exception {
    // Member 12: episode 1 on Dec 4, episode 2 on Dec 5, so a 2-day streak of the series but of no episode.
    Files.writeString(dir.resolve("views.csv"),
        episode(12, 1, "2017-12-04T20:00:00") + episode(12, 2, "2017-12-05T20:00:00"),
        java.nio.file.StandardOpenOption.APPEND);
    Cli r = Cli.run("query", "streak", "--series", "show", "--days", "2", "--ending", "2017-12-05",
        dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("1\n12\n");
    Cli one = Cli.run("query", "streak", "--title", "Show: Season 1: One (Episode 1)", "--days", "2",
        "--ending", "2017-12-05", dir.toString());
    assertThat(one.out()).isEqualTo("0\n");
    Cli both = Cli.run("query", "streak", "--series", "Show", "--title", "A Christmas Prince", "--days", "1",
        "--ending", "2017-12-05", dir.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void unknownTitle_suggestsOnlyRelatedNames() {
    Cli r = Cli.run("query", "streak", "--title", "christmas", "--days", "1", "--ending", "2017-12-10",
        dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("closest: 'A Christmas Prince'").doesNotContain("Show")
        .contains("bingescope titles INPUT --search WORD");
    Cli none = Cli.run("query", "streak", "--title", "Zebra Crossing", "--days", "1", "--ending", "2017-12-10",
        dir.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).doesNotContain("closest").contains("no title named 'Zebra Crossing'");
  }

  @Test
  void titles_listsSeriesThenTitles_andSearchesWithoutRegardToCase() {
    Cli all = Cli.run("titles", dir.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out().lines().toList()).containsExactly(
        "series   Show",
        "film     A Christmas Prince",
        "episode  Show: Season 1: One (Episode 1)",
        "episode  Show: Season 1: Two (Episode 2)",
        "episode  Show: Season 1: Three (Episode 3)");
    Cli search = Cli.run("titles", dir.toString(), "--search", "SHOW two");
    assertThat(search.out()).isEqualTo("episode  Show: Season 1: Two (Episode 2)\n");
    Cli nothing = Cli.run("titles", dir.toString(), "--search", "prinse");
    assertThat(nothing.exitCode()).isZero();
    assertThat(nothing.out()).isEmpty();
    assertThat(nothing.err()).contains("holds 'prinse'").contains("closest: 'A Christmas Prince'");
  }

  @Test
  void byProfile_namesEachProfileWhoseOwnViewsMatch() throws Exception {
    // Member 13's account watches the film on Dec 9 and 10, but each day on another profile.
    Files.writeString(dir.resolve("views.csv"),
        film(13, 9, 5520) + film(13, 10, 5520).replace("13,Ann,", "13,\"Cy, Jr.\","),
        java.nio.file.StandardOpenOption.APPEND);
    Cli account = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-10", dir.toString());
    assertThat(account.out()).isEqualTo("3\n1\n4\n13\n");
    Cli byProfile = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "2",
        "--ending", "2017-12-10", "--by", "profile", dir.toString());
    assertThat(byProfile.exitCode()).as(byProfile.err()).isZero();
    assertThat(byProfile.out()).isEqualTo("2\n1,Ann\n4,Ann\n");
    Cli oneDay = Cli.run("query", "streak", "--title", "A Christmas Prince", "--days", "1",
        "--ending", "2017-12-10", "--by", "profile", "--ids-only", dir.toString());
    assertThat(oneDay.out()).isEqualTo("1,Ann\n4,Ann\n7,Ann\n13,\"Cy, Jr.\"\n");
    Cli window = Cli.run("query", "window", "--series", "Show", "--min-episodes", "3", "--by", "profile",
        dir.toString());
    assertThat(window.out()).isEqualTo("1\n9,Bo,3\n");
  }
}
