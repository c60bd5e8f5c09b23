package io.bingescope.infer;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.Thresholds;
import io.bingescope.analytics.WindowHours;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What every inference reads of one member: the figures of one pass over the history (clock-time
 * histograms, per-day sums, per-profile counts, distinct titles per tag), computed once and shared.
 * One instance per thread: {@link #observe} overwrites everything and reuses its arrays, so
 * observing a member makes no object per view. The history's own fields stay readable through
 * {@link #history()} for a second pass.
 *
 * <p>Local time is the view's {@code startLocal} (the device's clock); UTC time is {@code
 * startUtc}. A view counts for the local day it starts on. Supplemental rows are ignored.
 */
public final class Observations {
  /** Slots of the clock-time histograms: 96 of 15 minutes. */
  public static final int SLOTS = 96;
  /** Slots of the quiet window that anchors the nights: 6 hours, shorter than almost any sleep. */
  public static final int QUIET_SLOTS = 24;
  /** The first slot a night's quiet window may start at: 20:00. */
  private static final int NIGHT_FROM_SLOT = 80;
  /** The slots a night's quiet window may start at: 20:00 to 06:00. */
  private static final int NIGHT_SLOTS = 41;
  /** The most values sorted without a branch on them (quadratic time). */
  private static final int SMALL_SORT = 48;
  /** Seconds in a slot. */
  public static final int SLOT_S = 900;
  /** The least viewing (seconds) in a night, working-hours or tag window to count its day. */
  public static final int DAY_MIN_S = 900;
  private static final long DAY = 86_400L;
  private static final int DAY_S = 86_400;
  private static final int NIGHT_END_S = 5 * 3_600;
  private static final int WORK_START_S = 9 * 3_600;
  private static final int WORK_END_S = 17 * 3_600;
  /** Tags counted per member: the sensitive ones, then holiday, then kids. */
  static final List<String> TAGS = List.of("lgbtq", "religious", "health", "holiday", "kids");
  private static final int TAGS_COUNT = 5;

  static final int HOLIDAY_TAG = 3;
  static final int KIDS_TAG = 4;
  private static final int MAX_EXAMPLES = 3;
  private static final int ITEM_SHIFT = 32;
  private static final int ITEM_MASK = (1 << 24) - 1;
  private static final int TAGS_SHIFT = 56;
  private static final int TAGS_MASK = (1 << 5) - 1;
  private static final int EPISODE_BIT = 61;
  private static final long RACE = 1L << 62;
  /** The local start kept for a supplemental view: before any night, so the nights skip it. */
  private static final long NO_VIEW = Long.MIN_VALUE / 2;

  private final MemberMetrics metrics = new MemberMetrics();
  private final WindowHours weekHours = new WindowHours(WellnessRule.DAYS);

  // Per catalog.
  private Catalog catalog;
  // Per title, packed so that a view costs one look-up: the least seconds that qualify (bits
  // 0-31), the item (film or series, bits 32-55), the tag mask (56-60), an episode (61), a season
  // released in the period (62, then raceDay holds the day).
  private long[] titleFacts;
  private long[] raceDay;
  private int[] itemStamp;
  private int[] itemsWithTag;
  private int catalogItems;
  private int stamp;

  // Per period.
  private LocalDate first;
  private LocalDate last;
  private long firstDay;
  private int days;
  // Per local day, at index day + 1: index 0 takes the day before the period (its small hours
  // reach the first day), the last index the day after, so the pass writes without a test.
  private long[] daySeconds = new long[0];
  private long[] dayNight = new long[0];
  private long[] dayWork = new long[0];
  // At index day + 1: all ones on Monday to Friday, else zero (a mask, not a branch).
  private long[] workMask = new long[0];
  private boolean[] weekdays = new boolean[0];

  // Per member.
  private History history;
  private String scope = "";
  private List<String> profileNames;
  private final int[] localSlots = new int[SLOTS];
  private final int[] utcSlots = new int[SLOTS];
  // Difference arrays of the local slots a view plays in, one per UTC offset (in quarter-hours
  // modulo a day: the shift between the local and UTC slots), over two days so that a view
  // passing midnight needs no wrap; the offsets used by the member, in order of first use.
  private final int[][] shiftDiffs = new int[SLOTS][];
  private final int[] shiftsUsed = new int[SLOTS];
  private final int[] runSlots = new int[SLOTS];
  // Scratch of the quiet-window search: the slots it covers, in a row.
  private int[] row = new int[2 * SLOTS];
  private int shiftCount;
  private int views;
  // The history's size, supplemental views included: the nights' pass reads that many.
  private int rows;
  private long seconds;
  private int qualifyingEpisodes;
  private boolean raceCandidate;
  private int[] profileViews = new int[4];
  private int[] profileKidsViews = new int[4];
  private int profiles;
  private int concurrentViews;
  private int distinctItems;
  private final int[] tagItems = new int[TAGS.size()];
  private final int[][] tagExamples = new int[TAGS.size()][MAX_EXAMPLES];
  private final long[] tagSeconds = new long[TAGS.size()];
  private int deviceZone;
  private int deviceOffsetS;
  private boolean mixedZones;
  private boolean metricsDone;
  private boolean nightsDone;
  private boolean detailsDone;
  // Scratch of the second pass: each profile's latest end so far.
  private long[] profileEnd = new long[4];
  private int quietStart;
  private int nightCount;
  private int[] lastEnd = new int[0];
  private int[] firstStart = new int[0];
  // Each view's local start (local epoch seconds) and its duration,
  // kept by the first pass for the nights' pass at the view's own index (so that the stores need
  // no bounds check of their own in the loop); a supplemental view's start is NO_VIEW.
  private long[] viewLocal = new long[0];
  private int[] viewDuration = new int[0];
  // The UTC starts of the qualifying views of episodes, in order, for the wellness bound.
  private long[] episodeStarts = new long[0];

  /**
   * Observes one member's history (in time order) for the period {@code [first, last]} of local
   * days and returns this object. {@code profileNames} names the history's profile indices.
   */
  public Observations observe(
      History h, Catalog c, List<String> profileNames, LocalDate first, LocalDate last) {
    return observe(h, c, profileNames, first, last, "");
  }

  /**
   * Observes one member's history like {@link #observe(History, Catalog, List, LocalDate,
   * LocalDate)}, for claims about one profile: {@code scope} is that profile's name, put in every
   * claim ({@link Claim#profile()}); empty for the whole account.
   */
  public Observations observe(
      History h,
      Catalog c,
      List<String> profileNames,
      LocalDate first,
      LocalDate last,
      String scope) {
    this.scope = scope;
    if (c != catalog) {
      index(c, first, last);
    }
    if (!first.equals(this.first) || !last.equals(this.last)) {
      period(first, last);
      raceDays(first, last);
    }
    if (++stamp == 0) {
      Arrays.fill(itemStamp, 0);
      stamp = 1;
    }
    this.history = h;
    this.profileNames = profileNames;
    this.metricsDone = false;
    this.nightsDone = false;
    this.detailsDone = false;
    scan(h);
    return this;
  }

  private void index(Catalog c, LocalDate from, LocalDate to) {
    int titles = c.size();
    int series = c.series().size();
    if (titles + series > ITEM_MASK) {
      throw new IllegalArgumentException("catalog too large to observe: " + titles + " titles");
    }
    titleFacts = new long[titles];
    raceDay = new long[titles];
    catalogItems = 0;
    itemsWithTag = new int[TAGS.size()];
    boolean[] seriesCounted = new boolean[series];
    for (int t = 0; t < titles; t++) {
      Title title = c.title(t);
      int s = title.seriesIndex();
      int item = s >= 0 ? titles + s : t;
      int minSeconds = Level.WATCHER.minSeconds(title.runtimeS(), Thresholds.DEFAULTS);
      int mask = 0;
      for (int k = 0; k < TAGS.size(); k++) {
        if (title.hasTag(TAGS.get(k))) {
          mask |= 1 << k;
        }
      }
      titleFacts[t] = (minSeconds & 0xFFFF_FFFFL) | (long) item << ITEM_SHIFT
          | (long) mask << TAGS_SHIFT | (s >= 0 ? 1L << EPISODE_BIT : 0);
      if (s < 0 || !seriesCounted[s]) {
        if (s >= 0) {
          seriesCounted[s] = true;
        }
        catalogItems++;
        for (int k = 0; k < TAGS.size(); k++) {
          if ((mask & 1 << k) != 0) {
            itemsWithTag[k]++;
          }
        }
      }
    }
    itemStamp = new int[titles + series];
    stamp = 0;
    catalog = c;
    this.first = null;
  }

  private void period(LocalDate from, LocalDate to) {
    firstDay = from.toEpochDay();
    days = Math.toIntExact(to.toEpochDay() - firstDay + 1);
    if (daySeconds.length < days + 3) {
      daySeconds = new long[days + 3];
      dayNight = new long[days + 3];
      dayWork = new long[days + 3];
      workMask = new long[days + 3];
      weekdays = new boolean[days + 1];
    }
    for (int k = 0; k < days; k++) {
      weekdays[k] = Math.floorMod(firstDay + k + 3, 7) < 5;
      workMask[k + 1] = weekdays[k] ? -1 : 0;
    }
    first = from;
    last = to;
  }

  /** Marks the episodes whose season is released inside the period: only they make races. */
  private void raceDays(LocalDate from, LocalDate to) {
    Arrays.fill(raceDay, Long.MIN_VALUE);
    for (int t = 0; t < titleFacts.length; t++) {
      titleFacts[t] &= ~RACE;
    }
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    for (int t = 0; t < titleFacts.length; t++) {
      int season = catalog.seasonOf(t);
      if (season < 0) {
        continue;
      }
      long release = catalog.seasonReleaseDay(season);
      if (release >= a && release <= b) {
        raceDay[t] = release;
        titleFacts[t] |= RACE;
      }
    }
  }

  private void scan(History h) {
    long[] secondsOfDay = daySeconds;
    long[] nightOfDay = dayNight;
    long[] workOfDay = dayWork;
    Arrays.fill(secondsOfDay, 0, days + 3, 0);
    Arrays.fill(nightOfDay, 0, days + 3, 0);
    Arrays.fill(workOfDay, 0, days + 3, 0);
    int n = h.size();
    if (viewLocal.length < n) {
      int c = Math.max(n, 2 * viewLocal.length);
      viewLocal = new long[c];
      viewDuration = new int[c];
      episodeStarts = new long[c];
    }
    long[] vLocal = viewLocal;
    int[] vDuration = viewDuration;
    long[] epStarts = episodeStarts;
    long[] facts = titleFacts;
    int[] stamps = itemStamp;
    int cur = stamp;
    // Day indices k + 1 from 0 (the day before the period) to days (its last day): the local
    // epoch day less dayBefore.
    long dayBefore = firstDay - 1;
    int span = days + 1;
    int skipped = 0;
    boolean any = false;
    long total = 0;
    int episodes = 0;
    boolean race = false;
    int items = 0;
    int maxProfile = -1;
    shiftCount = 0;
    int offset = 0;
    int[] diff = shiftDiffs[0];
    long[] races = raceDay;
    int[] itemsWithTag = tagItems;
    Arrays.fill(itemsWithTag, 0);
    int i = 0;
    while (i < n) {
      // View i is the first of a new profile or UTC offset (or the first of all): prepared here,
      // out of the loop below, which then calls nothing and can keep the arrays at hand.
      long firstPlay = h.play(i);
      if (History.isSupplementalOf(firstPlay)) {
        vLocal[i] = NO_VIEW;
        skipped++;
        i++;
        continue;
      }
      int first = History.profileOf(firstPlay);
      if (first > maxProfile) {
        growProfiles(first, maxProfile);
        maxProfile = first;
      }
      if (!any || h.offsetS(i) != offset) {
        any = true;
        offset = h.offsetS(i);
        diff = shiftDiff(offset);
      }
      int[] perProfile = profileViews;
      int[] kidsPerProfile = profileKidsViews;
      for (; i < n; i++) {
        // Profile, kind and duration in one load; title and local clock in another.
        long play = h.play(i);
        if (History.isSupplementalOf(play)) {
          vLocal[i] = NO_VIEW;
          skipped++;
          continue;
        }
        int p = History.profileOf(play);
        long what = h.what(i);
        long utc = h.startUtc(i);
        // Written at the next free place for every view, kept only for a qualifying episode
        // (below); written here, so that the UTC start need not be kept until then.
        epStarts[episodes] = utc;
        // The local day and clock as the history keeps them; the offset is the local start's
        // difference from the UTC start.
        long localDay = History.localDayOf(what);
        int fromMidnight = History.secondOfDayOf(what);
        long local = localDay * DAY + fromMidnight;
        if (p > maxProfile || (int) (local - utc) != offset) {
          break;
        }
        int d = History.durationOf(play);
        int t = History.titleOf(what);
        // The local slots a view plays in; one of a day or more plays in all 96.
        int a = fromMidnight / SLOT_S;
        int b = Math.min((fromMidnight + Math.min(Math.max(d, 1), DAY_S) - 1) / SLOT_S, a + SLOTS - 1);
        diff[a]++;
        diff[b + 1]--;
        vLocal[i] = local;
        vDuration[i] = d;
        total += d;
        long k = localDay - dayBefore;
        if (k >= 0 && k < span) {
          int x = (int) k;
          int end = fromMidnight + d;
          secondsOfDay[x] += d;
          nightOfDay[x] += Math.max(0, Math.min(end, NIGHT_END_S) - fromMidnight);
          // Every day's: the week-end's are cleared after the loop.
          workOfDay[x] +=
              Math.max(0, Math.min(end, WORK_END_S) - Math.max(fromMidnight, WORK_START_S));
          // The small hours of the next day: a view started at 23:40 that runs past midnight.
          nightOfDay[x + 1] += Math.max(0, Math.min(end, (int) DAY + NIGHT_END_S) - (int) DAY);
        }
        perProfile[p]++;
        long f = facts[t];
        int mask = (int) (f >>> TAGS_SHIFT) & TAGS_MASK;
        kidsPerProfile[p] += mask >>> KIDS_TAG & 1;
        // The rest counts qualifying views only: q is 1 for one, else 0 (no branch on it).
        int q = (int) (((long) d - (int) f) >>> 63) ^ 1;
        episodes += (int) (f >>> EPISODE_BIT) & q;
        if ((f & RACE) != 0 && q != 0 && races[t] == localDay) {
          race = true;
        }
        int item = (int) (f >>> ITEM_SHIFT) & ITEM_MASK;
        // No stamp is above the current one, so the item is new exactly when the difference is
        // positive: its sign, then the stamp moved on for a qualifying view only.
        int seen = stamps[item];
        int behind = cur - seen;
        int fresh = q & -behind >>> 31;
        stamps[item] = seen + (behind & -q);
        items += fresh;
        // Each tag of a new item counted, without a branch on the tags or freshness.
        int newTags = mask & -fresh;
        for (int tag = 0; tag < TAGS_COUNT; tag++) {
          itemsWithTag[tag] += newTags >>> tag & 1;
        }
      }
    }
    // Working hours count Monday to Friday only.
    long[] work = workMask;
    for (int k = 1; k <= days; k++) {
      workOfDay[k] &= work[k];
    }
    foldSlots();
    views = n - skipped;
    rows = n;
    seconds = total;
    qualifyingEpisodes = episodes;
    raceCandidate = race;
    distinctItems = items;
    profiles = maxProfile + 1;
    deviceOffsetS = offset;
  }

  /**
   * Finds the figures that only the claims' words need, in a second pass on first request: the
   * views started while another profile's was playing, the devices' zones, and the seconds and
   * first examples of each tag.
   */
  private void details() {
    if (detailsDone) {
      return;
    }
    detailsDone = true;
    History h = history;
    Arrays.fill(tagSeconds, 0);
    int[] examples = new int[TAGS_COUNT];
    if (++stamp == 0) {
      Arrays.fill(itemStamp, 0);
      stamp = 1;
    }
    int cur = stamp;
    if (profileEnd.length < profiles) {
      profileEnd = new long[profiles];
    }
    long[] ends = profileEnd;
    Arrays.fill(ends, 0, profiles, Long.MIN_VALUE);
    int concurrent = 0;
    int zone = -1;
    boolean mixed = false;
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) != Supplemental.NONE) {
        continue;
      }
      int p = h.profile(i);
      long utc = h.startUtc(i);
      int d = h.durationS(i);
      int t = h.title(i);
      if (zone < 0) {
        zone = h.zone(i);
      } else if (h.zone(i) != zone) {
        mixed = true;
      }
      for (int q = 0; q < profiles; q++) {
        if (q != p && ends[q] > utc) {
          concurrent++;
          break;
        }
      }
      ends[p] = Math.max(ends[p], utc + d);
      long facts = titleFacts[t];
      if (d < (int) facts) {
        continue;
      }
      // An item counts from its first qualifying view, tagged or not, as in the first pass.
      int item = (int) (facts >>> ITEM_SHIFT) & ITEM_MASK;
      boolean fresh = itemStamp[item] != cur;
      itemStamp[item] = cur;
      int mask = (int) (facts >>> TAGS_SHIFT) & TAGS_MASK;
      for (int m = mask; m != 0; m &= m - 1) {
        int tag = Integer.numberOfTrailingZeros(m);
        if (fresh && examples[tag] < MAX_EXAMPLES) {
          tagExamples[tag][examples[tag]++] = t;
        }
        tagSeconds[tag] += d;
      }
    }
    concurrentViews = concurrent;
    deviceZone = zone;
    mixedZones = mixed;
  }

  /** Returns the (cleared on first use) difference array of the views at UTC offset {@code off}. */
  private int[] shiftDiff(int off) {
    int shift = Math.floorMod(Math.floorDiv(off, SLOT_S), SLOTS);
    int[] diff = shiftDiffs[shift];
    if (diff == null) {
      diff = shiftDiffs[shift] = new int[2 * SLOTS];
    }
    for (int u = 0; u < shiftCount; u++) {
      if (shiftsUsed[u] == shift) {
        return diff;
      }
    }
    shiftsUsed[shiftCount++] = shift;
    return diff;
  }

  /**
   * Turns each offset's difference array into counts of views playing in each local slot, puts
   * them in the local slots and, shifted by the offset (whole quarter-hours), in the UTC ones,
   * and clears it.
   */
  private void foldSlots() {
    Arrays.fill(localSlots, 0);
    Arrays.fill(utcSlots, 0);
    int[] playing = runSlots;
    for (int u = 0; u < shiftCount; u++) {
      int shift = shiftsUsed[u];
      int[] diff = shiftDiffs[shift];
      // Slot s counts the views playing in it on the first day (the running sum of the first
      // day's changes) and on the second (the first day's whole sum plus the second's so far).
      int running = 0;
      for (int s = 0; s < SLOTS; s++) {
        running += diff[s];
        playing[s] = running;
      }
      for (int s = 0; s < SLOTS; s++) {
        running += diff[s + SLOTS];
        playing[s] += running;
      }
      Arrays.fill(diff, 0);
      for (int s = 0; s < SLOTS; s++) {
        localSlots[s] += playing[s];
      }
      // Local slot s is UTC slot s - shift.
      for (int s = 0; s < shift; s++) {
        utcSlots[s - shift + SLOTS] += playing[s];
      }
      for (int s = shift; s < SLOTS; s++) {
        utcSlots[s - shift] += playing[s];
      }
    }
  }

  private void growProfiles(int p, int maxProfile) {
    if (p >= profileViews.length) {
      // Copied: the member's earlier profiles have counts already.
      int c = Math.max(p + 1, profileViews.length * 2);
      profileViews = Arrays.copyOf(profileViews, c);
      profileKidsViews = Arrays.copyOf(profileKidsViews, c);
    }
    for (int q = maxProfile + 1; q <= p; q++) {
      profileViews[q] = 0;
      profileKidsViews[q] = 0;
    }
  }

  /** Returns the history observed. */
  public History history() {
    return history;
  }

  /** Returns the profile the claims are about, or empty for the whole account. */
  public String scope() {
    return scope;
  }

  /** Returns the catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns the name of profile {@code p} of the history. */
  public String profileName(int p) {
    return p < profileNames.size() ? profileNames.get(p) : "profile " + p;
  }

  /** Returns the member's id. */
  public int memberId() {
    return history.memberId();
  }

  /** Returns the period's first local day. */
  public LocalDate first() {
    return first;
  }

  /** Returns the period's first local day as an epoch day. */
  public long firstDay() {
    return firstDay;
  }

  /** Returns the number of local days in the period. */
  public int days() {
    return days;
  }

  /** Returns the non-supplemental views. */
  public int views() {
    return views;
  }

  /** Returns the seconds of non-supplemental viewing. */
  public long seconds() {
    return seconds;
  }

  /** Returns the views playing in each local 15-minute slot of the day, summed over days. */
  public int localSlot(int slot) {
    return localSlots[Math.floorMod(slot, SLOTS)];
  }

  /** Returns the views playing in the four UTC slots of hour {@code h} (0-23), summed. */
  public int utcHour(int h) {
    return utcSlots[4 * h] + utcSlots[4 * h + 1] + utcSlots[4 * h + 2] + utcSlots[4 * h + 3];
  }

  /** Returns the views playing in each UTC 15-minute slot of the day, summed over days. */
  public int utcSlot(int slot) {
    return utcSlots[Math.floorMod(slot, SLOTS)];
  }

  /**
   * Returns the first local slot of the window of {@code width} slots with least viewing among
   * those starting from 20:00 to 06:00: a night, not the working day of a member who never
   * watches then.
   */
  public int quietestLocalStart(int width) {
    return quietest(localSlots, width, NIGHT_FROM_SLOT, NIGHT_SLOTS);
  }

  /** Returns the first UTC slot of the circular window of {@code width} slots with least viewing. */
  public int quietestUtcStart(int width) {
    return quietest(utcSlots, width, 0, SLOTS);
  }

  private int quietest(int[] slots, int width, int from, int count) {
    // The slots the windows cover, in a row: no wrap past midnight to test in the loops.
    int length = width + count - 1;
    if (row.length < length) {
      row = new int[length];
    }
    int[] in = row;
    for (int done = 0; done < length; ) {
      int s = (from + done) % SLOTS;
      int m = Math.min(length - done, SLOTS - s);
      System.arraycopy(slots, s, in, done, m);
      done += m;
    }
    int sum = 0;
    for (int s = 0; s < width; s++) {
      sum += in[s];
    }
    // The least (sum, window number) pair: the first least window, kept without a branch.
    long best = (long) sum << 32;
    // A sliding sum: each next window gains one slot and loses one.
    for (int c = 1; c < count; c++) {
      sum += in[c + width - 1] - in[c - 1];
      best = Math.min(best, (long) sum << 32 | c);
    }
    return (from + (int) best) % SLOTS;
  }

  /**
   * Returns the first local slot of the member's quiet window: the {@link #QUIET_SLOTS} slots of
   * the day with the least viewing, which anchor its nights.
   */
  public int quietStart() {
    nights();
    return quietStart;
  }

  /**
   * Returns the number of nights of the period (each centred on the middle of the quiet window);
   * night {@code k} runs from 12 hours before its centre on local day {@code k - 1} or {@code k} to
   * 12 hours after.
   */
  public int nights() {
    if (!nightsDone) {
      scanNights();
      nightsDone = true;
    }
    return nightCount;
  }

  /**
   * Returns when the last view before night {@code k}'s centre ended, in seconds relative to the
   * centre (negative: before it), or {@link Integer#MIN_VALUE} when no view started in the 12
   * hours before it.
   */
  public int lastEnd(int k) {
    return lastEnd[k];
  }

  /**
   * Returns when the first view after night {@code k}'s centre started, in seconds after it, or
   * {@link Integer#MAX_VALUE} when no view started in the 12 hours after it.
   */
  public int firstStart(int k) {
    return firstStart[k];
  }

  /** Returns the nights with a view in the 12 hours before their centre. */
  public int evenings() {
    nights();
    return evenings;
  }

  /**
   * Returns the usual end of the evening's viewing: the upper quartile of the nights' last view
   * ends ({@link #lastEnd}), relative to the centre; 3 evenings in 4 end by then. Meaningless
   * without evenings.
   */
  public int usualLastEnd() {
    nights();
    return usualLastEnd;
  }

  /**
   * Returns the evenings whose last view ended at or after {@code end} ({@link #lastEnd}, relative
   * to the night's centre), counted from the latest down: few when {@code end} is late.
   */
  public int eveningsEndingFrom(int end) {
    nights();
    int i = evenings;
    while (i > 0 && ends[i - 1] >= end) {
      i--;
    }
    return evenings - i;
  }

  /** Returns the interquartile range of the nights' last view ends, in seconds. */
  public int lastEndSpread() {
    nights();
    return lastEndSpread;
  }

  /** Returns the centre of the nights as seconds after local midnight. */
  public int nightCentreS() {
    nights();
    return (quietStart + QUIET_SLOTS / 2) % SLOTS * SLOT_S;
  }

  /** Returns the epoch day of the local day on which night {@code k}'s centre falls. */
  public long nightDay(int k) {
    return nightBase + k;
  }

  private long nightBase;

  private void scanNights() {
    quietStart = quietestLocalStart(QUIET_SLOTS);
    int centre = (quietStart + QUIET_SLOTS / 2) % SLOTS * SLOT_S;
    int n = days + 3;
    if (lastEnd.length < n) {
      lastEnd = new int[n];
      firstStart = new int[n];
      ends = new int[n];
    }
    int[] lastEnds = lastEnd;
    int[] firstStarts = firstStart;
    Arrays.fill(lastEnds, 0, n, Integer.MIN_VALUE);
    Arrays.fill(firstStarts, 0, n, Integer.MAX_VALUE);
    long base = Math.floorDiv(firstDay * DAY - centre, DAY) - 1;
    // Night j's centre is at local second centre of epoch day base + j: a view's local start
    // plus zero is its time after 12 hours before night 0's centre.
    long zero = DAY / 2 - base * DAY - centre;
    long limit = n * DAY;
    long[] vLocal = viewLocal;
    int[] vDuration = viewDuration;
    for (int i = 0; i < rows; i++) {
      // The view starts rel seconds after the centre of the night j nearest to it (-12 h to
      // +12 h): before it, it may end that night's evening; after it, start its morning.
      long y = vLocal[i] + zero;
      if (y < 0 || y >= limit) {
        continue;
      }
      int j = (int) (y / DAY);
      int rel = (int) (y - j * DAY) - DAY_S / 2;
      int d = vDuration[i];
      // After the centre a morning's start, before it an evening's end; the other figure is left
      // as it is (min with +infinity, max with -infinity), chosen by the sign without a branch.
      int before = rel >> 31;
      int morning = rel + ((Integer.MAX_VALUE - rel) & before);
      int evening = Integer.MIN_VALUE + ((rel + d - Integer.MIN_VALUE) & before);
      firstStarts[j] = Math.min(firstStarts[j], morning);
      lastEnds[j] = Math.max(lastEnds[j], evening);
    }
    nightBase = base;
    nightCount = n;
    int c = 0;
    for (int k = 0; k < n; k++) {
      // Kept (the count moves on) unless no evening: the count by a sign, not a branch.
      ends[c] = lastEnds[k];
      c += (int) (((long) Integer.MIN_VALUE - lastEnds[k]) >>> 63);
    }
    evenings = c;
    if (c == 0) {
      usualLastEnd = 0;
      lastEndSpread = 0;
      return;
    }
    // Both quartiles from one sort of the evenings.
    sort(ends, c);
    usualLastEnd = ends[rank(c, 0.75)];
    lastEndSpread = usualLastEnd - ends[rank(c, 0.25)];
  }

  /** Sorts the first {@code n} values in place. */
  static void sort(int[] values, int n) {
    if (n > SMALL_SORT) {
      Arrays.sort(values, 0, n);
      return;
    }
    // Insertion without a branch on the values: inserting v into the sorted a[0..i), a[k] becomes
    // min(max(a[k - 1], v), a[k]) from the top down (a[i] taken as +infinity, a[-1] as -infinity).
    // The old a[k - 1] read for a[k] is kept for a[k - 1]'s turn: one load per place.
    for (int i = 1; i < n; i++) {
      int v = values[i];
      int above = values[i - 1];
      values[i] = Math.max(above, v);
      for (int k = i - 1; k > 0; k--) {
        int below = values[k - 1];
        values[k] = Math.min(Math.max(below, v), above);
        above = below;
      }
      values[0] = Math.min(above, v);
    }
  }

  /** Returns the nearest rank of quantile {@code q} among {@code n} values. */
  static int rank(int n, double q) {
    return (int) Math.min(n - 1, Math.floor(q * (n - 1) + 0.5));
  }

  /**
   * Returns the {@code q} quantile (nearest rank) of the first {@code n} values, which it sorts:
   * the value a sort puts at that rank.
   */
  static int quantile(int[] values, int n, double q) {
    sort(values, n);
    return values[rank(n, q)];
  }

  private int[] ends = new int[0];
  private int evenings;
  private int usualLastEnd;
  private int lastEndSpread;

  /** Returns the seconds viewed from views starting on day {@code k} of the period. */
  public long daySeconds(int k) {
    return daySeconds[k + 1];
  }

  /** Returns the seconds viewed between 00:00 and 05:00 local on day {@code k} of the period. */
  public long dayNightSeconds(int k) {
    return dayNight[k + 1];
  }

  /** Returns the seconds viewed between 09:00 and 17:00 local on day {@code k}, Monday to Friday. */
  public long dayWorkSeconds(int k) {
    return dayWork[k + 1];
  }

  /** Returns whether day {@code k} of the period is Monday to Friday. */
  public boolean weekday(int k) {
    return weekdays[k];
  }

  /** Returns the number of profiles the history refers to (the highest index plus one). */
  public int profiles() {
    return profiles;
  }

  /** Returns the non-supplemental views of profile {@code p}. */
  public int profileViews(int p) {
    return profileViews[p];
  }

  /** Returns the views of profile {@code p} of titles tagged {@code kids}. */
  public int profileKidsViews(int p) {
    return profileKidsViews[p];
  }

  /** Returns the views that started while another profile's view was playing. */
  public int concurrentViews() {
    details();
    return concurrentViews;
  }

  /** Returns the distinct items (films, series) with a qualifying view. */
  public int distinctItems() {
    return distinctItems;
  }

  /** Returns the distinct items with a qualifying view carrying tag {@code k} of {@link #TAGS}. */
  public int tagItems(int k) {
    return tagItems[k];
  }

  /** Returns the seconds of qualifying views of titles carrying tag {@code k}. */
  public long tagSeconds(int k) {
    details();
    return tagSeconds[k];
  }

  /** Returns the share of the catalog's items (films, series) carrying tag {@code k}. */
  public double catalogTagShare(int k) {
    return catalogItems == 0 ? 0 : (double) itemsWithTag[k] / catalogItems;
  }

  /** Returns up to three titles (ids) of the first items watched with tag {@code k}. */
  public int tagExample(int k, int e) {
    details();
    return tagExamples[k][e];
  }

  /** Returns the number of examples kept for tag {@code k}. */
  public int tagExamples(int k) {
    return Math.min(MAX_EXAMPLES, tagItems[k]);
  }

  /** Returns the zone index (into the run's vocabulary) of the member's first view, -1 if none. */
  public int deviceZone() {
    details();
    return deviceZone;
  }

  /** Returns the UTC offset of the device clock of the member's last view, in seconds. */
  public int deviceOffsetS() {
    return deviceOffsetS;
  }

  /** Returns whether the member's devices reported more than one zone. */
  public boolean mixedZones() {
    details();
    return mixedZones;
  }

  /**
   * Returns the member's metrics (analytics), computed on first request and only then: most members
   * never need them.
   */
  public MemberMetrics metrics() {
    if (!metricsDone) {
      metrics.compute(history, catalog, first, last);
      metricsDone = true;
    }
    return metrics;
  }

  /** Returns the most seconds viewed in one window of 7 x 24 h. */
  public long weekSeconds() {
    return weekHours.maxSeconds(history);
  }

  /** Returns the qualifying views of episodes: an upper bound of any window's episode count. */
  public int qualifyingEpisodes() {
    return qualifyingEpisodes;
  }

  /**
   * Returns the most qualifying views of episodes (of any series, rewatches included) starting in
   * one window of {@code days} x 24 h: an upper bound of any series' distinct episodes in such a
   * window ({@code MemberMetrics#windowEpisodes()}), found with two pointers over their starts.
   */
  public int episodeWindowViews(int days) {
    long width = days * DAY;
    long[] starts = episodeStarts;
    int q = qualifyingEpisodes;
    int best = 0;
    int right = 0;
    for (int a = 0; a < q && right < q; a++) {
      long limit = starts[a] + width;
      while (right < q && starts[right] < limit) {
        right++;
      }
      best = Math.max(best, right - a);
    }
    return best;
  }

  /** Returns whether some qualifying view is of a season on its release day inside the period. */
  public boolean raceCandidate() {
    return raceCandidate;
  }
}
