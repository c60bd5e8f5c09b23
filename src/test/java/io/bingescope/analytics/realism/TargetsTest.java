package io.bingescope.analytics.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {

  @Test
  void bundledTargets_coverEveryFigureWithASourceAndATolerance() {
    List<Target> targets = Targets.bundled();
    Set<Figure> figures = EnumSet.noneOf(Figure.class);
    for (Target t : targets) {
      figures.add(t.figure());
      assertThat(t.source()).as(t.figure().id()).isNotBlank();
      assertThat(t.citation()).as(t.figure().id()).isNotBlank();
      assertThat(t.definition()).as(t.figure().id()).isNotBlank();
      assertThat(Double.isNaN(t.min()) && Double.isNaN(t.max())).as(t.figure().id()).isFalse();
      // The sources are cited themselves, never the project's notes.
      assertThat(t.citation()).doesNotContain("REALISM.md").doesNotContain("BRIEF.md");
    }
    assertThat(figures).isEqualTo(EnumSet.allOf(Figure.class));
  }

  @Test
  void verdict_passesWithinToleranceAndMissesOutside() {
    Target t = new Target(Figure.C1, "c", "", "74%", 0.65, 0.85, "s", "", 1);
    assertThat(t.verdict(new Estimate(Figure.C1, 0.65, 0.6, 0.7, 20, null))).isEqualTo(Target.Verdict.PASS);
    assertThat(t.verdict(new Estimate(Figure.C1, 0.90, 0.8, 1.0, 20, null))).isEqualTo(Target.Verdict.MISS);
    assertThat(t.verdict(new Estimate(Figure.C1, 0.60, 0.5, 0.7, 20, null))).isEqualTo(Target.Verdict.MISS);
    assertThat(t.verdict(Estimate.unavailable(Figure.C1, "why"))).isEqualTo(Target.Verdict.NA);
    Target max = new Target(Figure.S8_24H, "c", "", "none", Double.NaN, 0, "s", "", 1);
    assertThat(max.verdict(new Estimate(Figure.S8_24H, 0, 0, 0, 20, null))).isEqualTo(Target.Verdict.PASS);
    assertThat(max.verdict(new Estimate(Figure.S8_24H, 1, 0, 2, 20, null))).isEqualTo(Target.Verdict.MISS);
  }

  @Test
  void badTargets_reportEveryProblemWithItsLine() {
    String text = String.join("\n",
        "targets:",
        "  - figure: C1",
        "    name: starts",
        "    published: 74%",
        "    source: Netflix",
        "    tolerance: {min: 0.9, max: 0.8}",
        "  - figure: C9",
        "    name: x",
        "    published: y",
        "    source: z",
        "    tolerance: {min: low}",
        "  - figure: V1",
        "    nmae: typo",
        "");
    assertThatThrownBy(() -> Targets.parse("my.yaml", text))
        .isInstanceOf(TargetsException.class)
        .hasMessageContaining("my.yaml:2: 'tolerance': min 0.9 is above max 0.8")
        .hasMessageContaining("my.yaml:7: 'figure': unknown figure 'C9'")
        .hasMessageContaining("my.yaml:11: 'tolerance.min': expected a number, found 'low'")
        .hasMessageContaining("my.yaml:13: unknown key 'nmae'")
        .hasMessageContaining("my.yaml:12: target: missing 'name'");
  }

  @Test
  void badTargets_notYamlOrNoTargets() {
    assertThatThrownBy(() -> Targets.parse("t.yaml", "targets: [\n  {figure: V1,\n"))
        .isInstanceOf(TargetsException.class).hasMessageStartingWith("t.yaml:");
    assertThatThrownBy(() -> Targets.parse("t.yaml", "figures: []\n"))
        .isInstanceOf(TargetsException.class).hasMessageContaining("t.yaml:1: unknown key 'figures'");
    assertThatThrownBy(() -> Targets.parse("t.yaml", "targets: []\n"))
        .isInstanceOf(TargetsException.class).hasMessageContaining("at least one target");
  }

  @Test
  void duplicateFigure_isRefused() {
    String one = "  - {figure: C1, name: a, published: b, source: c, tolerance: {max: 1}}\n";
    assertThatThrownBy(() -> Targets.parse("t.yaml", "targets:\n" + one + one))
        .isInstanceOf(TargetsException.class).hasMessageContaining("t.yaml:3: figure C1 has a target already");
  }
}
