package io.bingescope.report;

import static io.bingescope.report.Views.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.model.History;
import io.bingescope.model.Observed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TellingMembersTest {
  private static final LocalDate FIRST = LocalDate.of(2017, 11, 13);
  private static final LocalDate LAST = LocalDate.of(2017, 11, 26);

  @Test
  void picksTheLeaderOfEachCriterionOncePerMemberWithEveryReason() {
    // Member 0: nothing. Member 1: a film a day for 3 days, 300 min (most hours, longest
    // streak). Member 2: 4 episodes in a row (most episodes in 7 days). Member 3: the same 300
    // min in one sitting: the longest sitting, but later in the input, so it loses the tie for
    // hours.
    History m1 = new Views(1)
        .view(Views.FILM, at(2017, 11, 14, 20, 0), 100)
        .view(Views.FILM, at(2017, 11, 15, 20, 0), 100)
        .view(Views.FILM, at(2017, 11, 16, 20, 0), 100)
        .history()
        .copy();
    History m2 = new Views(2)
        .view(Views.EPISODE_1, at(2017, 11, 16, 20, 0), 22)
        .view(Views.EPISODE_1 + 1, at(2017, 11, 16, 20, 22), 22)
        .view(Views.EPISODE_1 + 2, at(2017, 11, 16, 20, 44), 22)
        .view(Views.EPISODE_1 + 3, at(2017, 11, 16, 21, 6), 22)
        .history()
        .copy();
    History m3 = new Views(3)
        .view(Views.FILM, at(2017, 11, 20, 20, 0), 300)
        .history()
        .copy();
    TellingMembers t = new TellingMembers(Views.CATALOG, Observed.EVERYTHING);
    MemberMetrics m = new MemberMetrics();
    History reused = new History();
    for (History h : List.of(new History().reset(0), m1, m2, m3)) {
      // The picker must keep its own copy: the caller reuses its history for the next member.
      reused.reset(h.memberId());
      for (int i = 0; i < h.size(); i++) {
        reused.add(h.profile(i), h.title(i), h.startUtc(i), h.offsetS(i), h.durationS(i),
            h.device(i), h.zone(i), h.country(i), h.autoplayed(i), h.supplemental(i));
      }
      t.offer(reused, List.of("P" + h.memberId()), m.compute(reused, Views.CATALOG, FIRST, LAST));
    }
    reused.reset(99);
    List<SelectedMember> picked = t.selected();
    assertThat(picked).extracting(SelectedMember::memberId).containsExactly(1, 3, 2);
    assertThat(picked.get(0).reasons())
        .containsExactly(
            "the most viewing hours (5.0 h)",
            "the longest daily streak of one title (3 days of A Christmas Prince)");
    assertThat(picked.get(1).reasons()).containsExactly("the longest sitting (5.0 h)");
    assertThat(picked.get(2).reasons())
        .containsExactly("the most episodes of one series in 7 days (4 of Office)");
    assertThat(picked.get(0).history().size()).isEqualTo(3);
    assertThat(picked.get(0).history().memberId()).isEqualTo(1);
    assertThat(picked.get(0).profiles()).containsExactly("P1");
  }

  @Test
  void tiesGoToTheFirstMemberAndNobodyIsPickedForZero() {
    History a = new Views(5).view(Views.FILM, at(2017, 11, 14, 20, 0), 50).history().copy();
    History b = new Views(6).view(Views.FILM, at(2017, 11, 15, 20, 0), 50).history().copy();
    TellingMembers t = new TellingMembers(Views.CATALOG, Observed.EVERYTHING);
    MemberMetrics m = new MemberMetrics();
    t.offer(new History().reset(4), List.of(), m.compute(new History().reset(4), Views.CATALOG,
        FIRST, LAST));
    for (History h : List.of(a, b)) {
      t.offer(h, List.of(), m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    List<SelectedMember> picked = t.selected();
    assertThat(picked).extracting(SelectedMember::memberId).containsExactly(5);
    assertThat(picked.get(0).reasons()).hasSize(2); // hours and sitting; 50 min is not a watch
    assertThat(new TellingMembers(Views.CATALOG, Observed.EVERYTHING).selected()).isEmpty();
  }

  @Test
  void theOnlyMemberWithViewsGetsAPage_evenLeadingNothing() {
    // 50 min of a film: not a watch, so no streak or window; with dates only, hours and sittings
    // are not criteria, so the member leads nothing, yet is the only one with views.
    History watcher = new Views(3).view(Views.FILM, at(2017, 11, 14, 12, 0), 50).history().copy();
    TellingMembers t = new TellingMembers(Views.CATALOG, Observed.DATES_ONLY);
    MemberMetrics m = new MemberMetrics();
    for (History h : List.of(new History().reset(2), watcher)) {
      t.offer(h, List.of("unnamed"), m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    List<SelectedMember> picked = t.selected();
    assertThat(picked).extracting(SelectedMember::memberId).containsExactly(3);
    assertThat(picked.get(0).reasons()).containsExactly(TellingMembers.ONLY_MEMBER);

    // A second member with views: the rule no longer applies, and nobody leads anything.
    History other = new Views(4).view(Views.FILM, at(2017, 11, 15, 12, 0), 50).history().copy();
    t.offer(other, List.of(), m.compute(other, Views.CATALOG, FIRST, LAST));
    assertThat(t.selected()).isEmpty();
  }

  @Test
  void criteriaTheInputCannotSupportPickNobody() {
    History film = new Views(1).view(Views.FILM, at(2017, 11, 14, 20, 0), 100).history().copy();
    History more = new Views(2).view(Views.FILM, at(2017, 11, 15, 20, 0), 100)
        .view(Views.FILM, at(2017, 11, 16, 20, 0), 100).history().copy();
    TellingMembers t = new TellingMembers(Views.CATALOG, Observed.DATES_ONLY);
    MemberMetrics m = new MemberMetrics();
    for (History h : List.of(film, more)) {
      t.offer(h, List.of(), m.compute(h, Views.CATALOG, FIRST, LAST));
    }
    List<SelectedMember> picked = t.selected();
    assertThat(picked).extracting(SelectedMember::memberId).containsExactly(2);
    assertThat(picked.get(0).reasons())
        .containsExactly("the longest daily streak of one title (2 days of A Christmas Prince)");
  }
}
