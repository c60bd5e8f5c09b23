package io.bingescope.analytics.realism;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative {@code long} keys to {@code int} values, reused from member to member:
 * {@link #clear()} costs the number of keys put, not the table's size, so a member with few views clears fast.
 */
final class LongIntMap {
  private static final long EMPTY = -1;
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int[] used = new int[32];
  private int size;

  LongIntMap() {
    Arrays.fill(keys, EMPTY);
  }

  /** Returns the value of {@code key}, or -1 when it has none. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Sets the value of {@code key} (not negative). */
  void put(long key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      keys[i] = key;
      if (size == used.length) {
        used = Arrays.copyOf(used, 2 * size);
      }
      used[size++] = i;
    }
    values[i] = value;
  }

  int size() {
    return size;
  }

  /** Removes every key. */
  void clear() {
    for (int j = 0; j < size; j++) {
      keys[used[j]] = EMPTY;
    }
    size = 0;
  }

  private void grow() {
    long[] oldKeys = new long[size];
    int[] oldValues = new int[size];
    for (int j = 0; j < size; j++) {
      oldKeys[j] = keys[used[j]];
      oldValues[j] = values[used[j]];
    }
    keys = new long[keys.length * 2];
    values = new int[keys.length];
    Arrays.fill(keys, EMPTY);
    int n = size;
    size = 0;
    for (int j = 0; j < n; j++) {
      put(oldKeys[j], oldValues[j]);
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
