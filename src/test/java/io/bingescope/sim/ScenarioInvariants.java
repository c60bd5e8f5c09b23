package io.bingescope.sim;

import io.bingescope.io.ByteBuf;
import io.bingescope.io.InputException;
import io.bingescope.io.Layout;
import io.bingescope.io.netflix.ImportSettings;
import io.bingescope.io.run.NetflixExport;
import io.bingescope.io.run.OutputFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Title;
import io.bingescope.scenario.Problem;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioException;
import io.bingescope.scenario.ScenarioLimits;
import io.bingescope.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What must hold for any scenario text: {@code validate} refuses it with located problems, or it runs. A run here is
 * a tiny in-memory {@code simulate}: a few members, every output format written to memory, each history checked,
 * and a member's Netflix export read back without a dropped row. Any other outcome (another exception, an
 * inconsistent history) fails the calling test.
 */
final class ScenarioInvariants {
  static final String NAME = "fuzz.yaml";
  /** Catalogs above this many titles are validated but not built: a fuzzer's input must run in a moment. */
  private static final double MAX_FUZZ_TITLES = 20_000;
  /** Members whose histories are this long are checked but not formatted, for the same reason. */
  private static final int MAX_FORMATTED_VIEWS = 50_000;

  private ScenarioInvariants() {}

  /** Validates {@code text} with {@code overrides}, simulates a few members when valid, and checks the outcome. */
  static void check(String text, List<String> overrides) {
    Scenario s;
    try {
      s = ScenarioLoader.parse(NAME, text, overrides);
    } catch (ScenarioException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem p : e.problems()) {
        // A problem of an override names the override; its path may lie below the path set.
        assertThat(p.file().equals(NAME) || p.file().startsWith("--set ")).as(p.toString()).isTrue();
        assertThat(p.message()).isNotBlank().doesNotContain("Exception");
        if (p.file().equals(NAME)) {
          assertThat(p.line()).as(p.toString()).isPositive();
          assertThat(p.column()).as(p.toString()).isPositive();
        }
      }
      return;
    }
    if (ScenarioLimits.titles(s) > MAX_FUZZ_TITLES) {
      return;
    }
    simulate(s);
  }

  private static void simulate(Scenario s) {
    World world = World.of(s);
    MemberGenerator gen = new MemberGenerator(world);
    long members = s.population().members();
    long[] ids = members <= 3 ? new long[] {0, members - 1} : new long[] {0, 1, members - 1};
    for (long id : ids) {
      History h = gen.generate(id);
      MemberTraits traits = gen.traits();
      checkHistory(world, h, traits);
      if (h.size() <= MAX_FORMATTED_VIEWS) {
        format(world, traits, h);
      }
    }
  }

  private static void checkHistory(World world, History h, MemberTraits traits) {
    assertThat(h.memberId()).isEqualTo(traits.memberId());
    assertThat(h.size()).isLessThanOrEqualTo(ScenarioLimits.MEMBER_VIEW_CAP + 1);
    long first = world.firstDay;
    long last = world.lastDay;
    for (int i = 0; i < h.size(); i++) {
      long day = Math.floorDiv(h.startUtc(i) + h.offsetS(i), 86_400L);
      assertThat(day).as("local day of view %d", i).isBetween(first, last);
      if (i > 0) {
        assertThat(h.startUtc(i)).as("views in order").isGreaterThanOrEqualTo(h.startUtc(i - 1));
      }
      assertThat(h.profile(i)).isBetween(0, traits.profiles().size() - 1);
      Title t = world.catalog().title(h.title(i));
      assertThat(h.durationS(i)).isBetween(1, t.runtimeS());
      assertThat(t.releaseDate().toEpochDay()).isLessThanOrEqualTo(day);
    }
  }

  /** Writes every format's files for the member, and reads its Netflix export back: no row may be dropped. */
  private static void format(World world, MemberTraits traits, History h) {
    for (OutputFormat format : OutputFormat.values()) {
      if (!format.hasLayout()) {
        continue; // Parquet: written and read back whole in ParquetRunTest
      }
      Layout layout = format.layout(world.catalog(), world.vocabulary());
      ByteBuf views = new ByteBuf(1 << 12);
      views.append(layout.views().header());
      int rows = layout.views().append(traits, h, views);
      ByteBuf membersOut = new ByteBuf(1 << 10);
      assertThat(layout.members().append(traits, h, membersOut)).isEqualTo(1);
      try {
        layout.titles().write(new ByteArrayOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (format == OutputFormat.NETFLIX && rows > 0) {
        NetflixExport back;
        try {
          back = NetflixExport.read(layout.views().fileName(), views.toByteArray(), ImportSettings.DEFAULTS);
        } catch (InputException e) {
          throw new AssertionError("bingescope cannot read its own Netflix export: " + e.getMessage(), e);
        }
        assertThat(back.report().skipped()).as("rows dropped: %s", back.report().problems()).isZero();
        assertThat(back.report().imported()).isEqualTo(rows);
      }
    }
  }
}
