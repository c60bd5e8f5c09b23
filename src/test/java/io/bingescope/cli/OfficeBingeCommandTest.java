package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeBingeCommandTest {
  @TempDir Path tmp;

  /** A small population where depressive episodes, the rules' positives, are common. */
  static final String[] SMALL = {
    "--members", "3000", "-q", "--set", "life_events.depressive-episode.share=0.3",
    // Heavier and longer episodes than the scenario's, so that 3,000 members include 188-episode weeks.
    "--set", "life_events.depressive-episode.effects.volume=20",
    "--set", "personas.heavy-binger.comfort.adopt=0.2",
    "--set", "life_events.depressive-episode.duration_days.min=8"
  };

  private static final Pattern RULE_ROW =
      Pattern.compile(
          "^  (episodes of one series|viewing hours) in 7 days >= (\\d+)\\s+([\\d,]+)\\s+([\\d,]+)"
              + "\\s+([\\d,]+)/([\\d,]+) = (\\S+)\\s+([\\d,]+)/([\\d,]+) = (\\S+)$",
          Pattern.MULTILINE);
  private static final Pattern MEMBER_ROW =
      Pattern.compile(
          "^\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+ h\\s+(\\S+)\\s+(yes|no)$",
          Pattern.MULTILINE);

  @Test
  void printedCountsAgreeWithASimpleReferenceOverTheStoredRun() throws Exception {
    Cli r =
        Cli.run(ReproduceCommandTest.concat(
            new String[] {"reproduce", "office-188", "--min-episodes", "40"}, SMALL));
    assertThat(r.exitCode()).as(r.err()).isZero();

    // The same population written out and measured from the CSV files by a deliberately simple
    // reference: every window tried from every view, with java.time and collections.
    Path dir = tmp.resolve("sim");
    Cli sim =
        Cli.run(ReproduceCommandTest.concat(
            new String[] {"simulate", "office-binge-2018", "-o", dir.toString()}, SMALL));
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    Reference ref = Reference.of(dir);

    Matcher truth =
        Pattern.compile("ground truth: ([\\d,]+) of ([\\d,]+) members").matcher(r.out());
    assertThat(truth.find()).as(r.out()).isTrue();
    assertThat(number(truth.group(1))).isEqualTo(ref.depressive.size()).isGreaterThan(500);
    assertThat(number(truth.group(2))).isEqualTo(3000);

    Matcher rows = RULE_ROW.matcher(r.out());
    int rules = 0;
    while (rows.find()) {
      rules++;
      int threshold = Integer.parseInt(rows.group(2));
      boolean hours = rows.group(1).equals("viewing hours");
      Set<String> contacted = new HashSet<>();
      for (String member : ref.members) {
        if (hours
            ? ref.weekSeconds.getOrDefault(member, 0L) >= threshold * 3_600L
            : ref.seriesEpisodes.getOrDefault(member, 0) >= threshold) {
          contacted.add(member);
        }
      }
      long caught = contacted.stream().filter(ref.depressive::contains).count();
      String rule = rows.group(0);
      assertThat(number(rows.group(3))).as(rule).isEqualTo(contacted.size());
      assertThat(number(rows.group(4))).as(rule).isEqualTo(caught);
      assertThat(number(rows.group(5))).as(rule).isEqualTo(caught);
      assertThat(number(rows.group(6))).as(rule).isEqualTo(contacted.size());
      assertThat(rows.group(7))
          .as(rule)
          .isEqualTo(contacted.isEmpty() ? "n/a" : percent(caught, contacted.size()));
      assertThat(number(rows.group(9))).as(rule).isEqualTo(ref.depressive.size());
      assertThat(rows.group(10)).as(rule).isEqualTo(percent(caught, ref.depressive.size()));
    }
    assertThat(rules).as(r.out()).isEqualTo(8);
    // Some rules must contact someone, or the comparison above proves little.
    assertThat(r.out()).containsPattern("episodes of one series in 7 days >= 50\\s+[1-9]");
    assertThat(r.out()).containsPattern("viewing hours in 7 days >= 30\\s+[1-9]");

    Map<Long, Integer> listed = new TreeMap<>();
    Matcher members = MEMBER_ROW.matcher(r.out());
    while (members.find()) {
      listed.put(Long.parseLong(members.group(1)), Integer.parseInt(members.group(2)));
      assertThat(members.group(4).equals("yes"))
          .isEqualTo(ref.depressive.contains(members.group(1)));
    }
    Map<Long, Integer> expected = new TreeMap<>();
    ref.officeEpisodes.forEach((m, e) -> {
      if (e >= 40) {
        expected.put(Long.parseLong(m), e);
      }
    });
    assertThat(listed).isEqualTo(expected).isNotEmpty();
    assertThat(r.out()).contains("found (counted from the views)  " + expected.size()
        + " members with 40 or more episodes of The Office");

    // The 188-episode rule counts any one series: its contacts are those with 188 of The Office, and the rest
    // by the series that gave them 188.
    long office = ref.members.stream().filter(m -> ref.officeEpisodes.getOrDefault(m, 0) >= 188).count();
    Map<String, Long> others = new TreeMap<>();
    for (String m : ref.members) {
      if (ref.seriesEpisodes.getOrDefault(m, 0) >= 188 && ref.officeEpisodes.getOrDefault(m, 0) < 188) {
        assertThat(ref.bestSeries.get(m)).as("member %s's series with the most episodes", m).hasSize(1);
        others.merge(ref.bestSeries.get(m).iterator().next(), 1L, Long::sum);
      }
    }
    long otherCount = others.values().stream().mapToLong(Long::longValue).sum();
    List<Map.Entry<String, Long>> bySeries = new ArrayList<>(others.entrySet());
    bySeries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    String named = String.join(", ", bySeries.stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    assertThat(ReproduceCommandTest.oneLine(r.out())).contains(String.format(java.util.Locale.ROOT,
        "count episodes of ANY one series, not only The Office. The 188-episode rule"
            + " contacts %d members: %d with 188 or more episodes of The Office, and %d who reached 188 with"
            + " another series (%s).", office + otherCount, office, otherCount, named));
    assertThat(office).as("members with 188 of The Office").isPositive();
    assertThat(otherCount).as("members with 188 of another series").isPositive();
    Matcher story = Pattern.compile("episodes of one series in 7 days >= 188\\s+([\\d,]+)").matcher(r.out());
    assertThat(story.find()).isTrue();
    assertThat(number(story.group(1))).isEqualTo(office + otherCount);
  }

  @Test
  void storyRule_splitsTheContactsIntoTheOfficeAndOtherSeries() {
    OfficeBingeCommand.Tally t = new OfficeBingeCommand.Tally();
    int rule = OfficeBingeCommand.RULES.indexOf(io.bingescope.infer.WellnessRule.episodes(188));
    t.contacted[rule] = 3;
    t.storyOffice = 3;
    assertThat(String.join(" ", OfficeBingeCommand.storyRule(t, 188)))
        .contains("contacts 3 members: 3 with 188 or more episodes of The Office (the members listed above), and")
        .endsWith("no member who reached 188 with another series.");
    t.contacted[rule] = 1_010;
    t.storyOffice = 2;
    for (String series : List.of("A", "B", "C", "D", "E", "F")) {
      t.storyOtherSeries.put(series, series.equals("E") ? 1_000L : 1L);
    }
    assertThat(String.join(" ", OfficeBingeCommand.storyRule(t, 100)))
        .contains("contacts 1,010 members: 2 with 188 or more episodes of The Office, and")
        .endsWith("1,008 who reached 188 with another series (E 1,000, A 1, B 1, C 1 and 2 more series).");
  }

  @Test
  void outputIsTheSameForAnyThreadCount() {
    String[] args = {"reproduce", "office-188", "--members", "1500", "-q", "--min-episodes", "30"};
    Cli one = Cli.run(ReproduceCommandTest.concat(args, new String[] {"--threads", "1"}));
    Cli two = Cli.run(ReproduceCommandTest.concat(args, new String[] {"--threads", "2"}));
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(withoutTiming(two.out())).isEqualTo(withoutTiming(one.out()));
    assertThat(one.out())
        .contains("office-binge-2018, 1,500 members, seed 20180201")
        .contains("In plain words:")
        .contains("Best precision: ")
        .contains("never contacts members about their viewing habits");
  }

  @Test
  void badOptions_exitWithCodeTwoAndNoStackTrace() {
    for (String[] bad :
        List.of(
            new String[] {"--members", "0"},
            new String[] {"--threads", "0"},
            new String[] {"--min-episodes", "0"},
            new String[] {"--set", "life_events.depressive-episode.share=2"},
            new String[] {"--members", "many"},
            new String[] {"--output", "x"})) {
      Cli r =
          Cli.run(ReproduceCommandTest.concat(
              new String[] {"reproduce", "office-188", "-q"}, bad));
      assertThat(r.exitCode()).as(String.join(" ", bad) + "\n" + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", bad)).isNotBlank().doesNotContain("\tat ");
    }
  }

  @Test
  void helpHasAnExample() {
    Cli r = Cli.run("reproduce", "office-188", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Example").contains("bingescope reproduce office-188");
    assertThat(Cli.run("reproduce", "--help").out()).contains("bingescope reproduce office-188");
  }

  @Test
  void conclusion_namesTheBestPrecisionAndRecallRules_fromTheCounts() {
    OfficeBingeCommand.Tally t = new OfficeBingeCommand.Tally();
    t.depressive = 100;
    // episodes >= 50 contacts 80 (40 depressive); hours >= 69 contacts 10 (9 depressive).
    t.contacted[0] = 80;
    t.depressiveContacted[0] = 40;
    t.contacted[7] = 10;
    t.depressiveContacted[7] = 9;
    List<String> lines = OfficeBingeCommand.conclusion(t, 1_000);
    assertThat(String.join("\n", lines))
        .contains("Best precision: \"viewing hours in 7 days >= 69\".")
        .contains("9 of the 10 members it contacts were depressive (90.0%)")
        .contains("Best recall: \"episodes of one series in 7 days >= 50\".")
        .contains("40 of the 80 members it contacts (50.0%) were not.")
        .contains("No rule reaches half of the depressive members")
        .contains("right 10.0% of the time")
        .contains("10 members are a small sample");
  }

  @Test
  void conclusion_saysSoWhenNoRuleContactsAnyone() {
    OfficeBingeCommand.Tally t = new OfficeBingeCommand.Tally();
    t.depressive = 3;
    assertThat(OfficeBingeCommand.conclusion(t, 50)).containsExactly("No rule contacts anyone.");
  }

  private static String withoutTiming(String out) {
    return out.replaceAll("simulated in [\\d.]+ s", "simulated in ? s");
  }

  private static long number(String s) {
    return Long.parseLong(s.replace(",", ""));
  }

  private static String percent(long part, long whole) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** Each member's figures restated from views.csv, titles.csv and members.csv. */
  private static final class Reference {
    final List<String> members = new ArrayList<>();
    final Set<String> depressive = new HashSet<>();
    final Map<String, Integer> seriesEpisodes = new HashMap<>();
    final Map<String, Integer> officeEpisodes = new HashMap<>();
    /** Each member's series with the most episodes in a window (several on a tie). */
    final Map<String, Set<String>> bestSeries = new HashMap<>();
    final Map<String, Long> weekSeconds = new HashMap<>();

    record View(long start, String titleId, String series, int durationS, boolean qualifies) {}

    static Reference of(Path dir) throws Exception {
      Reference ref = new Reference();
      Map<String, Map<String, String>> titles = new HashMap<>();
      for (Map<String, String> t : SimulateCommandTest.readCsv(dir.resolve("titles.csv"))) {
        titles.put(t.get("title_id"), t);
      }
      for (Map<String, String> m : SimulateCommandTest.readCsv(dir.resolve("members.csv"))) {
        ref.members.add(m.get("member_id"));
        // Simulated life events all fall in the period.
        if (m.get("life_events").contains("depressive-episode:")) {
          ref.depressive.add(m.get("member_id"));
        }
      }
      Map<String, List<View>> views = new LinkedHashMap<>();
      for (Map<String, String> v : SimulateCommandTest.readCsv(dir.resolve("views.csv"))) {
        if (!v.get("supplemental").isEmpty()) {
          continue;
        }
        Map<String, String> title = titles.get(v.get("title_id"));
        int duration = Integer.parseInt(v.get("duration_s"));
        // Watcher: at least 70% of the runtime, in integers so no rounding decides.
        boolean qualifies = 10L * duration >= 7L * Integer.parseInt(title.get("runtime_s"));
        views.computeIfAbsent(v.get("member_id"), k -> new ArrayList<>())
            .add(new View(Instant.parse(v.get("start_utc")).getEpochSecond(), v.get("title_id"),
                title.get("kind").equals("EPISODE") ? title.get("series") : "", duration,
                qualifies));
      }
      long week = 7 * 86_400L;
      views.forEach((member, list) -> {
        int most = 0;
        int office = 0;
        long heaviest = 0;
        Set<String> best = new HashSet<>();
        for (View from : list) {
          long seconds = 0;
          Set<String> episodes = new HashSet<>();
          for (View v : list) {
            if (v.start() >= from.start() && v.start() < from.start() + week) {
              seconds += v.durationS();
              if (v.qualifies() && !from.series().isEmpty() && v.series().equals(from.series())) {
                episodes.add(v.titleId());
              }
            }
          }
          heaviest = Math.max(heaviest, seconds);
          if (from.qualifies() && !from.series().isEmpty()) {
            if (episodes.size() > most) {
              best.clear();
            }
            if (episodes.size() >= most) {
              best.add(from.series());
            }
            most = Math.max(most, episodes.size());
            if (from.series().equals("The Office (U.S.)")) {
              office = Math.max(office, episodes.size());
            }
          }
        }
        ref.seriesEpisodes.put(member, most);
        ref.bestSeries.put(member, best);
        ref.officeEpisodes.put(member, office);
        ref.weekSeconds.put(member, heaviest);
      });
      return ref;
    }
  }
}
