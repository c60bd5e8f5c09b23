package io.bingescope.report;

import static io.bingescope.report.Views.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.History;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OverviewTest {
  static final LocalDate FIRST = LocalDate.of(2017, 11, 13);
  static final LocalDate LAST = LocalDate.of(2017, 11, 26);

  @Test
  void binsMembersByWeeklyHoursBingeSittingsAndStreak() {
    // Two weeks. Member 1: 228 min in all = 1.9 h a week; one binge sitting of 4 episodes; a
    // streak of 2 days of the film (70 of its 90 minutes qualify as watched). Member 2: nothing.
    // Member 3: 28 h over the two weeks = 14 h a week.
    History m1 = new Views(1)
        .view(Views.FILM, at(2017, 11, 14, 20, 0), 70)
        .view(Views.FILM, at(2017, 11, 15, 20, 0), 70)
        .view(Views.EPISODE_1, at(2017, 11, 16, 20, 0), 22)
        .view(Views.EPISODE_1 + 1, at(2017, 11, 16, 20, 22), 22)
        .view(Views.EPISODE_1 + 2, at(2017, 11, 16, 20, 44), 22)
        .view(Views.EPISODE_1 + 3, at(2017, 11, 16, 21, 6), 22)
        .history();
    History m2 = new History().reset(2);
    Views v3 = new Views(3);
    for (int day = 0; day < 14; day++) {
      v3.view(Views.HOSTILE_FILM, FIRST.plusDays(day).atTime(9, 0), 120);
    }
    Overview o = new Overview(Views.CATALOG);
    MemberMetrics m = new MemberMetrics();
    for (History h : List.of(m1, m2, v3.history())) {
      o.add(h, m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    assertThat(o.members()).isEqualTo(3);
    assertThat(o.views()).isEqualTo(6 + 14);
    Distribution weekly = o.weeklyHours();
    assertThat(weekly.count(0)).as("0-1 h a week").isEqualTo(1);
    assertThat(weekly.count(1)).as("1-2 h a week").isEqualTo(1);
    assertThat(weekly.label(6)).isEqualTo("14-21");
    assertThat(weekly.count(6)).as("14-21 h a week").isEqualTo(1);
    assertThat(o.bingeSittings().count(0)).isEqualTo(2);
    assertThat(o.bingeSittings().count(1)).isEqualTo(1);
    assertThat(o.streakDays().count(0)).isEqualTo(1);
    assertThat(o.streakDays().count(2)).as("member 1, 2 days").isEqualTo(1);
    assertThat(o.streakDays().label(10)).isEqualTo("14-17");
    assertThat(o.streakDays().count(10)).as("member 3, 14 days").isEqualTo(1);
    List<Works.Tally> top = o.works().top(5);
    assertThat(top).extracting(Works.Tally::name)
        .containsExactly(Views.HOSTILE, "A Christmas Prince", "Office");
    assertThat(top.get(2).views()).isEqualTo(4);
    assertThat(top.get(2).seconds()).isEqualTo(4 * 22 * 60);
  }

  @Test
  void overviewsOfBlocksMergeIntoTheOverviewOfAll() {
    SplittableRandom random = new SplittableRandom(188);
    List<History> members = new ArrayList<>();
    for (int id = 0; id < 40; id++) {
      Views v = new Views(id);
      for (int i = random.nextInt(30); i > 0; i--) {
        v.view(random.nextInt(Views.CATALOG.size()),
            FIRST.atStartOfDay().plusMinutes(random.nextInt(14 * 24 * 60)), random.nextInt(200));
      }
      members.add(v.history().copy());
    }
    MemberMetrics m = new MemberMetrics();
    Overview whole = new Overview(Views.CATALOG);
    Overview merged = new Overview(Views.CATALOG);
    Overview block = null;
    for (int id = 0; id < members.size(); id++) {
      History h = members.get(id);
      whole.add(h, m.compute(h, Views.CATALOG, FIRST, LAST));
      if (id % 7 == 0) {
        if (block != null) {
          merged.merge(block);
        }
        block = new Overview(Views.CATALOG);
      }
      block.add(h, m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    merged.merge(block);
    assertThat(merged.members()).isEqualTo(whole.members());
    assertThat(merged.views()).isEqualTo(whole.views());
    for (int d = 0; d < 7; d++) {
      for (int hour = 0; hour < 24; hour++) {
        assertThat(merged.grid().seconds(d, hour)).isEqualTo(whole.grid().seconds(d, hour));
      }
    }
    for (Distribution[] pair :
        new Distribution[][] {
          {merged.weeklyHours(), whole.weeklyHours()},
          {merged.bingeSittings(), whole.bingeSittings()},
          {merged.streakDays(), whole.streakDays()}
        }) {
      for (int i = 0; i < pair[0].bins(); i++) {
        assertThat(pair[0].count(i)).isEqualTo(pair[1].count(i));
      }
    }
    assertThat(merged.works().top(10)).isEqualTo(whole.works().top(10));
    assertThat(whole.weeklyHours().total()).isEqualTo(40);
  }
}
