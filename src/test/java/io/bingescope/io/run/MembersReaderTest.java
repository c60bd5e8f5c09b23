package io.bingescope.io.run;

import io.bingescope.io.ByteBuf;
import io.bingescope.io.InputException;
import io.bingescope.io.MembersFormat;
import io.bingescope.io.RowSyntax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bingescope.model.MemberTraits;
import io.bingescope.scenario.ScenarioLoader;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.World;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersReaderTest {
  @TempDir Path tmp;

  @Test
  void readsBackTheTraitsTheWriterWrote() throws Exception {
    World world = World.of(ScenarioLoader.load("office-binge-2018",
        List.of("population.members=300", "catalog.filler.films=50")));
    MemberGenerator gen = new MemberGenerator(world);
    MembersFormat format = new MembersFormat(RowSyntax.CSV, world.vocabulary());
    ByteBuf buf = new ByteBuf(1 << 16);
    buf.append(format.header());
    MemberTraits[] written = new MemberTraits[300];
    for (int m = 0; m < 300; m++) {
      gen.generate(m);
      written[m] = gen.traits();
      format.append(gen.traits(), gen.history(), buf);
    }
    Path file = tmp.resolve("members.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    buf.writeTo(bytes);
    Files.write(file, bytes.toByteArray());
    try (MembersReader r = MembersReader.open(file)) {
      for (int m = 0; m < 300; m++) {
        MemberTraits t = r.next();
        MemberTraits w = written[m];
        assertThat(t).as("member %d", m).usingRecursiveComparison()
            .ignoringFields("profiles").isEqualTo(w);
        assertThat(t.profiles())
            .extracting(MemberTraits.Profile::name, MemberTraits.Profile::kids,
                MemberTraits.Profile::favourite)
            .containsExactlyElementsOf(w.profiles().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.name(), p.kids(), p.favourite()))
                .toList());
        for (int p = 0; p < t.profiles().size(); p++) {
          assertThat(r.devices().get(t.profiles().get(p).device()))
              .isEqualTo(world.vocabulary().devices().get(w.profiles().get(p).device()));
        }
      }
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void badRows_stopWithFileLineColumnAndWhatWasExpected() throws Exception {
    String header = String.join(",", MembersFormat.COLUMNS);
    String good = "0,casual,US,America/New_York,single,1,0,Ann,,TV,23:30,07:00,none,,,,,";
    assertError(header + "\n" + good + "\n" + "1" + good.substring(1).replace("23:30", "25:00"),
        ":3: column sleep_bedtime: expected a time of day HH:MM, found '25:00'");
    assertError(header + "\n" + good.replace("America/New_York", "Mars/Base"),
        ":2: column home_zone: expected an IANA time zone id");
    assertError(header + "\n" + good.replace(",,,,,", ",,,,x:2018-01-01,"),
        ":2: column life_events: expected items KIND:START..END");
    assertError(header + "\n" + good.replace(",,,,,", ",,,,,Friends|Lost"),
        ":2: column profile_favourites: expected no favourites, or one per profile (1)");
    assertError(header + "\n" + good + "\n" + good,
        ":3: column member_id: expected a member id above 0");
    assertError("member_id,persona\n", ":1: expected the header member_id,persona,country");
  }

  private void assertError(String text, String message) throws Exception {
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> {
      try (MembersReader r = MembersReader.open(file)) {
        while (r.next() != null) {
          // reads to the bad row
        }
      }
    }).isInstanceOf(InputException.class).hasMessageContaining(file + message);
  }
}
