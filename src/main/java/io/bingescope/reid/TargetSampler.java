package io.bingescope.reid;

import io.bingescope.model.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Samples the targets of each p: among the members with at least p points, the {@code count} of lowest seeded rank
 * ({@link Ranks}). Offer members in any order, in any number of samplers, and {@link #merge} them: the sample is
 * the same. Memory grows with the targets (their points are kept), not with the members offered.
 */
public final class TargetSampler {
  private final long seed;
  private final int[] points;
  private final int count;
  private final List<PriorityQueue<Target>> heaps = new ArrayList<>();
  private final long[] eligible;
  private long members;

  /** Creates a sampler of {@code count} targets for each p of {@code points} (ascending, distinct, >= 1). */
  public TargetSampler(long seed, int[] points, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one target: " + count);
    }
    this.seed = seed;
    this.points = points.clone();
    this.count = count;
    this.eligible = new long[points.length];
    for (int i = 0; i < points.length; i++) {
      // The head is the latest target kept: the one a better candidate replaces.
      heaps.add(new PriorityQueue<>(count + 1, (a, b) -> a.before(b) ? 1 : b.before(a) ? -1 : 0));
    }
  }

  /** Offers a member whose trace has been read from the history; returns whether it was kept for some p. */
  public boolean offer(History h, Trace trace) {
    members++;
    int n = trace.size();
    long rank = Ranks.rank(seed, trace.memberId());
    Target made = null;
    for (int i = 0; i < points.length; i++) {
      if (n < points[i]) {
        break;
      }
      eligible[i]++;
      PriorityQueue<Target> heap = heaps.get(i);
      if (heap.size() == count) {
        Target last = heap.peek();
        if (!Ranks.before(rank, trace.memberId(), last.rank(), last.memberId())) {
          continue;
        }
        heap.poll();
      }
      if (made == null) {
        made = new Target(trace.memberId(), rank, trace.toArray(), Trace.byLastView(h, trace));
      }
      heap.add(made);
    }
    return made != null;
  }

  /** Adds another sampler's members (same seed, points and count); the result is as if one had seen all. */
  public void merge(TargetSampler other) {
    if (other.seed != seed || other.count != count || !Arrays.equals(other.points, points)) {
      throw new IllegalArgumentException("samplers of different settings");
    }
    members += other.members;
    for (int i = 0; i < points.length; i++) {
      eligible[i] += other.eligible[i];
      PriorityQueue<Target> heap = heaps.get(i);
      for (Target t : other.heaps.get(i)) {
        heap.add(t);
        if (heap.size() > count) {
          heap.poll();
        }
      }
    }
  }

  /** Returns whether every p has its full count of targets (a fused run stops looking then). */
  public boolean full() {
    for (PriorityQueue<Target> heap : heaps) {
      if (heap.size() < count) {
        return false;
      }
    }
    return true;
  }

  /** Returns the members offered. */
  public long members() {
    return members;
  }

  /** Returns the members offered with at least {@code points[i]} points. */
  public long eligible(int i) {
    return eligible[i];
  }

  /** Returns the p values. */
  public int[] points() {
    return points.clone();
  }

  /** Returns the targets sought for each p. */
  public int count() {
    return count;
  }

  /** Returns the seed of the ranks. */
  public long seed() {
    return seed;
  }

  /** Returns the targets of {@code points[i]} in rank order. */
  public List<Target> targets(int i) {
    List<Target> out = new ArrayList<>(heaps.get(i));
    out.sort((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
    return out;
  }
}
