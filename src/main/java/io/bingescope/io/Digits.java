package io.bingescope.io;

/**
 * Writes decimal integers straight into byte arrays, two digits per step, without making a String.
 */
final class Digits {
  /** The most bytes a long can need: a sign and 19 digits. */
  static final int MAX_LONG_CHARS = 20;

  private static final byte[] PAIRS = new byte[200];
  private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes();

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private Digits() {}

  /**
   * Writes {@code v} at {@code p} and returns the position after it; the caller ensures 20 bytes of
   * room.
   */
  static int put(byte[] b, int p, long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        System.arraycopy(LONG_MIN, 0, b, p, LONG_MIN.length);
        return p + LONG_MIN.length;
      }
      b[p++] = '-';
      v = -v;
    }
    int end = p + count(v);
    int q = end;
    while (v >= 100) {
      int r = (int) (v % 100);
      v /= 100;
      b[--q] = PAIRS[2 * r + 1];
      b[--q] = PAIRS[2 * r];
    }
    if (v >= 10) {
      b[--q] = PAIRS[2 * (int) v + 1];
      b[--q] = PAIRS[2 * (int) v];
    } else {
      b[--q] = (byte) ('0' + v);
    }
    return end;
  }

  /** Writes {@code v} (0..99) as exactly two digits at {@code p}. */
  static void put2(byte[] b, int p, int v) {
    b[p] = PAIRS[2 * v];
    b[p + 1] = PAIRS[2 * v + 1];
  }

  private static int count(long v) {
    long limit = 10;
    for (int n = 1; n < 19; n++) {
      if (v < limit) {
        return n;
      }
      limit *= 10;
    }
    return 19;
  }
}
