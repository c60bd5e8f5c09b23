package io.bingescope.model;

import java.util.Arrays;

/**
 * One member's views in time order, stored as parallel primitive arrays so that generating or analysing a view makes
 * no object. An instance is reused: {@link #reset(int)} empties it for the next member without freeing its arrays.
 *
 * <p>View {@code i} is: profile {@code profile(i)} played title {@code title(i)} from {@code startUtc(i)} (epoch
 * seconds) for {@code durationS(i)} seconds, on device {@code device(i)}, whose clock was in zone {@code zone(i)}
 * at UTC offset {@code offsetS(i)}, in country {@code country(i)}. Device, zone and country are indices into the
 * run's {@link Vocabulary}.
 */
public final class History {
  private static final int AUTOPLAYED = 1;
  private static final int SUPPLEMENTAL_SHIFT = 1;

  private int memberId;
  private int size;
  private int[] profile;
  private int[] title;
  private long[] startUtc;
  private int[] offsetS;
  private int[] durationS;
  private short[] device;
  private short[] zone;
  private short[] country;
  private byte[] flags;

  public History() {
    this(64);
  }

  public History(int capacity) {
    int c = Math.max(capacity, 1);
    profile = new int[c];
    title = new int[c];
    startUtc = new long[c];
    offsetS = new int[c];
    durationS = new int[c];
    device = new short[c];
    zone = new short[c];
    country = new short[c];
    flags = new byte[c];
  }

  /** Empties the history and sets the member it belongs to; keeps the arrays for reuse. */
  public History reset(int memberId) {
    this.memberId = memberId;
    this.size = 0;
    return this;
  }

  /** Appends a view; views may be appended in any order and put in order with {@link #sort()}. */
  public void add(
      int profile,
      int title,
      long startUtc,
      int offsetS,
      int durationS,
      int device,
      int zone,
      int country,
      boolean autoplayed,
      Supplemental supplemental) {
    if (size == this.title.length) {
      grow();
    }
    int i = size++;
    this.profile[i] = profile;
    this.title[i] = title;
    this.startUtc[i] = startUtc;
    this.offsetS[i] = offsetS;
    this.durationS[i] = durationS;
    this.device[i] = (short) device;
    this.zone[i] = (short) zone;
    this.country[i] = (short) country;
    this.flags[i] = (byte) ((autoplayed ? AUTOPLAYED : 0) | supplemental.ordinal() << SUPPLEMENTAL_SHIFT);
  }

  /** Returns an independent copy holding the same member and views. */
  public History copy() {
    History c = new History(Math.max(1, size));
    c.reset(memberId);
    for (int i = 0; i < size; i++) {
      c.add(profile[i], title[i], startUtc[i], offsetS[i], durationS[i], device[i], zone[i], country[i],
          autoplayed(i), supplemental(i));
    }
    return c;
  }

  /** Exchanges this history's member and views with {@code other}'s, without copying a view. */
  public void swap(History other) {
    int m = memberId;
    memberId = other.memberId;
    other.memberId = m;
    int n = size;
    size = other.size;
    other.size = n;
    int[] a = profile;
    profile = other.profile;
    other.profile = a;
    a = title;
    title = other.title;
    other.title = a;
    a = offsetS;
    offsetS = other.offsetS;
    other.offsetS = a;
    a = durationS;
    durationS = other.durationS;
    other.durationS = a;
    long[] l = startUtc;
    startUtc = other.startUtc;
    other.startUtc = l;
    short[] s = device;
    device = other.device;
    other.device = s;
    s = zone;
    zone = other.zone;
    other.zone = s;
    s = country;
    country = other.country;
    other.country = s;
    byte[] f = flags;
    flags = other.flags;
    other.flags = f;
  }

  /** Removes the views from {@code newSize} on. */
  public void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IndexOutOfBoundsException(newSize);
    }
    size = newSize;
  }

  private void grow() {
    int c = title.length * 2;
    profile = Arrays.copyOf(profile, c);
    title = Arrays.copyOf(title, c);
    startUtc = Arrays.copyOf(startUtc, c);
    offsetS = Arrays.copyOf(offsetS, c);
    durationS = Arrays.copyOf(durationS, c);
    device = Arrays.copyOf(device, c);
    zone = Arrays.copyOf(zone, c);
    country = Arrays.copyOf(country, c);
    flags = Arrays.copyOf(flags, c);
  }

  private long[] sortKeys = new long[0];
  private History scratch;

  /**
   * Puts the views in output order: by start instant, then profile; views equal in both keep their insertion order.
   * Uses one primitive sort of packed keys and a reused scratch history, no object per view.
   */
  public void sort() {
    if (size < 2 || isSorted()) {
      return;
    }
    // A generated history is nearly in order (a few views of overlapping profiles out of place): an insertion sort
    // in place puts it right with little work. If it moves too much it stops, and the key sort below finishes: both
    // are stable, so the result is the same either way.
    if (insertionSort(4 * size)) {
      return;
    }
    if (size > (1 << 20)) {
      throw new IllegalStateException("history too long to sort: " + size);
    }
    long base = Long.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      base = Math.min(base, startUtc[i]);
    }
    if (sortKeys.length < size) {
      sortKeys = new long[title.length];
    }
    for (int i = 0; i < size; i++) {
      long rel = startUtc[i] - base;
      if (rel >= (1L << 36) || profile[i] >= 128) {
        throw new IllegalStateException("history spans too long a time or too many profiles to sort");
      }
      sortKeys[i] = rel << 27 | (long) profile[i] << 20 | i;
    }
    Arrays.sort(sortKeys, 0, size);
    if (scratch == null) {
      scratch = new History(title.length);
    }
    History t = scratch.reset(memberId);
    for (int k = 0; k < size; k++) {
      int i = (int) (sortKeys[k] & ((1 << 20) - 1));
      if (t.size == t.title.length) {
        t.grow();
      }
      int j = t.size++;
      t.profile[j] = profile[i];
      t.title[j] = title[i];
      t.startUtc[j] = startUtc[i];
      t.offsetS[j] = offsetS[i];
      t.durationS[j] = durationS[i];
      t.device[j] = device[i];
      t.zone[j] = zone[i];
      t.country[j] = country[i];
      t.flags[j] = flags[i];
    }
    swapArraysWith(t);
  }

  /** Sorts by (start, profile) in place, stably; returns false, partly sorted, once it has moved over budget. */
  private boolean insertionSort(int budget) {
    int moved = 0;
    for (int i = 1; i < size; i++) {
      long s = startUtc[i];
      int p = profile[i];
      int j = i - 1;
      if (startUtc[j] < s || (startUtc[j] == s && profile[j] <= p)) {
        continue;
      }
      while (j > 0 && (startUtc[j - 1] > s || (startUtc[j - 1] == s && profile[j - 1] > p))) {
        j--;
      }
      // View i belongs at j: shift j .. i-1 up by one.
      int n = i - j;
      moved += n;
      if (moved > budget) {
        return false;
      }
      int ti = title[i];
      int to = offsetS[i];
      int td = durationS[i];
      short tdev = device[i];
      short tz = zone[i];
      short tc = country[i];
      byte tf = flags[i];
      System.arraycopy(startUtc, j, startUtc, j + 1, n);
      System.arraycopy(profile, j, profile, j + 1, n);
      System.arraycopy(title, j, title, j + 1, n);
      System.arraycopy(offsetS, j, offsetS, j + 1, n);
      System.arraycopy(durationS, j, durationS, j + 1, n);
      System.arraycopy(device, j, device, j + 1, n);
      System.arraycopy(zone, j, zone, j + 1, n);
      System.arraycopy(country, j, country, j + 1, n);
      System.arraycopy(flags, j, flags, j + 1, n);
      startUtc[j] = s;
      profile[j] = p;
      title[j] = ti;
      offsetS[j] = to;
      durationS[j] = td;
      device[j] = tdev;
      zone[j] = tz;
      country[j] = tc;
      flags[j] = tf;
    }
    return true;
  }

  private void swapArraysWith(History t) {
    int[] ip = profile;
    profile = t.profile;
    t.profile = ip;
    int[] it = title;
    title = t.title;
    t.title = it;
    long[] ls = startUtc;
    startUtc = t.startUtc;
    t.startUtc = ls;
    int[] io = offsetS;
    offsetS = t.offsetS;
    t.offsetS = io;
    int[] id = durationS;
    durationS = t.durationS;
    t.durationS = id;
    short[] sd = device;
    device = t.device;
    t.device = sd;
    short[] sz = zone;
    zone = t.zone;
    t.zone = sz;
    short[] sc = country;
    country = t.country;
    t.country = sc;
    byte[] bf = flags;
    flags = t.flags;
    t.flags = bf;
  }

  private boolean isSorted() {
    for (int i = 1; i < size; i++) {
      if (startUtc[i] < startUtc[i - 1]
          || (startUtc[i] == startUtc[i - 1] && profile[i] < profile[i - 1])) {
        return false;
      }
    }
    return true;
  }

  public int memberId() {
    return memberId;
  }

  public int size() {
    return size;
  }

  public int profile(int i) {
    return profile[i];
  }

  public int title(int i) {
    return title[i];
  }

  public long startUtc(int i) {
    return startUtc[i];
  }

  /** Returns the UTC offset of the device's clock at the view's start, in seconds. */
  public int offsetS(int i) {
    return offsetS[i];
  }

  /** Returns the view's start as local epoch seconds (wall time in the device's zone, read as if UTC). */
  public long startLocal(int i) {
    return startUtc[i] + offsetS[i];
  }

  public int durationS(int i) {
    return durationS[i];
  }

  public int device(int i) {
    return device[i];
  }

  public int zone(int i) {
    return zone[i];
  }

  public int country(int i) {
    return country[i];
  }

  public boolean autoplayed(int i) {
    return (flags[i] & AUTOPLAYED) != 0;
  }

  public Supplemental supplemental(int i) {
    return Supplemental.of(flags[i] >>> SUPPLEMENTAL_SHIFT);
  }
}
