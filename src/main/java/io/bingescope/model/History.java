package io.bingescope.model;

import java.util.Arrays;

/**
 * One member's views in time order, stored as parallel primitive arrays so that generating or analysing a view makes
 * no object: four {@code long} columns, three of them packing several fields (a pass over every view reads the hot
 * ones through {@link #play(int)} and {@link #what(int)}, one load each). An instance is reused: {@link #reset(int)} empties it for the next member without freeing its arrays.
 *
 * <p>View {@code i} is: profile {@code profile(i)} played title {@code title(i)} from {@code startUtc(i)} (epoch
 * seconds) for {@code durationS(i)} seconds, on device {@code device(i)}, whose clock was in zone {@code zone(i)}
 * at UTC offset {@code offsetS(i)}, in country {@code country(i)}. Device, zone and country are indices into the
 * run's {@link Vocabulary}.
 *
 * <p>The device's clock is kept as its local day and the seconds after its midnight, the form every pass reads (the
 * day a view counts for, its clock hours); the UTC offset is the difference from {@code startUtc}.
 *
 * <p>The limits, all checked by {@link #add} (which refuses a view outside them) and all within what {@link #sort}
 * handles: at most {@link #MAX_VIEWS} views; profile indices below {@link #MAX_PROFILES}; title indices below
 * {@link #MAX_TITLES}; device, zone and country indices below {@link #MAX_VOCABULARY}; a UTC offset within
 * {@link #MAX_OFFSET_S}; a duration of 0 to {@link Integer#MAX_VALUE} seconds; a local day from 1790-07-27 to
 * 2149-06-06 ({@link #MIN_LOCAL_DAY}, {@link #MAX_LOCAL_DAY}). docs/architecture.md lists them too.
 */
public final class History {
  private static final int AUTOPLAYED = 1;
  private static final int SUPPLEMENTAL_SHIFT = 1;
  /** The most views a history holds: a view every 10 minutes for 20 years, far past any member. */
  public static final int MAX_VIEWS = 1 << 20;
  /** The most profiles a history holds: a profile index is stored in 16 bits. */
  public static final int MAX_PROFILES = 1 << 16;
  /** The most devices, zones and countries a run's vocabulary may index: each index is stored in 16 signed bits. */
  public static final int MAX_VOCABULARY = 1 << 15;
  private static final int FLAGS_SHIFT = 32;
  private static final int PROFILE_SHIFT = 40;
  private static final long SUPPLEMENTAL_BITS = 0xFEL << FLAGS_SHIFT;
  /** The most titles a history refers to: a title index is stored in 30 bits. */
  public static final int MAX_TITLES = 1 << 30;
  /** The earliest local day (epoch day, 1790-07-27) a view may start on: 17 signed bits. */
  public static final long MIN_LOCAL_DAY = -(1L << 16);
  /** The latest local day (epoch day, 2149-06-06) a view may start on. */
  public static final long MAX_LOCAL_DAY = (1L << 16) - 1;
  /** The largest UTC offset of a device's clock, in seconds either way: 18 hours, as java.time allows. */
  public static final int MAX_OFFSET_S = 18 * 3_600;
  private static final int TITLE_SHIFT = 34;
  private static final int LOCAL_DAY_SHIFT = 17;
  private static final int LOCAL_DAY_BITS = 17;
  private static final long LOCAL_DAY_MASK = (1L << LOCAL_DAY_BITS) - 1;
  private static final long SECOND_MASK = (1L << LOCAL_DAY_SHIFT) - 1;
  private static final long DAY_S = 86_400L;

  private int memberId;
  private int size;
  // One more than the highest profile index added since reset.
  private int profileBound;
  private long[] startUtc;
  // Per view, packed so that a pass reads each view's hot fields in two loads, and a sort moves
  // four arrays: profile (bits 40-55), flags (32-39) and duration (0-31) in `play`; title (bits
  // 34-63), local day (17 signed bits, 17-33) and seconds after local midnight (0-16) in `what`,
  // computed once when the view is added, not in every pass; device, zone and country (16 bits
  // each, from bit 32 down) in `where`.
  private long[] play;
  private long[] what;
  private long[] where;

  public History() {
    this(64);
  }

  public History(int capacity) {
    int c = Math.max(capacity, 1);
    startUtc = new long[c];
    play = new long[c];
    what = new long[c];
    where = new long[c];
  }

  /** Empties the history and sets the member it belongs to; keeps the arrays for reuse. */
  public History reset(int memberId) {
    this.memberId = memberId;
    this.size = 0;
    this.profileBound = 0;
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
    if (profile < 0 || profile >= MAX_PROFILES) {
      throw new IllegalArgumentException("profile index out of range: " + profile);
    }
    if (offsetS < -MAX_OFFSET_S || offsetS > MAX_OFFSET_S) {
      throw new IllegalArgumentException("UTC offset out of range: " + offsetS + " s");
    }
    if (title < 0 || title >= MAX_TITLES) {
      throw new IllegalArgumentException("title index out of range: " + title);
    }
    if (durationS < 0) {
      throw new IllegalArgumentException("negative duration: " + durationS + " s");
    }
    if (device < 0 || device >= MAX_VOCABULARY || zone < 0 || zone >= MAX_VOCABULARY
        || country < 0 || country >= MAX_VOCABULARY) {
      throw new IllegalArgumentException(
          "device, zone or country index out of range: " + device + ", " + zone + ", " + country);
    }
    if (size == MAX_VIEWS) {
      throw new IllegalArgumentException("a history holds at most " + MAX_VIEWS + " views");
    }
    long local = startUtc + offsetS;
    long day = Math.floorDiv(local, DAY_S);
    if (day < MIN_LOCAL_DAY || day > MAX_LOCAL_DAY) {
      throw new IllegalArgumentException("local time out of range: " + local);
    }
    if (size == this.startUtc.length) {
      grow();
    }
    int i = size++;
    profileBound = Math.max(profileBound, profile + 1);
    this.startUtc[i] = startUtc;
    int flags = (autoplayed ? AUTOPLAYED : 0) | supplemental.ordinal() << SUPPLEMENTAL_SHIFT;
    play[i] = (long) profile << PROFILE_SHIFT | (long) flags << FLAGS_SHIFT
        | (durationS & 0xFFFF_FFFFL);
    what[i] = (long) title << TITLE_SHIFT | (day & LOCAL_DAY_MASK) << LOCAL_DAY_SHIFT
        | (local - day * DAY_S);
    where[i] = (device & 0xFFFFL) << 32 | (zone & 0xFFFFL) << 16 | (country & 0xFFFFL);
  }

  /** Returns an independent copy holding the same member and views. */
  public History copy() {
    History c = new History(Math.max(1, size));
    c.reset(memberId);
    System.arraycopy(startUtc, 0, c.startUtc, 0, size);
    System.arraycopy(play, 0, c.play, 0, size);
    System.arraycopy(what, 0, c.what, 0, size);
    System.arraycopy(where, 0, c.where, 0, size);
    c.size = size;
    c.profileBound = profileBound;
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
    int b = profileBound;
    profileBound = other.profileBound;
    other.profileBound = b;
    swapArraysWith(other);
  }

  /** Removes the views from {@code newSize} on. */
  public void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IndexOutOfBoundsException(newSize);
    }
    size = newSize;
  }

  private void grow() {
    int c = startUtc.length * 2;
    startUtc = Arrays.copyOf(startUtc, c);
    play = Arrays.copyOf(play, c);
    what = Arrays.copyOf(what, c);
    where = Arrays.copyOf(where, c);
  }

  private int[] sortOrder = new int[0];
  private int[] sortRuns = new int[0];
  private History scratch;

  /**
   * Puts the views in output order: by start instant, then profile; views equal in both keep their insertion order.
   * Uses an insertion sort in place, or a merge sort of view indices and a reused scratch history: no object per view.
   */
  public void sort() {
    if (size < 2 || isSorted()) {
      return;
    }
    // A generated history is nearly in order (a few views of overlapping profiles out of place): an insertion sort
    // in place puts it right with little work. If it moves too much it stops, and a merge sort of indices finishes: both
    // are stable, so the result is the same either way.
    if (insertionSort(4 * size)) {
      return;
    }
    int[] by = order(size);
    if (scratch == null) {
      scratch = new History(startUtc.length);
    }
    History t = scratch.reset(memberId);
    for (int k = 0; k < size; k++) {
      int i = by[k];
      if (t.size == t.startUtc.length) {
        t.grow();
      }
      int j = t.size++;
      t.startUtc[j] = startUtc[i];
      t.play[j] = play[i];
      t.what[j] = what[i];
      t.where[j] = where[i];
    }
    swapArraysWith(t);
  }

  /**
   * Returns the first {@code n} view indices in (start, profile) order, equal views in index order: a bottom-up merge
   * sort of indices, which holds for every profile, span and size {@link #add} accepts.
   */
  private int[] order(int n) {
    if (sortOrder.length < n) {
      sortOrder = new int[startUtc.length];
      sortRuns = new int[startUtc.length];
    }
    int[] from = sortOrder;
    int[] to = sortRuns;
    for (int i = 0; i < n; i++) {
      from[i] = i;
    }
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        for (int k = lo; k < hi; k++) {
          // The left run's view first unless the right run's comes strictly before it: stable.
          if (a < mid && (b >= hi || !before(from[b], from[a]))) {
            to[k] = from[a++];
          } else {
            to[k] = from[b++];
          }
        }
      }
      int[] t = from;
      from = to;
      to = t;
    }
    return from;
  }

  /** Returns whether view {@code i} comes strictly before view {@code j}: earlier start, or the same and lower profile. */
  private boolean before(int i, int j) {
    return startUtc[i] < startUtc[j] || (startUtc[i] == startUtc[j] && profile(i) < profile(j));
  }

  /** Sorts by (start, profile) in place, stably; returns false, partly sorted, once it has moved over budget. */
  private boolean insertionSort(int budget) {
    int moved = 0;
    for (int i = 1; i < size; i++) {
      long s = startUtc[i];
      int p = profile(i);
      int j = i - 1;
      if (startUtc[j] < s || (startUtc[j] == s && profile(j) <= p)) {
        continue;
      }
      while (j > 0 && (startUtc[j - 1] > s || (startUtc[j - 1] == s && profile(j - 1) > p))) {
        j--;
      }
      // View i belongs at j: shift j .. i-1 up by one.
      int n = i - j;
      moved += n;
      if (moved > budget) {
        return false;
      }
      long tp = play[i];
      long tw = what[i];
      long tr = where[i];
      System.arraycopy(startUtc, j, startUtc, j + 1, n);
      System.arraycopy(play, j, play, j + 1, n);
      System.arraycopy(what, j, what, j + 1, n);
      System.arraycopy(where, j, where, j + 1, n);
      startUtc[j] = s;
      play[j] = tp;
      what[j] = tw;
      where[j] = tr;
    }
    return true;
  }

  private void swapArraysWith(History t) {
    long[] a = startUtc;
    startUtc = t.startUtc;
    t.startUtc = a;
    a = play;
    play = t.play;
    t.play = a;
    a = what;
    what = t.what;
    t.what = a;
    a = where;
    where = t.where;
    t.where = a;
  }

  private boolean isSorted() {
    for (int i = 1; i < size; i++) {
      if (startUtc[i] < startUtc[i - 1]
          || (startUtc[i] == startUtc[i - 1] && profile(i) < profile(i - 1))) {
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

  /**
   * Returns one more than the highest profile index added since {@link #reset}: every view's
   * profile is below it (after {@link #truncate} it may be higher than needed).
   */
  public int profileBound() {
    return profileBound;
  }

  public int profile(int i) {
    return profileOf(play[i]);
  }

  public int title(int i) {
    return titleOf(what[i]);
  }

  public long startUtc(int i) {
    return startUtc[i];
  }

  /** Returns the UTC offset of the device's clock at the view's start, in seconds. */
  public int offsetS(int i) {
    return (int) (localStartOf(what[i]) - startUtc[i]);
  }

  /** Returns the view's start as local epoch seconds (wall time in the device's zone, read as if UTC). */
  public long startLocal(int i) {
    return localStartOf(what[i]);
  }

  /** Returns the local day (epoch day of the device's wall time) the view starts on. */
  public long localDay(int i) {
    return localDayOf(what[i]);
  }

  /** Returns the seconds after local midnight at which the view starts. */
  public int secondOfDay(int i) {
    return secondOfDayOf(what[i]);
  }

  public int durationS(int i) {
    return durationOf(play[i]);
  }

  public int device(int i) {
    return (short) (where[i] >>> 32);
  }

  public int zone(int i) {
    return (short) (where[i] >>> 16);
  }

  public int country(int i) {
    return (short) where[i];
  }

  public boolean autoplayed(int i) {
    return (play[i] & (long) AUTOPLAYED << FLAGS_SHIFT) != 0;
  }

  public Supplemental supplemental(int i) {
    return Supplemental.of((int) (play[i] >>> FLAGS_SHIFT & 0xFF) >>> SUPPLEMENTAL_SHIFT);
  }

  /**
   * Returns view i's profile, duration and kind in one value, for a pass that reads them on every
   * view: decode with {@link #profileOf}, {@link #durationOf} and {@link #isSupplementalOf}.
   */
  public long play(int i) {
    return play[i];
  }

  /**
   * Returns view i's title and local clock in one value: decode with {@link #titleOf}, {@link #localDayOf} and
   * {@link #secondOfDayOf}.
   */
  public long what(int i) {
    return what[i];
  }

  /** Returns the profile of a {@link #play} value. */
  public static int profileOf(long play) {
    return (int) (play >>> PROFILE_SHIFT);
  }

  /** Returns the duration in seconds of a {@link #play} value. */
  public static int durationOf(long play) {
    return (int) play;
  }

  /** Returns whether a {@link #play} value is of supplemental material (a trailer, hook...). */
  public static boolean isSupplementalOf(long play) {
    return (play & SUPPLEMENTAL_BITS) != 0;
  }

  /** Returns the title of a {@link #what} value. */
  public static int titleOf(long what) {
    return (int) (what >>> TITLE_SHIFT);
  }

  /** Returns the local day (epoch day of the device's wall time) a {@link #what} value starts on. */
  public static long localDayOf(long what) {
    return what << (64 - TITLE_SHIFT) >> (64 - LOCAL_DAY_BITS);
  }

  /** Returns the seconds after local midnight at which a {@link #what} value starts. */
  public static int secondOfDayOf(long what) {
    return (int) (what & SECOND_MASK);
  }

  /** Returns the local start (wall time read as UTC, epoch seconds) of a {@link #what} value. */
  public static long localStartOf(long what) {
    return localDayOf(what) * DAY_S + secondOfDayOf(what);
  }
}
