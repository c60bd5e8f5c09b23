package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
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

  private final MetricOptions options;

  // Per catalog, rebuilt when a different catalog is passed in.
  private Catalog catalog;
  private int seriesCount;
  private int[] minSeconds;
  private int[] seriesOf;
  private int[] seasonOf;
  private int[] seasonSize;
  private long[] seasonReleaseDay;
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

  // Per profile (grown to the most profiles seen): the open sitting of the member's profile p,
  // valid where profileStamp[p] is the member's stamp.
  private int[] profileStamp = new int[0];
  private long[] sittingStart = new long[0];
  private long[] sittingEnd = new long[0];
  private int[] sittingMost = new int[0];
  private long[] sittingId = new long[0];
  // Qualifying episodes of series s in profile p's open sitting at [p * seriesCount + s], valid
  // where sittingOf holds that sitting's id: ids never repeat, so nothing is cleared between
  // sittings or members.
  private int[] sittingCount = new int[0];
  private long[] sittingOf = new long[0];
  private long sittingSerial;

  // Per period, recomputed when the period changes.
  private LocalDate periodFirst;
  private LocalDate periodLast;
  private long firstDay;
  private long lastDay;

  // Per history, grown to the longest seen.
  private long[] streakKeys = new long[0];
  private long[] windowStart = new long[0];
  private int[] windowTitle = new int[0];
  private int windowViews;
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
  private int bingeRaces;

  /** Creates a calculator with the default options. */
  public MemberMetrics() {
    this(MetricOptions.DEFAULTS);
  }

  /** Creates a calculator with the given options. */
  public MemberMetrics(MetricOptions options) {
    this.options = Objects.requireNonNull(options, "options");
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
      Arrays.fill(profileStamp, 0);
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
    if (daySeconds.length < periodDays) {
      daySeconds = new long[periodDays];
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
    int seasons = 0;
    for (Series s : c.series()) {
      seasons += s.seasonCount();
    }
    seasonSize = new int[seasons];
    seasonReleaseDay = new long[seasons];
    Arrays.fill(seasonReleaseDay, Long.MAX_VALUE);
    for (int t = 0; t < titles; t++) {
      Title title = c.title(t);
      minSeconds[t] = options.level().minSeconds(title.runtimeS(), options.thresholds());
      seriesOf[t] = title.seriesIndex();
      seasonOf[t] = -1;
    }
    int flat = 0;
    for (Series s : c.series()) {
      int[] starts = s.seasonStarts();
      for (int season = 0; season < s.seasonCount(); season++, flat++) {
        seasonSize[flat] = starts[season + 1] - starts[season];
        for (int p = starts[season]; p < starts[season + 1]; p++) {
          int t = s.episodeAt(p);
          seasonOf[t] = flat;
          long released = c.title(t).releaseDate().toEpochDay();
          seasonReleaseDay[flat] = Math.min(seasonReleaseDay[flat], released);
        }
      }
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
    profileStamp = new int[0];
    sittingCount = new int[0];
    sittingOf = new long[0];
    growProfiles(1);
    stamp = 0;
    catalog = c;
  }

  private void growProfiles(int profiles) {
    int c = Math.max(profiles, profileStamp.length * 2);
    // Copies, not fresh arrays: lower profiles may have a sitting open.
    profileStamp = Arrays.copyOf(profileStamp, c);
    sittingStart = Arrays.copyOf(sittingStart, c);
    sittingEnd = Arrays.copyOf(sittingEnd, c);
    sittingMost = Arrays.copyOf(sittingMost, c);
    sittingId = Arrays.copyOf(sittingId, c);
    sittingCount = Arrays.copyOf(sittingCount, c * seriesCount);
    sittingOf = Arrays.copyOf(sittingOf, c * seriesCount);
  }

  private void ensureCapacity(int n) {
    if (streakKeys.length < n) {
      int c = Math.max(n, streakKeys.length * 2);
      streakKeys = new long[c];
      windowStart = new long[c];
      windowTitle = new int[c];
    }
  }

  /**
   * One pass over the history for every figure but the window's: sittings per profile, viewing
   * time, the streak, binge races, and the qualifying episode views the window needs. One pass
   * reads each view once instead of once per figure, which was most of the cost.
   */
  private void scan(History h) {
    int n = h.size();
    int cur = stamp;
    long gap = options.sittingGapS();
    int bingeEpisodes = options.bingeEpisodes();
    long nightStart = options.nightStartS();
    long nightEnd = options.nightEndS();
    long workStart = options.workStartS();
    long workEnd = options.workEndS();
    int series = seriesCount;
    long first = firstDay;
    int days = periodDays;
    long[] perDay = daySeconds;
    Arrays.fill(perDay, 0, days, 0L);
    long total = 0;
    long night = 0;
    long work = 0;
    long period = 0;
    int count = 0;
    int binges = 0;
    long longest = 0;
    int keys = 0;
    int episodes = 0;
    int best = 0;
    int bestTitle = -1;
    long bestEnd = 0;
    boolean unordered = false;
    int races = 0;
    for (int i = 0; i < n; i++) {
      int p = h.profile(i);
      long startUtc = h.startUtc(i);
      int d = h.durationS(i);
      // Sittings take every row, supplemental included: a trailer is part of the evening.
      if (p >= profileStamp.length) {
        growProfiles(p + 1);
      }
      if (profileStamp[p] != cur || startUtc - sittingEnd[p] > gap) {
        if (profileStamp[p] == cur) {
          count++;
          if (sittingMost[p] >= bingeEpisodes) {
            binges++;
          }
          longest = Math.max(longest, sittingEnd[p] - sittingStart[p]);
        }
        profileStamp[p] = cur;
        sittingStart[p] = startUtc;
        sittingEnd[p] = startUtc + d;
        sittingMost[p] = 0;
        sittingId[p] = ++sittingSerial;
      } else {
        // Measured from the latest end so far: a view inside a longer one does not split it.
        sittingEnd[p] = Math.max(sittingEnd[p], startUtc + d);
      }
      if (h.supplemental(i) != Supplemental.NONE) {
        continue;
      }
      long start = startUtc + h.offsetS(i);
      total += d;
      long day = Math.floorDiv(start, DAY);
      long k = day - first;
      if (k >= 0 && k < days) {
        period += d;
        perDay[(int) k] += d;
      }
      long fromMidnight = start - day * DAY;
      long toMidnight = fromMidnight + d;
      if (toMidnight <= DAY) {
        // Most views end on the day they start: one day's windows, no loop.
        night += overlap(fromMidnight, toMidnight, nightStart, nightEnd);
        if (Math.floorMod(day + 3, 7) < 5) {
          work += overlap(fromMidnight, toMidnight, workStart, workEnd);
        }
      } else {
        long end = start + d;
        // A view may run past midnight: its seconds are split between the days they fall on.
        for (long o = day; o * DAY < end; o++) {
          long base = o * DAY;
          night += overlap(start, end, base + nightStart, base + nightEnd);
          if (Math.floorMod(o + 3, 7) < 5) {
            work += overlap(start, end, base + workStart, base + workEnd);
          }
        }
      }
      int t = h.title(i);
      if (d < minSeconds[t]) {
        continue;
      }
      // A qualifying view from here on.
      int s = seriesOf[t];
      if (s >= 0) {
        int slot = p * series + s;
        int inSitting;
        if (sittingOf[slot] != sittingId[p]) {
          sittingOf[slot] = sittingId[p];
          inSitting = sittingCount[slot] = 1;
        } else {
          inSitting = ++sittingCount[slot];
        }
        sittingMost[p] = Math.max(sittingMost[p], inSitting);
        windowStart[episodes] = startUtc;
        windowTitle[episodes++] = t;
      }
      // Kept for the sorted streak, needed only when some title's local days go back in time.
      streakKeys[keys++] = (long) t << 32 | ((day + 0x8000_0000L) & 0xFFFF_FFFFL);
      // Views are in order of start, so each title's local days come in order (checked, as
      // devices in other zones or a DST change can move one back): a title's run is extended
      // view by view, without sorting.
      int run = 0;
      if (streakStamp[t] != cur) {
        streakStamp[t] = cur;
        streakLastDay[t] = day;
        run = streakRun[t] = 1;
      } else if (day > streakLastDay[t]) {
        run = streakRun[t] = day == streakLastDay[t] + 1 ? streakRun[t] + 1 : 1;
        streakLastDay[t] = day;
      } else if (day < streakLastDay[t]) {
        unordered = true;
      }
      // Ties go to the streak that ended first, then to the lower title id.
      if (run > best
          || (run == best && run > 0 && (day < bestEnd || (day == bestEnd && t < bestTitle)))) {
        best = run;
        bestTitle = t;
        bestEnd = day;
      }
      int season = seasonOf[t];
      if (season >= 0 && day == seasonReleaseDay[season] && titleStamp[t] != cur) {
        titleStamp[t] = cur;
        if (seasonStamp[season] != cur) {
          seasonStamp[season] = cur;
          seasonCount[season] = 0;
        }
        if (++seasonCount[season] == seasonSize[season]) {
          races++;
        }
      }
    }
    for (int p = 0; p < profileStamp.length; p++) {
      if (profileStamp[p] == cur) {
        count++;
        if (sittingMost[p] >= bingeEpisodes) {
          binges++;
        }
        longest = Math.max(longest, sittingEnd[p] - sittingStart[p]);
      }
    }
    long max = 0;
    for (int o = 0; o < days; o++) {
      max = Math.max(max, perDay[o]);
    }
    viewingSeconds = total;
    nightSeconds = night;
    workSeconds = work;
    periodSeconds = period;
    maxDailySeconds = max;
    sittings = count;
    bingeSittings = binges;
    longestSittingS = longest;
    windowViews = episodes;
    bingeRaces = races;
    if (unordered) {
      sortedStreak(keys);
    } else {
      longestStreakDays = best;
      streakTitle = bestTitle;
      streakEndDay = bestEnd;
    }
  }

  private static long overlap(long start, long end, long from, long to) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from));
  }

  private void window() {
    long width = options.windowDays() * DAY;
    int best = 0;
    int bestSeries = -1;
    int right = 0;
    int q = windowViews;
    for (int a = 0; a < q; a++) {
      long limit = windowStart[a] + width;
      for (; right < q && windowStart[right] < limit; right++) {
        int t = windowTitle[right];
        if (windowCount[t]++ == 0) {
          seriesDistinct[seriesOf[t]]++;
        }
      }
      // Only the series of the window's first view is a candidate: any series reaches its maximum
      // in a window starting at one of its own views.
      int t = windowTitle[a];
      int s = seriesOf[t];
      if (seriesDistinct[s] > best) {
        best = seriesDistinct[s];
        bestSeries = s;
      }
      if (--windowCount[t] == 0) {
        seriesDistinct[s]--;
      }
    }
    // Every episode view entered the window before it was its first view and left it then, so the
    // counts are all zero again for the next member.
    windowEpisodes = best;
    windowSeries = bestSeries;
  }

  /** The longest streak by sorting (title, day) keys, for histories whose days go back. */
  private void sortedStreak(int q) {
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
