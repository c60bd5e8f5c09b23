package io.bingescope.io.netflix;

import io.bingescope.io.ByteBuf;
import io.bingescope.io.run.NetflixExport;
import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Vocabulary;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.SimWorlds;
import io.bingescope.sim.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulated members written in Netflix's layout and imported again give back the same views:
 * profile, title, start (UTC), duration, autoplay, supplemental kind, device and country.
 */
class NetflixRoundTripTest {

  /** One view as both sides can state it, by name rather than by index. */
  private record View(
      String profile,
      String title,
      long startUtc,
      int durationS,
      boolean autoplayed,
      String supplemental,
      String device,
      String country) {}

  private static List<View> simulated(World world, MemberTraits traits, History h) {
    Vocabulary v = world.vocabulary();
    List<View> views = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      views.add(new View(traits.profiles().get(h.profile(i)).name(),
          world.catalog().title(h.title(i)).name(), h.startUtc(i), h.durationS(i),
          h.autoplayed(i), h.supplemental(i).name(), v.devices().get(h.device(i)),
          v.countries().get(h.country(i))));
    }
    return views;
  }

  private static List<View> imported(NetflixExport e) {
    History h = e.history();
    Vocabulary v = e.vocabulary();
    List<View> views = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      views.add(new View(e.profiles().get(h.profile(i)), e.catalog().title(h.title(i)).name(),
          h.startUtc(i), h.durationS(i), h.autoplayed(i), h.supplemental(i).name(),
          v.devices().get(h.device(i)), v.countries().get(h.country(i))));
    }
    return views;
  }

  /** Round-trips every member of a world; returns the number of views checked. */
  private static long roundTrip(World world) throws Exception {
    NetflixActivityFormat format = new NetflixActivityFormat(world.catalog(), world.vocabulary());
    MemberGenerator gen = new MemberGenerator(world);
    long checked = 0;
    for (long m = 0; m < world.members(); m++) {
      History h = gen.generate(m);
      MemberTraits traits = gen.traits();
      if (h.size() == 0) {
        continue;
      }
      ByteBuf out = new ByteBuf(1 << 12);
      out.append(format.header());
      assertThat(format.append(traits, h, out)).isEqualTo(h.size());
      NetflixExport e = NetflixExport.read("member-" + m, out.toByteArray(),
          ImportSettings.DEFAULTS);
      assertThat(e.report().skipped()).as("member %d", m).isZero();
      assertThat(imported(e)).as("member %d", m).isEqualTo(simulated(world, traits, h));
      checked += h.size();
    }
    return checked;
  }

  @Test
  void givesBackTheSameViews_overManySeedsOfTiny() throws Exception {
    long views = 0;
    for (long seed = 1; seed <= 25; seed++) {
      views += roundTrip(World.of(ScenarioLoader.load("tiny", List.of("seed=" + seed))));
    }
    assertThat(views).isGreaterThan(5_000);
  }

  @Test
  void givesBackTheSameViews_acrossDaylightSavingChanges() throws Exception {
    long views = 0;
    for (long seed = 1; seed <= 5; seed++) {
      views += roundTrip(SimWorlds.dst(200, seed));
    }
    assertThat(views).isGreaterThan(1_000);
  }

  @Test
  void writesNetflixsLayout_newestFirstWithItsHeader() throws Exception {
    World world = World.of(ScenarioLoader.load("tiny", List.of()));
    MemberGenerator gen = new MemberGenerator(world);
    History h = gen.generate(0);
    NetflixActivityFormat format = new NetflixActivityFormat(world.catalog(), world.vocabulary());
    ByteBuf out = new ByteBuf();
    out.append(format.header());
    format.append(gen.traits(), h, out);
    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("Profile Name,Start Time,Duration,Attributes,Title,"
        + "Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country");
    assertThat(lines).hasSize(h.size() + 1);
    // Newest first: the first row is the history's last view, in UTC with a space.
    long last = h.startUtc(h.size() - 1);
    String start = java.time.LocalDateTime.ofEpochSecond(last, 0, java.time.ZoneOffset.UTC)
        .toString().replace('T', ' ');
    assertThat(lines[1]).contains("," + (start.length() == 16 ? start + ":00" : start) + ",");
    assertThat(lines[1]).matches(".*,\\d\\d:\\d\\d:\\d\\d,.*");
    assertThat(lines[1]).matches(".*,[A-Z]{2} \\([A-Za-z ]+\\)");
  }
}
