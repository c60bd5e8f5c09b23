package io.bingescope.io.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Maps byte strings to indices without decoding them: the hot path of a reader looks a field up by
 * its bytes, and only a string never seen before becomes a {@code String} (passed to {@code
 * register}, which gives its index). The last hit is tried first, since a member's views mostly
 * repeat one zone, country and device.
 */
final class ByteInterner {
  private final ToIntFunction<String> register;
  private byte[][] keys = new byte[16][];
  private int[] values = new int[16];
  private int[] table = new int[64];
  private int size;
  private int last = -1;

  ByteInterner(ToIntFunction<String> register) {
    this.register = register;
    Arrays.fill(table, -1);
  }

  /** Returns the index of the bytes {@code [s, e)} of {@code b}, registering them if new. */
  int index(byte[] b, int s, int e) {
    if (last >= 0 && Arrays.equals(keys[last], 0, keys[last].length, b, s, e)) {
      return values[last];
    }
    int h = 1;
    for (int p = s; p < e; p++) {
      h = 31 * h + b[p];
    }
    int mask = table.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      int k = table[slot];
      if (k < 0) {
        return add(b, s, e, slot);
      }
      if (Arrays.equals(keys[k], 0, keys[k].length, b, s, e)) {
        last = k;
        return values[k];
      }
    }
  }

  private int add(byte[] b, int s, int e, int slot) {
    byte[] key = Arrays.copyOfRange(b, s, e);
    int value = register.applyAsInt(new String(key, StandardCharsets.UTF_8));
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    table[slot] = size;
    last = size++;
    if (size * 2 > table.length) {
      rehash();
    }
    return value;
  }

  private void rehash() {
    table = new int[table.length * 2];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int k = 0; k < size; k++) {
      int h = 1;
      for (byte x : keys[k]) {
        h = 31 * h + x;
      }
      int slot = mix(h) & mask;
      while (table[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = k;
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
