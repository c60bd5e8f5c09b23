package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The figures of one member's history, definitions in docs/metrics.md. One instance per thread:
 * {@link #compute} overwrites every figure and reuses arrays sized to the longest history and the
 * catalog, so computing a member makes no object per view (nor, once warm, any at all).
 *
 * <p>Local time is the history's {@code startLocal}: a view's clock keeps the offset of its start
 * for its whole duration. Durations (sittings, windows) are real seconds of {@code startUtc}.
 */
public final class MemberMetrics {
  private static final long DAY = 86_400L;
  private static final int DAY_I = 86_400;
  // The end of the last sitting of a profile that has none open: any view opens one.
  private static final long NEVER = Long.MIN_VALUE / 4;
  private static final long NO_RELEASE = Long.MIN_VALUE;
  // Days either side of the period with a per-day slot and working hours in a table.
  private static final int PAD = 8;

  private final MetricOptions options;
  // Per weekday w (0 = Monday): its working hours at w and the next day's at w + 7, in seconds
  // after w's midnight, as end << 32 | start; a weekend's are empty.
  private final long[] workDays = new long[14];
  // The same per local day of the period and PAD days either side, at day - firstDay + PAD.
  private long[] hoursOn = new long[0];

  // Per catalog, rebuilt when a different catalog is passed in.
  private Catalog catalog;
  private int seriesCount;
  private int[] minSeconds;
  private int[] seriesOf;
  private int[] seasonOf;
  // The release day of the title's season (its earliest episode's) as an epoch day, or NO_RELEASE.
  private long[] releaseOf;
  private int[] seasonSize;
  private int[] titleStamp;
  private int[] seasonStamp;
  private int[] seasonCount;
  private int[] windowCount;
  private int[] seriesDistinct;
  private int stamp;
  // The current run of local days of each title, valid where streakStamp is the member's stamp.
  private int[] streakStamp;
  private long[] streakLastDay;
  private int[] streakRun;

  // Per profile (grown to the most profiles seen): the open sitting of profile p, and the last
  // sitting counted as a binge.
  private long[] sittingStart = new long[0];
  private long[] sittingEnd = new long[0];
  private long[] sittingId = new long[0];
  private long[] bingeSitting = new long[0];
  // Qualifying episodes of series s in profile p's sitting seriesSitting[p * (seriesCount + 1) +
  // s] at the same place of seriesRun. Sitting ids never repeat, so nothing is cleared between
  // sittings or members.
  private long[] seriesSitting = new long[0];
  private int[] seriesRun = new int[0];
  private long sittingSerial;

  // Per period, recomputed when the period changes.
  private LocalDate periodFirst;
  private LocalDate periodLast;
  private long firstDay;
  private long lastDay;

  // Per history, grown to the longest seen: the streak's keys when it needs sorting, and the
  // qualifying episode views (start, title, series) for the window.
  private long[] streakKeys = new long[0];
  private long[] windowStart = new long[0];
  // Per qualifying episode view: its series << 32 | its title.
  private long[] windowKey = new long[0];
  private int windowViews;
  private boolean episodeRewatched;
  private long[] daySeconds = new long[0];

  private int memberId;
  private long viewingSeconds;
  private int periodDays;
  private long periodSeconds;
  private long maxDailySeconds;
  private int sittings;
  private int bingeSittings;
  private long longestSittingS;
  private int windowEpisodes;
  private int windowSeries;
  private int longestStreakDays;
  private int streakTitle;
  private long streakEndDay;
  private long nightSeconds;
  private long workSeconds;
  // The night and working seconds of views that end after the next midnight.
  private long longNightSeconds;
  private long longWorkSeconds;
  private int bingeRaces;

  /** Creates a calculator with the default options. */
  public MemberMetrics() {
    this(MetricOptions.DEFAULTS);
  }

  /** Creates a calculator with the given options. */
  public MemberMetrics(MetricOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    for (int wd = 0; wd < 7; wd++) {
      for (int next = 0; next < 2; next++) {
        if ((wd + next) % 7 < 5) {
          workDays[wd + 7 * next] = (long) (options.workEndS() + next * DAY_I) << 32
              | options.workStartS() + next * DAY_I;
        }
      }
    }
  }

  /** Returns the options. */
  public MetricOptions options() {
    return options;
  }

  /**
   * Computes every figure of the history (which must be in order, see {@link History#sort()}) for
   * the period of local days {@code [first, last]}, and returns this object.
   */
  public MemberMetrics compute(History h, Catalog c, LocalDate first, LocalDate last) {
    if (!first.equals(periodFirst) || !last.equals(periodLast)) {
      period(first, last);
    }
    if (c != catalog) {
      index(c);
    }
    if (++stamp == 0) {
      // After 2^32 members the stamps wrap; clearing keeps an old member's stamp from matching.
      Arrays.fill(titleStamp, 0);
      Arrays.fill(seasonStamp, 0);
      Arrays.fill(streakStamp, 0);
      stamp = 1;
    }
    ensureCapacity(h.size());
    memberId = h.memberId();
    scan(h);
    window();
    return this;
  }

  private void period(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends before it starts: " + first + ".." + last);
    }
    // Members of a run share one period: converting it once per member showed in the profile.
    firstDay = first.toEpochDay();
    lastDay = last.toEpochDay();
    periodDays = Math.toIntExact(lastDay - firstDay + 1);
    if (daySeconds.length < periodDays + 2 * PAD) {
      daySeconds = new long[periodDays + 2 * PAD];
    }
    hoursOn = new long[periodDays + 2 * PAD];
    for (int k = 0; k < hoursOn.length; k++) {
      hoursOn[k] = workDays[(int) Math.floorMod(firstDay + k - PAD + 3, 7)];
    }
    periodFirst = first;
    periodLast = last;
  }

  private void index(Catalog c) {
    int titles = c.size();
    seriesCount = c.series().size();
    minSeconds = new int[titles];
    seriesOf = new int[titles];
    seasonOf = new int[titles];
    releaseOf = new long[titles];
    int seasons = c.seasonCount();
    seasonSize = new int[seasons];
    for (int k = 0; k < seasons; k++) {
      seasonSize[k] = c.seasonSize(k);
    }
    for (int t = 0; t < titles; t++) {
      Title title = c.title(t);
      minSeconds[t] = options.level().minSeconds(title.runtimeS(), options.thresholds());
      seriesOf[t] = title.seriesIndex();
      seasonOf[t] = c.seasonOf(t);
      releaseOf[t] = seasonOf[t] >= 0 ? c.seasonReleaseDay(seasonOf[t]) : NO_RELEASE;
    }
    titleStamp = new int[titles];
    seasonStamp = new int[seasons];
    seasonCount = new int[seasons];
    windowCount = new int[titles];
    seriesDistinct = new int[seriesCount];
    streakStamp = new int[titles];
    streakLastDay = new long[titles];
    streakRun = new int[titles];
    // The per-profile series counts are laid out by the catalog's series count.
    growProfiles(1);
    stamp = 0;
    catalog = c;
  }

  /** Makes room for profiles 0 .. profiles - 1; called between members only. */
  private void growProfiles(int profiles) {
    int c = Math.max(profiles, sittingStart.length * 2);
    sittingStart = new long[c];
    sittingEnd = new long[c];
    sittingId = new long[c];
    bingeSitting = new long[c];
    // One slot per series and one more, which films share, per profile. Sitting 0 never exists.
    seriesSitting = new long[c * (seriesCount + 1)];
    seriesRun = new int[c * (seriesCount + 1)];
  }

  private void ensureCapacity(int n) {
    if (streakKeys.length < n) {
      int c = Math.max(n, streakKeys.length * 2);
      streakKeys = new long[c];
      windowStart = new long[c];
      windowKey = new long[c];
    }
  }

  /**
   * One pass over the history for every figure but the window's. The tests the branch predictor
   * cannot learn (does a view open a sitting, is it an episode, is its day a weekday) are
   * computed without branches.
   */
  private void scan(History h) {
    int n = h.size();
    int cur = stamp;
    long gap = options.sittingGapS();
    int bingeEpisodes = options.bingeEpisodes();
    int nightStart = options.nightStartS();
    int nightEnd = options.nightEndS();
    long[] work = workDays;
    long[] on = hoursOn;
    int onDays = on.length;
    int slots = seriesCount + 1;
    long base = firstDay - PAD;
    int inPeriod = periodDays;
    long[] perDay = daySeconds;
    Arrays.fill(perDay, 0, onDays, 0L);
    long serial = sittingSerial;
    // Profile arrays are grown before the loop: a call inside it would make the JIT reload every
    // array of the history on each view and check its bounds.
    int profiles = h.profileBound();
    if (profiles > sittingStart.length) {
      growProfiles(profiles);
    }
    // No profile has a sitting open: the first view of each opens one.
    Arrays.fill(sittingEnd, 0, profiles, NEVER);
    long[] opened = sittingStart;
    long[] reached = sittingEnd;
    long[] ids = sittingId;
    long[] inSeries = seriesSitting;
    int[] seriesViews = seriesRun;
    int[] min = minSeconds;
    int[] seriesOfTitle = seriesOf;
    long[] lastDays = streakLastDay;
    int[] runs = streakRun;
    int[] stamps = streakStamp;
    long[] release = releaseOf;
    long[] starts = windowStart;
    long[] startKey = windowKey;
    long total = 0;
    long night = 0;
    long working = 0;
    long initial = serial;
    long longest = 0;
    int episodes = 0;
    int best = 0;
    int bestTitle = -1;
    long bestEnd = 0;
    // Bit 0: an episode has two qualifying views that may fall in one window; bit 1: a title's
    // local days go back.
    int flags = 0;
    // Two views less than a window apart in real time start at most this many local days apart:
    // their UTC offsets differ by at most 36 hours (History keeps offsets within 18 hours).
    long nearDays = options.windowDays() + 2;
    // Rare events are counted out of the loop, in fields.
    bingeSittings = 0;
    bingeRaces = 0;
    longNightSeconds = 0;
    longWorkSeconds = 0;
    for (int i = 0; i < n; i++) {
      // Profile, duration and kind in one load; title and offset in another, for rows that are not
      // supplemental.
      long play = h.play(i);
      int p = History.profileOf(play);
      long startUtc = h.startUtc(i);
      int d = History.durationOf(play);
      // Sittings take every row, supplemental included: a trailer is part of the evening. A
      // sitting is counted when it opens and its length kept as it grows, so none is closed.
      long viewEnd = startUtc + d;
      long lastEnd = reached[p];
      // All ones when the view continues the profile's sitting, zero when it opens one: masks,
      // not a condition, which the JIT would turn back into a branch.
      long keeps = (startUtc - lastEnd - gap - 1) >> 63;
      serial += 1 + keeps;
      long began = (opened[p] & keeps) | (startUtc & ~keeps);
      // Measured from the latest end so far: a view inside a longer one does not split it.
      long reach = (Math.max(lastEnd, viewEnd) & keeps) | (viewEnd & ~keeps);
      // The profile's sitting: ids never repeat, so series counts keyed by it need no clearing.
      long sitting = (ids[p] & keeps) | (serial & ~keeps);
      ids[p] = sitting;
      opened[p] = began;
      reached[p] = reach;
      longest = Math.max(longest, reach - began);
      if (History.isSupplementalOf(play)) {
        continue;
      }
      long what = h.what(i);
      total += d;
      // The local clock is kept by the history: the day and the seconds after its midnight.
      long day = History.localDayOf(what);
      // Days of the period and PAD days either side have a slot (the period's sums are read
      // from the period's slots only) and their working hours in a table.
      int o = (int) (day - base);
      long hours;
      if (o >= 0 && o < onDays) {
        perDay[o] += d;
        hours = on[o];
      } else {
        hours = work[(int) Math.floorMod(day + 3, 7)];
      }
      int fromMidnight = History.secondOfDayOf(what);
      long toMidnight = fromMidnight + d;
      if (toMidnight <= DAY) {
        // Most views end on the day they start: its windows only, a weekend's work window empty.
        int from = fromMidnight;
        int to = (int) toMidnight;
        night += Math.max(0, Math.min(to, nightEnd) - Math.max(from, nightStart));
        working += Math.max(0, Math.min(to, (int) (hours >>> 32)) - Math.max(from, (int) hours));
      } else if (toMidnight <= 2 * DAY) {
        // Nearly all others end the next day: both days' windows.
        int from = fromMidnight;
        int to = (int) toMidnight;
        long next = work[(int) Math.floorMod(day + 3, 7) + 7];
        night += Math.max(0, Math.min(to, nightEnd) - Math.max(from, nightStart))
            + Math.max(0, Math.min(to, nightEnd + DAY_I) - Math.max(from, nightStart + DAY_I));
        working += Math.max(0, Math.min(to, (int) (hours >>> 32)) - Math.max(from, (int) hours))
            + Math.max(0, Math.min(to, (int) (next >>> 32)) - Math.max(from, (int) next));
      } else {
        longView(day * DAY + fromMidnight, d, day);
      }
      int t = History.titleOf(what);
      if (d < min[t]) {
        continue;
      }
      // A qualifying view from here on.
      int s = seriesOfTitle[t];
      // Films count in a slot of their own, without a branch; their counts are never read.
      int film = s >> 31;
      int episode = 1 + film;
      int slot = p * slots + ((s & ~film) | ((slots - 1) & film));
      long other = inSeries[slot] - sitting;
      int same = ~(int) ((other | -other) >> 63);
      int inSitting = ((seriesViews[slot] + 1) & same) | (1 & ~same);
      inSeries[slot] = sitting;
      seriesViews[slot] = inSitting;
      // A sitting is a binge once one series reaches the bar in it; counted then, once.
      if (inSitting == bingeEpisodes && episode != 0) {
        binge(p, sitting);
      }
      starts[episodes] = startUtc;
      startKey[episodes] = (long) s << 32 | t;
      episodes += episode;
      // Views are in order of start, so each title's local days come in order (checked, as
      // devices in other zones or a DST change can move one back): a title's run is extended
      // view by view, without sorting.
      int run = 0;
      if (stamps[t] != cur) {
        stamps[t] = cur;
        lastDays[t] = day;
        run = runs[t] = 1;
      } else if (day == lastDays[t]) {
        flags |= episode;
      } else if (day > lastDays[t]) {
        // A view farther from the title's latest than any window reaches needs no per-episode
        // counts in the window (the latest is the nearest: days go forward here).
        flags |= episode & (int) ((day - lastDays[t] - nearDays - 1) >>> 63);
        run = runs[t] = day == lastDays[t] + 1 ? runs[t] + 1 : 1;
        lastDays[t] = day;
      } else if (day < lastDays[t]) {
        flags |= episode | 2;
      }
      // Ties go to the streak that ended first, then to the lower title id.
      if (run > best
          || (run == best && run > 0 && (day < bestEnd || (day == bestEnd && t < bestTitle)))) {
        best = run;
        bestTitle = t;
        bestEnd = day;
      }
      if (day == release[t]) {
        released(t);
      }
    }
    long max = 0;
    long period = 0;
    for (int o = PAD; o < PAD + inPeriod; o++) {
      max = Math.max(max, perDay[o]);
      period += perDay[o];
    }
    sittingSerial = serial;
    viewingSeconds = total;
    nightSeconds = night + longNightSeconds;
    workSeconds = working + longWorkSeconds;
    periodSeconds = period;
    maxDailySeconds = max;
    sittings = (int) (serial - initial);
    longestSittingS = longest;
    windowViews = episodes;
    episodeRewatched = (flags & 1) != 0;
    if ((flags & 2) != 0) {
      sortedStreak(h);
    } else {
      longestStreakDays = best;
      streakTitle = bestTitle;
      streakEndDay = bestEnd;
    }
  }

  /** Adds a view that ends after the next midnight to the night and working seconds. */
  private void longView(long start, int d, long day) {
    long end = start + d;
    // Its seconds are split between the days they fall on.
    for (long o = day; o * DAY < end; o++) {
      long base = o * DAY;
      longNightSeconds +=
          overlap(start, end, base + options.nightStartS(), base + options.nightEndS());
      if (Math.floorMod(o + 3, 7) < 5) {
        longWorkSeconds +=
            overlap(start, end, base + options.workStartS(), base + options.workEndS());
      }
    }
  }

  /** Counts profile p's sitting as a binge, once. */
  private void binge(int p, long sitting) {
    if (bingeSitting[p] != sitting) {
      bingeSitting[p] = sitting;
      bingeSittings++;
    }
  }

  /** Counts a qualifying view of title t on its season's release day towards a race. */
  private void released(int t) {
    int cur = stamp;
    if (titleStamp[t] != cur) {
      int season = seasonOf[t];
      titleStamp[t] = cur;
      if (seasonStamp[season] != cur) {
        seasonStamp[season] = cur;
        seasonCount[season] = 0;
      }
      if (++seasonCount[season] == seasonSize[season]) {
        bingeRaces++;
      }
    }
  }

  private static long overlap(long start, long end, long from, long to) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from));
  }

  /** The most distinct episodes of one series in a window: two pointers, one count per episode. */
  private void window() {
    if (!episodeRewatched) {
      windowOnce();
      return;
    }
    long width = options.windowDays() * DAY;
    int best = 0;
    int bestSeries = -1;
    int right = 0;
    int q = windowViews;
    for (int a = 0; a < q; a++) {
      long limit = windowStart[a] + width;
      for (; right < q && windowStart[right] < limit; right++) {
        // An episode's first view in the window counts for its series, without a branch.
        long key = windowKey[right];
        int views = windowCount[(int) key]++;
        seriesDistinct[(int) (key >>> 32)] += (views - 1) >>> 31;
      }
      // Only the series of the window's first view is a candidate: any series reaches its maximum
      // in a window starting at one of its own views.
      long key = windowKey[a];
      int s = (int) (key >>> 32);
      if (seriesDistinct[s] > best) {
        best = seriesDistinct[s];
        bestSeries = s;
      }
      int views = --windowCount[(int) key];
      seriesDistinct[s] -= (views - 1) >>> 31;
    }
    // Every episode view entered the window before it was its first view and left it then, so the
    // counts are all zero again for the next member.
    windowEpisodes = best;
    windowSeries = bestSeries;
  }

  /**
   * The window when no episode has two qualifying views, the usual case: each view is then a
   * distinct episode, counted per series without the per-episode counts (a fifth of the time).
   */
  private void windowOnce() {
    long width = options.windowDays() * DAY;
    long[] starts = windowStart;
    long[] keys = windowKey;
    int[] inWindow = seriesDistinct;
    int best = 0;
    int bestSeries = -1;
    int right = 0;
    int q = windowViews;
    for (int a = 0; a < q; a++) {
      long limit = starts[a] + width;
      for (; right < q && starts[right] < limit; right++) {
        inWindow[(int) (keys[right] >>> 32)]++;
      }
      int s = (int) (keys[a] >>> 32);
      int views = inWindow[s];
      if (views > best) {
        best = views;
        bestSeries = s;
      }
      inWindow[s] = views - 1;
    }
    // Every view entered the window and left it, so the counts are all zero again.
    windowEpisodes = best;
    windowSeries = bestSeries;
  }

  /** The longest streak by sorting (title, day) keys, for histories whose days go back. */
  private void sortedStreak(History h) {
    int q = 0;
    for (int i = 0; i < h.size(); i++) {
      int t = h.title(i);
      if (h.supplemental(i) == Supplemental.NONE && h.durationS(i) >= minSeconds[t]) {
        long day = h.localDay(i);
        streakKeys[q++] = (long) t << 32 | ((day + 0x8000_0000L) & 0xFFFF_FFFFL);
      }
    }
    Arrays.sort(streakKeys, 0, q);
    int best = 0;
    int bestTitle = -1;
    long bestEnd = 0;
    int run = 0;
    for (int a = 0; a < q; a++) {
      long key = streakKeys[a];
      if (a > 0 && key == streakKeys[a - 1]) {
        continue;
      }
      boolean continues = a > 0 && key == streakKeys[a - 1] + 1 && title(key) == title(key - 1);
      run = continues ? run + 1 : 1;
      long day = day(key);
      // Ties go to the streak that ended first, then to the lower title id.
      if (run > best
          || (run == best && (day < bestEnd || (day == bestEnd && title(key) < bestTitle)))) {
        best = run;
        bestTitle = title(key);
        bestEnd = day;
      }
    }
    longestStreakDays = best;
    streakTitle = bestTitle;
    streakEndDay = bestEnd;
  }

  private static int title(long key) {
    return (int) (key >>> 32);
  }

  private static long day(long key) {
    return (key & 0xFFFF_FFFFL) - 0x8000_0000L;
  }

  /** Returns the member id of the history last computed. */
  public int memberId() {
    return memberId;
  }

  /** Returns the seconds of viewing: every non-supplemental row, in the period or not. */
  public long viewingSeconds() {
    return viewingSeconds;
  }

  /** Returns the hours of viewing: every non-supplemental row's duration, in the period or not. */
  public double viewingHours() {
    return viewingSeconds / 3_600.0;
  }

  /** Returns the number of local days in the period. */
  public int periodDays() {
    return periodDays;
  }

  /** Returns the seconds of non-supplemental views whose local day is in the period. */
  public long periodSeconds() {
    return periodSeconds;
  }

  /** Returns the mean hours per local day of the period, days without viewing included. */
  public double meanDailyHours() {
    return periodSeconds / 3_600.0 / periodDays;
  }

  /** Returns the most hours on one local day of the period, a view counting for its start day. */
  public double maxDailyHours() {
    return maxDailySeconds / 3_600.0;
  }

  /** Returns the number of sittings. */
  public int sittings() {
    return sittings;
  }

  /** Returns the number of sittings with enough qualifying views of episodes of one series. */
  public int bingeSittings() {
    return bingeSittings;
  }

  /** Returns the length of the longest sitting in seconds, from its first start to its last end. */
  public long longestSittingS() {
    return longestSittingS;
  }

  /** Returns the most distinct episodes of one series watched within one window, 0 if none. */
  public int windowEpisodes() {
    return windowEpisodes;
  }

  /** Returns the series of {@link #windowEpisodes()} (earliest window on a tie), -1 if none. */
  public int windowSeries() {
    return windowSeries;
  }

  /** Returns the most consecutive local days with a qualifying view of one title, 0 if none. */
  public int longestStreakDays() {
    return longestStreakDays;
  }

  /** Returns the title of the longest streak (earliest end, then lowest id on a tie), or -1. */
  public int streakTitle() {
    return streakTitle;
  }

  /** Returns the last local day of the longest streak as an epoch day, 0 if there is none. */
  public long streakEndDay() {
    return streakEndDay;
  }

  /** Returns the seconds of non-supplemental viewing within the night window, split by day. */
  public long nightSeconds() {
    return nightSeconds;
  }

  /** Returns the seconds of non-supplemental viewing in working hours, Monday to Friday. */
  public long workSeconds() {
    return workSeconds;
  }

  /** Returns the share of viewing seconds in the night window, 0 without viewing. */
  public double nightShare() {
    return viewingSeconds == 0 ? 0 : (double) nightSeconds / viewingSeconds;
  }

  /** Returns the share of viewing seconds in working hours on weekdays, 0 without viewing. */
  public double workShare() {
    return viewingSeconds == 0 ? 0 : (double) workSeconds / viewingSeconds;
  }

  /** Returns the number of seasons with a qualifying view of every episode on release day. */
  public int bingeRaces() {
    return bingeRaces;
  }
}
