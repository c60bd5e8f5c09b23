package io.bingescope.reid;

/**
 * How many members have at least one qualifying view of each title: the support of the rarity choice and of the
 * attack's weights. Mergeable: one per thread, added up in any order.
 */
public final class Supports {
  private final long[] members;
  private long population;
  private long firstDay = Long.MAX_VALUE;
  private long lastDay = Long.MIN_VALUE;

  /** Creates empty supports for a catalog of the given size. */
  public Supports(int titles) {
    members = new long[titles];
  }

  /** Counts one member's trace. */
  public void add(Trace trace) {
    population++;
    int last = -1;
    for (int i = 0; i < trace.size(); i++) {
      long day = Trace.day(trace.key(i));
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
      int t = Trace.title(trace.key(i));
      if (t != last) {
        members[t]++;
        last = t;
      }
    }
  }

  /** Adds another's counts. */
  public void merge(Supports other) {
    if (other.members.length != members.length) {
      throw new IllegalArgumentException("supports of different catalogs");
    }
    population += other.population;
    firstDay = Math.min(firstDay, other.firstDay);
    lastDay = Math.max(lastDay, other.lastDay);
    for (int t = 0; t < members.length; t++) {
      members[t] += other.members[t];
    }
  }

  /** Returns the sum of one or more supports. */
  public static Supports merged(java.util.List<Supports> all) {
    Supports total = new Supports(all.get(0).titles());
    for (Supports s : all) {
      total.merge(s);
    }
    return total;
  }

  /** Returns the members with a qualifying view of the title. */
  public long of(int title) {
    return members[title];
  }

  /** Returns the first local day of any point counted (Long.MAX_VALUE if none). */
  public long firstDay() {
    return firstDay;
  }

  /** Returns the last local day of any point counted (Long.MIN_VALUE if none). */
  public long lastDay() {
    return lastDay;
  }

  /** Returns the members counted. */
  public long population() {
    return population;
  }

  /** Returns the number of titles. */
  public int titles() {
    return members.length;
  }
}
