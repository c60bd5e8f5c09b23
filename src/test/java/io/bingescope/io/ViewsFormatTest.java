package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hot views writer ({@link ViewsFormat}, specialised for speed) against the plain one: each
 * column's declared value ({@link ViewsColumn#value}) written by the generic {@link RowWriter}, on
 * seeded random histories whose strings need every kind of escaping.
 */
class ViewsFormatTest {
  private static final int MEMBERS = 400;

  private final Fixture fx = new Fixture();

  @ParameterizedTest
  @EnumSource(RowSyntax.class)
  void hotWriter_writesWhatTheColumnModelSays_onSeededRandomHistories(RowSyntax syntax) {
    ViewsFormat hot = new ViewsFormat(syntax, fx.catalog, fx.vocabulary);
    RowWriter plain = new RowWriter(syntax, ViewsColumn.SCHEMA);
    assertThat(hot.header()).isEqualTo(plain.header());
    SplittableRandom random = new SplittableRandom(syntax.ordinal() * 1_000L + 15);
    History h = new History();
    long views = 0;
    for (int m = 0; m < MEMBERS; m++) {
      MemberTraits traits = random.nextBoolean() ? fx.worker : fx.idle;
      randomHistory(random, h.reset(traits.memberId()), traits.profiles().size());
      ByteBuf expected = new ByteBuf();
      for (int i = 0; i < h.size(); i++) {
        plain.append(ViewsColumn.values(
            new ViewsColumn.View(fx.catalog, fx.vocabulary, traits, h, i)), expected);
      }
      ByteBuf actual = new ByteBuf(16);
      assertThat(hot.append(traits, h, actual)).isEqualTo(h.size());
      assertThat(text(actual)).as("member %d, seed case %d", traits.memberId(), m)
          .isEqualTo(text(expected));
      views += h.size();
    }
    assertThat(views).as("views compared").isGreaterThan(MEMBERS * 10L);
  }

  /**
   * Fills {@code h} with views in time order, often several on one day (the hot writer copies a
   * date from the row before), at any offset, duration, device, zone, country and kind.
   */
  private void randomHistory(SplittableRandom random, History h, int profiles) {
    int n = random.nextInt(60);
    long t = random.nextLong(-2_000_000_000L, 4_000_000_000L);
    for (int i = 0; i < n; i++) {
      t += random.nextInt(4) == 0 ? random.nextLong(0, 400 * 86_400L) : random.nextInt(20_000);
      int duration = switch (random.nextInt(4)) {
        case 0 -> 0;
        case 1 -> Integer.MAX_VALUE - random.nextInt(10);
        default -> random.nextInt(20_000);
      };
      h.add(random.nextInt(profiles), random.nextInt(fx.catalog.size()), t,
          random.nextInt(-History.MAX_OFFSET_S, History.MAX_OFFSET_S + 1), duration,
          random.nextInt(fx.vocabulary.devices().size()),
          random.nextInt(fx.vocabulary.zones().size()),
          random.nextInt(fx.vocabulary.countries().size()), random.nextBoolean(),
          Supplemental.values()[random.nextInt(Supplemental.values().length)]);
    }
    h.sort();
  }

  private static String text(ByteBuf b) {
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }
}
