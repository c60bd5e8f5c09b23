package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteBufTest {

  @Test
  void appendsIntegers_likeLongToString() {
    long[] values = {
      0, 1, -1, 9, 10, 99, 100, 101, 999_999, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_000_000_000_000_000_000L
    };
    for (long v : values) {
      assertThat(new ByteBuf(1).appendLong(v).toString()).isEqualTo(Long.toString(v));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long v = random.nextLong() >> random.nextInt(64);
      int w = random.nextInt() >> random.nextInt(32);
      assertThat(new ByteBuf(1).appendLong(v).toString()).isEqualTo(Long.toString(v));
      assertThat(new ByteBuf(1).appendInt(w).toString()).isEqualTo(Integer.toString(w));
    }
  }

  @Test
  void growsAndKeepsContents_pastInitialCapacity() throws IOException {
    ByteBuf buf = new ByteBuf(16);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      buf.appendInt(i).append((byte) ',').appendAscii("x").append(new byte[] {'y', 'z'});
      expected.append(i).append(",xyz");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buf.writeTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    assertThat(buf.size()).isEqualTo(expected.length());
  }

  @Test
  void startsEmpty_afterReset() {
    ByteBuf buf = new ByteBuf().appendAscii("abc");
    buf.reset();
    assertThat(buf.size()).isZero();
    assertThat(buf.appendUtf8("é").toByteArray()).containsExactly(0xC3, 0xA9);
  }

  @Test
  void rejectsNonAscii_inAppendAscii() {
    assertThatThrownBy(() -> new ByteBuf().appendAscii("café"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
