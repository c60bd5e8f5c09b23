package io.bingescope.reid;

import java.util.Arrays;

/**
 * The seeded order in which members are considered as targets: a member's rank is a 64-bit hash of (seed, member
 * id), compared unsigned, ties to the lower id. The targets of a p are the eligible members of lowest rank, so that
 * a stored run and the fused run of the same scenario and seed pick the same targets, and so that the choice is a
 * uniform sample of the eligible members whatever order they stream in.
 */
public final class Ranks {
  private Ranks() {}

  /** Returns the rank of a member. */
  public static long rank(long seed, long memberId) {
    return mix(mix(seed ^ 0x5EED_0F_7A_26E7L) + memberId);
  }

  /** SplitMix64's finaliser: a bijection of 64-bit values whose every output bit depends on every input bit. */
  static long mix(long z) {
    z += 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** Returns whether member a (with rank ra) comes before member b (rank rb). */
  static boolean before(long ra, long a, long rb, long b) {
    int c = Long.compareUnsigned(ra, rb);
    return c < 0 || (c == 0 && a < b);
  }

  /**
   * Returns the ids in {@code [0, members)} of the {@code count} lowest ranks that come after member {@code after}
   * (whose rank is {@code afterRank}; -1: from the start), in rank order. One scan of the ids, no generation: how
   * a fused run finds its candidate targets in the order a stored run would rank them.
   */
  public static long[] next(long seed, long members, long after, long afterRank, int count) {
    // A max-heap of the count lowest (rank, id) pairs seen.
    long[] heapRank = new long[count];
    long[] heapId = new long[count];
    int n = 0;
    for (long id = 0; id < members; id++) {
      long r = rank(seed, id);
      if (after >= 0 && !before(afterRank, after, r, id)) {
        continue;
      }
      if (n < count) {
        heapRank[n] = r;
        heapId[n] = id;
        siftUp(heapRank, heapId, n++);
      } else if (before(r, id, heapRank[0], heapId[0])) {
        heapRank[0] = r;
        heapId[0] = id;
        siftDown(heapRank, heapId, n);
      }
    }
    Long[] order = new Long[n];
    for (int i = 0; i < n; i++) {
      order[i] = heapId[i];
    }
    Arrays.sort(order, (x, y) -> {
      long rx = rank(seed, x);
      long ry = rank(seed, y);
      return before(rx, x, ry, y) ? -1 : (x.equals(y) ? 0 : 1);
    });
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }

  static void siftUp(long[] rank, long[] id, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(rank[parent], id[parent], rank[i], id[i])) {
        break;
      }
      swap(rank, id, i, parent);
      i = parent;
    }
  }

  static void siftDown(long[] rank, long[] id, int n) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int big = i;
      if (l < n && before(rank[big], id[big], rank[l], id[l])) {
        big = l;
      }
      if (l + 1 < n && before(rank[big], id[big], rank[l + 1], id[l + 1])) {
        big = l + 1;
      }
      if (big == i) {
        return;
      }
      swap(rank, id, i, big);
      i = big;
    }
  }

  private static void swap(long[] rank, long[] id, int i, int j) {
    long r = rank[i];
    rank[i] = rank[j];
    rank[j] = r;
    long x = id[i];
    id[i] = id[j];
    id[j] = x;
  }
}
