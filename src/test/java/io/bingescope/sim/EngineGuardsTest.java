package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.scenario.ScenarioLimits;
import io.bingescope.scenario.ScenarioLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What keeps the engine running on scenarios at the edges of what the loader accepts. */
class EngineGuardsTest {

  @Test
  void cappedMember_keepsTheFirstViewsItPlayed_andNoMore() throws Exception {
    // A member can reach the cap only far in a scenario's tail; a lowered cap shows the same cut on a plain one.
    World world = World.of(ScenarioLoader.load("office-binge-2018", List.of()));
    MemberGenerator full = new MemberGenerator(world);
    MemberGenerator capped = new MemberGenerator(world);
    capped.viewCap = 100;
    int checked = 0;
    for (long id = 0; id < 2000 && checked < 3; id++) {
      History all = full.generate(id);
      if (all.size() <= 200) {
        continue;
      }
      Set<String> played = views(all);
      History cut = capped.generate(id);
      // The loop checks the cap before each title; a title's preview and the title may both land past it.
      assertThat(cut.size()).isBetween(100, 101);
      assertThat(played).containsAll(views(cut));
      checked++;
    }
    assertThat(checked).as("members with more than 200 views").isEqualTo(3);
    assertThat(new MemberGenerator(world).viewCap).isEqualTo(ScenarioLimits.MEMBER_VIEW_CAP);
  }

  @Test
  void comfortPersona_whoseTagEveryTitleCarries_watchesOnlyItsComfortTitles() throws Exception {
    // PersonaModel used to throw "can choose no title outside its comfort tag" for a scenario validate accepted.
    String text;
    try (var in = getClass().getClassLoader().getResourceAsStream("scenarios/valid/minimal.yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    World world = World.of(ScenarioLoader.parse("minimal.yaml", text, List.of(
        "catalog.filler.films=0", "catalog.filler.series=0", "catalog.titles[1].tags=[holiday]",
        "personas.casual.comfort={tag: holiday, adopt: 0.5, rewatch: 0.9}", "population.members=40")));
    MemberGenerator gen = new MemberGenerator(world);
    int comfortViews = 0;
    for (long id = 0; id < 40; id++) {
      History h = gen.generate(id);
      if (gen.traits().persona().equals("casual")) {
        comfortViews += h.size();
      }
    }
    assertThat(comfortViews).as("views of the comfort-only persona").isPositive();
  }

  private static Set<String> views(History h) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < h.size(); i++) {
      out.add(h.startUtc(i) + "/" + h.profile(i) + "/" + h.title(i));
    }
    return out;
  }
}
