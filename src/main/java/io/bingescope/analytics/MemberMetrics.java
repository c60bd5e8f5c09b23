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
  private int[] sittingCount;
  private int stamp;

  // Per history, grown to the longest seen.
  private boolean[] qualifying = new boolean[0];
  private int[] qualified = new int[0];
  private int qualifiedCount;
  private int[] byProfile = new int[0];
  private int[] profileStarts = new int[0];
  private long[] streakKeys = new long[0];
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
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends before it starts: " + first + ".." + last);
    }
    if (c != catalog) {
      index(c);
    }
    if (++stamp == 0) {
      // After 2^32 members the stamps wrap; clearing keeps an old member's stamp from matching.
      Arrays.fill(titleStamp, 0);
      Arrays.fill(seasonStamp, 0);
      stamp = 1;
    }
    int n = h.size();
    ensureCapacity(n);
    memberId = h.memberId();
    markQualifying(h);
    viewingTime(h, first.toEpochDay(), last.toEpochDay());
    sittings(h);
    window(h);
    streak(h);
    bingeRaces(h);
    return this;
  }

  private void index(Catalog c) {
    int titles = c.size();
    int seriesCount = c.series().size();
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
    sittingCount = new int[seriesCount];
    stamp = 0;
    catalog = c;
  }

  private void ensureCapacity(int n) {
    if (qualifying.length < n) {
      int c = Math.max(n, qualifying.length * 2);
      qualifying = new boolean[c];
      qualified = new int[c];
      byProfile = new int[c];
      streakKeys = new long[c];
    }
  }

  private void markQualifying(History h) {
    int q = 0;
    for (int i = 0; i < h.size(); i++) {
      boolean yes =
          h.supplemental(i) == Supplemental.NONE && h.durationS(i) >= minSeconds[h.title(i)];
      qualifying[i] = yes;
      if (yes) {
        qualified[q++] = i;
      }
    }
    qualifiedCount = q;
  }

  private void viewingTime(History h, long firstDay, long lastDay) {
    periodDays = Math.toIntExact(lastDay - firstDay + 1);
    if (daySeconds.length < periodDays) {
      daySeconds = new long[periodDays];
    } else {
      Arrays.fill(daySeconds, 0, periodDays, 0L);
    }
    long total = 0;
    long night = 0;
    long work = 0;
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) != Supplemental.NONE) {
        continue;
      }
      int d = h.durationS(i);
      long start = h.startLocal(i);
      total += d;
      long day = Math.floorDiv(start, DAY);
      if (day >= firstDay && day <= lastDay) {
        daySeconds[(int) (day - firstDay)] += d;
      }
      long end = start + d;
      // A view may run past midnight: its seconds are split between the days they fall on.
      for (long k = day; k * DAY < end; k++) {
        long base = k * DAY;
        night += overlap(start, end, base + options.nightStartS(), base + options.nightEndS());
        if (Math.floorMod(k + 3, 7) < 5) {
          work += overlap(start, end, base + options.workStartS(), base + options.workEndS());
        }
      }
    }
    viewingSeconds = total;
    nightSeconds = night;
    workSeconds = work;
    long sum = 0;
    long max = 0;
    for (int k = 0; k < periodDays; k++) {
      sum += daySeconds[k];
      max = Math.max(max, daySeconds[k]);
    }
    periodSeconds = sum;
    maxDailySeconds = max;
  }

  private static long overlap(long start, long end, long from, long to) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from));
  }

  private void sittings(History h) {
    int n = h.size();
    int profiles = 0;
    for (int i = 0; i < n; i++) {
      profiles = Math.max(profiles, h.profile(i) + 1);
    }
    if (profileStarts.length < profiles + 1) {
      profileStarts = new int[profiles + 1];
    }
    // A stable counting sort by profile: each profile's views stay in time order.
    Arrays.fill(profileStarts, 0, profiles + 1, 0);
    for (int i = 0; i < n; i++) {
      profileStarts[h.profile(i) + 1]++;
    }
    for (int p = 0; p < profiles; p++) {
      profileStarts[p + 1] += profileStarts[p];
    }
    for (int i = 0; i < n; i++) {
      byProfile[profileStarts[h.profile(i)]++] = i;
    }
    // The fill pass moved each start to the next profile's; walking the runs in order needs only
    // the ends, which is where the starts now are.
    int count = 0;
    int binges = 0;
    long longest = 0;
    int runStart = 0;
    for (int p = 0; p < profiles; p++) {
      int runEnd = profileStarts[p];
      int k = runStart;
      while (k < runEnd) {
        int sittingFirst = k;
        int i = byProfile[k];
        long start = h.startUtc(i);
        long end = start + h.durationS(i);
        int most = countEpisode(h, i, 0);
        for (k++; k < runEnd; k++) {
          int j = byProfile[k];
          if (h.startUtc(j) - end > options.sittingGapS()) {
            break;
          }
          // Measured from the latest end so far: a view inside a longer one does not split it.
          end = Math.max(end, h.startUtc(j) + h.durationS(j));
          most = countEpisode(h, j, most);
        }
        count++;
        if (most >= options.bingeEpisodes()) {
          binges++;
        }
        longest = Math.max(longest, end - start);
        for (int u = sittingFirst; u < k; u++) {
          int v = byProfile[u];
          if (qualifying[v] && seriesOf[h.title(v)] >= 0) {
            sittingCount[seriesOf[h.title(v)]]--;
          }
        }
      }
      runStart = runEnd;
    }
    sittings = count;
    bingeSittings = binges;
    longestSittingS = longest;
  }

  private int countEpisode(History h, int i, int most) {
    if (!qualifying[i]) {
      return most;
    }
    int s = seriesOf[h.title(i)];
    return s < 0 ? most : Math.max(most, ++sittingCount[s]);
  }

  private void window(History h) {
    long width = options.windowDays() * DAY;
    int best = 0;
    int bestSeries = -1;
    int right = 0;
    int q = qualifiedCount;
    for (int a = 0; a < q; a++) {
      int left = qualified[a];
      int s = seriesOf[h.title(left)];
      if (s < 0) {
        continue;
      }
      long limit = h.startUtc(left) + width;
      for (; right < q && h.startUtc(qualified[right]) < limit; right++) {
        int t = h.title(qualified[right]);
        if (seriesOf[t] >= 0 && windowCount[t]++ == 0) {
          seriesDistinct[seriesOf[t]]++;
        }
      }
      // Only the series of the window's first view is a candidate: any series reaches its maximum
      // in a window starting at one of its own views.
      if (seriesDistinct[s] > best) {
        best = seriesDistinct[s];
        bestSeries = s;
      }
      int t = h.title(left);
      if (--windowCount[t] == 0) {
        seriesDistinct[s]--;
      }
    }
    // Every episode view entered the window before it was its first view and left it then, so the
    // counts are all zero again for the next member.
    windowEpisodes = best;
    windowSeries = bestSeries;
  }

  private void streak(History h) {
    int q = qualifiedCount;
    for (int a = 0; a < q; a++) {
      int i = qualified[a];
      long day = Math.floorDiv(h.startLocal(i), DAY);
      // Title in the high half, day (as unsigned, so order is kept) in the low: sorting groups each
      // title's days in order.
      streakKeys[a] = (long) h.title(i) << 32 | ((day + 0x8000_0000L) & 0xFFFF_FFFFL);
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

  private void bingeRaces(History h) {
    int races = 0;
    for (int a = 0; a < qualifiedCount; a++) {
      int i = qualified[a];
      int t = h.title(i);
      int s = seasonOf[t];
      if (s < 0
          || Math.floorDiv(h.startLocal(i), DAY) != seasonReleaseDay[s]
          || titleStamp[t] == stamp) {
        continue;
      }
      titleStamp[t] = stamp;
      if (seasonStamp[s] != stamp) {
        seasonStamp[s] = stamp;
        seasonCount[s] = 0;
      }
      if (++seasonCount[s] == seasonSize[s]) {
        races++;
      }
    }
    bingeRaces = races;
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
