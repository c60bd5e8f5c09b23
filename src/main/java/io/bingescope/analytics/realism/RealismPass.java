package io.bingescope.analytics.realism;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.Thresholds;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures one member at a time into a {@link RealismTally}: one pass over the member's views in time order, with
 * per-profile state in arrays reused from member to member, so it makes no object per view and keeps nothing of a
 * member once it is added. One per thread. The definitions are in docs/realism.md.
 */
public final class RealismPass {
  /** Views of one profile join one sitting when each starts at most this long after the sitting so far ended. */
  public static final int SITTING_GAP_S = 30 * 60;
  /** A binge sitting holds at least this many qualifying views of episodes of one series. */
  public static final int BINGE_EPISODES = 3;
  /** A night counts as viewing inside the sleep window when at least this much of the window was spent viewing. */
  public static final int NIGHT_VIEWING_S = 30 * 60;
  /** C3 follows a season for this many days from its episode 1. */
  public static final int C3_DAYS = 28;
  /**
   * S1 and S2 count a completer only when its season began at least this many days before the period's end, so that
   * a short period does not keep only the fast completers (a season finished after the period is never seen).
   */
  public static final int S1_DAYS = 14;
  private static final long DAY_S = 86_400;

  private final int[] minSeconds;
  private final int[] seriesOf;
  private final int[] seasonOf;
  private final int[] seasonSize;
  private final boolean[] firstOfSeason;
  private final int[] groupOf;
  private final Catalog catalog;
  private final long firstDay;
  private final long lastDay;
  private final int days;

  // Per profile: the open sitting's start and end, and the series of its qualifying episodes with their counts.
  private long[] sitStart = new long[8];
  private long[] sitEnd = new long[8];
  private boolean[] sitOpen = new boolean[8];
  private int[][] sitSeries = new int[8][4];
  private int[][] sitCounts = new int[8][4];
  private int[] sitN = new int[8];
  private int[] favourite = new int[8];
  private boolean long8;
  private boolean long12;
  // (profile, title) watched to 70% so far; (profile, season) -> index of its state below.
  private final LongIntMap qualified = new LongIntMap();
  private final LongIntMap seasons = new LongIntMap();
  private int[] seasonFirstDay = new int[16];
  private int[] seasonCount = new int[16];
  private byte[] seasonFlags = new byte[16];
  private static final byte STARTED_WITH_FIRST = 1;
  private static final byte FOLLOWED_FOR_C3 = 2;
  private static final byte FOLLOWED_FOR_S1 = 4;
  private final long[] nightSeconds;

  /** Creates a pass over members of a run with the given catalog and period (local days, inclusive). */
  public RealismPass(Catalog catalog, LocalDate first, LocalDate last) {
    this.catalog = catalog;
    this.firstDay = first.toEpochDay();
    this.lastDay = last.toEpochDay();
    this.days = (int) (lastDay - firstDay + 1);
    if (days < 1) {
      throw new IllegalArgumentException("period ends before it starts: " + first + ".." + last);
    }
    this.nightSeconds = new long[days];
    int n = catalog.size();
    minSeconds = new int[n];
    seriesOf = new int[n];
    seasonOf = new int[n];
    firstOfSeason = new boolean[n];
    groupOf = new int[n];
    seasonSize = new int[catalog.seasonCount()];
    for (int k = 0; k < seasonSize.length; k++) {
      seasonSize[k] = catalog.seasonSize(k);
    }
    int seriesCount = catalog.series().size();
    for (int t = 0; t < n; t++) {
      Title title = catalog.title(t);
      minSeconds[t] = Level.WATCHER.minSeconds(title.runtimeS(), Thresholds.DEFAULTS);
      boolean episode = title.kind() == TitleKind.EPISODE && title.seriesIndex() >= 0;
      seriesOf[t] = episode ? title.seriesIndex() : -1;
      // The catalog's numbering, not the title's season number: an export or a stored run may hold a series'
      // later seasons only, and its seasons are numbered from the first it holds.
      seasonOf[t] = episode ? catalog.seasonOf(t) : -1;
      firstOfSeason[t] = episode && title.episode() == 1;
      groupOf[t] = episode ? title.seriesIndex() : seriesCount + t;
    }
  }

  /** Returns the period's days. */
  public int days() {
    return days;
  }

  /**
   * Adds one member: its views (in time order) and, when known, its hidden truth ({@code traits} may be null: the
   * figures that need it are then measured on the members that have it).
   */
  public void add(History h, MemberTraits traits, RealismTally into) {
    int b = into.batchOf(h.memberId());
    int profileCount = Math.max(h.profileBound(), traits == null ? 0 : traits.profiles().size());
    prepare(profileCount, traits);
    boolean calm = traits != null && traits.lifeEvents().isEmpty()
        && traits.sleep().bedtimeMinute() != traits.sleep().wakeMinute();
    long bed = calm ? traits.sleep().bedtimeMinute() * 60L : 0;
    long wake = calm ? traits.sleep().wakeMinute() * 60L : 0;
    if (calm) {
      Arrays.fill(nightSeconds, 0);
    }
    long total = 0;
    long sleepSeconds = 0;
    int hours = b * 24;
    for (int i = 0, n = h.size(); i < n; i++) {
      long play = h.play(i);
      long what = h.what(i);
      int p = History.profileOf(play);
      int dur = Math.max(0, History.durationOf(play));
      long start = h.startUtc(i);
      long day = History.localDayOf(what);
      int sod = History.secondOfDayOf(what);
      total += dur;
      spreadOverHours(into.hourSeconds, hours, sod, dur);
      int dow = (int) Math.floorMod(day + 3, 7L); // 0 = Monday
      if (dow >= 5) {
        into.weekendSeconds[b] += dur;
      } else {
        into.weekdaySeconds[b] += dur;
      }
      if (calm) {
        sleepSeconds += inSleep(day * DAY_S + sod, dur, bed, wake);
      }
      // Sittings: a view joins its profile's open sitting or closes it and opens one.
      if (sitOpen[p] && start <= sitEnd[p] + SITTING_GAP_S) {
        sitEnd[p] = Math.max(sitEnd[p], start + dur);
      } else {
        if (sitOpen[p]) {
          closeSitting(p, into, b);
        }
        sitOpen[p] = true;
        sitStart[p] = start;
        sitEnd[p] = start + dur;
        sitN[p] = 0;
      }
      if (History.isSupplementalOf(play)) {
        continue;
      }
      int t = History.titleOf(what);
      into.starts[b]++;
      into.titleSeconds[b] += dur;
      long key = (long) p << 32 | t;
      boolean seen = qualified.get(key) >= 0;
      if (seen || favourite[p] == groupOf[t]) {
        into.rewatchSeconds[b] += dur;
      }
      if (dur < minSeconds[t]) {
        continue;
      }
      into.qualifyingStarts[b]++;
      int series = seriesOf[t];
      if (series >= 0) {
        countInSitting(p, series);
      }
      if (seen) {
        continue;
      }
      qualified.put(key, 1);
      if (series >= 0) {
        season(p, t, (int) (day - firstDay), into, b);
      }
    }
    for (int p = 0; p < profileCount; p++) {
      if (sitOpen[p]) {
        closeSitting(p, into, b);
      }
    }
    into.members[b]++;
    into.seconds[b] += total;
    int bucket = RealismTally.bucket(total);
    into.histCount[b * RealismTally.HIST + bucket]++;
    into.histSum[b * RealismTally.HIST + bucket] += total;
    if (long8) {
      into.sit8[b]++;
    }
    if (long12) {
      into.sit12[b]++;
    }
    if (traits != null) {
      into.truthMembers[b]++;
      into.profiles[b] += traits.profiles().size();
      for (MemberTraits.Profile pr : traits.profiles()) {
        if (pr.kids()) {
          into.kidsAccounts[b]++;
          break;
        }
      }
    }
    if (calm) {
      into.calmMembers[b]++;
      into.calmSeconds[b] += total;
      into.calmSleepSeconds[b] += sleepSeconds;
      int nights = 0;
      for (long s : nightSeconds) {
        if (s >= NIGHT_VIEWING_S) {
          nights++;
        }
      }
      if (2 * nights > days) {
        into.calmMostNights[b]++;
      }
    }
  }

  private void prepare(int profileCount, MemberTraits traits) {
    if (profileCount > sitStart.length) {
      int c = Math.max(profileCount, 2 * sitStart.length);
      sitStart = Arrays.copyOf(sitStart, c);
      sitEnd = Arrays.copyOf(sitEnd, c);
      sitOpen = Arrays.copyOf(sitOpen, c);
      sitN = Arrays.copyOf(sitN, c);
      favourite = Arrays.copyOf(favourite, c);
      int old = sitSeries.length;
      sitSeries = Arrays.copyOf(sitSeries, c);
      sitCounts = Arrays.copyOf(sitCounts, c);
      for (int p = old; p < c; p++) {
        sitSeries[p] = new int[4];
        sitCounts[p] = new int[4];
      }
    }
    Arrays.fill(sitOpen, false);
    Arrays.fill(favourite, -1);
    if (traits != null) {
      List<MemberTraits.Profile> ps = traits.profiles();
      for (int p = 0; p < ps.size(); p++) {
        favourite[p] = favouriteGroup(ps.get(p));
      }
    }
    long8 = false;
    long12 = false;
    qualified.clear();
    seasons.clear();
  }

  /**
   * Returns the group (series, or film) of a profile's favourite from before the period, or -1: the truth names it,
   * a series by its name first, else a film by its title.
   */
  private int favouriteGroup(MemberTraits.Profile profile) {
    String name = profile.favourite();
    if (name == null || name.isEmpty()) {
      return -1;
    }
    Optional<Series> series = catalog.seriesNamed(name);
    if (series.isPresent()) {
      return series.get().index();
    }
    Optional<Integer> film = catalog.filmNamed(name);
    return film.isPresent() ? catalog.series().size() + film.get() : -1;
  }

  private void closeSitting(int p, RealismTally into, int b) {
    long length = sitEnd[p] - sitStart[p];
    if (length >= 8 * 3_600L) {
      long8 = true;
      if (length >= 12 * 3_600L) {
        long12 = true;
        if (length >= 24 * 3_600L) {
          into.sit24[b]++;
        }
      }
    }
    int most = 0;
    for (int j = 0; j < sitN[p]; j++) {
      most = Math.max(most, sitCounts[p][j]);
    }
    if (most >= BINGE_EPISODES) {
      into.bingeSittings[b]++;
      into.bingeEpisodes[b] += most;
      into.bingeSeconds[b] += length;
    }
    sitOpen[p] = false;
  }

  private void countInSitting(int p, int series) {
    int n = sitN[p];
    int[] ss = sitSeries[p];
    for (int j = 0; j < n; j++) {
      if (ss[j] == series) {
        sitCounts[p][j]++;
        return;
      }
    }
    if (n == ss.length) {
      sitSeries[p] = ss = Arrays.copyOf(ss, 2 * n);
      sitCounts[p] = Arrays.copyOf(sitCounts[p], 2 * n);
    }
    ss[n] = series;
    sitCounts[p][n] = 1;
    sitN[p] = n + 1;
  }

  /** Takes the first qualifying view of an episode by a profile into its season's state. */
  private void season(int p, int t, int dayIndex, RealismTally into, int b) {
    int k = seasonOf[t];
    long key = (long) p << 32 | k;
    int s = seasons.get(key);
    if (s < 0) {
      s = seasons.size();
      if (s == seasonFirstDay.length) {
        seasonFirstDay = Arrays.copyOf(seasonFirstDay, 2 * s);
        seasonCount = Arrays.copyOf(seasonCount, 2 * s);
        seasonFlags = Arrays.copyOf(seasonFlags, 2 * s);
      }
      seasons.put(key, s);
      seasonFirstDay[s] = dayIndex;
      seasonCount[s] = 0;
      byte flags = 0;
      if (firstOfSeason[t]) {
        flags |= STARTED_WITH_FIRST;
        if (dayIndex + S1_DAYS <= days) {
          flags |= FOLLOWED_FOR_S1;
        }
        // Followed for C3 only when the period shows all 28 days from episode 1.
        if (dayIndex + C3_DAYS <= days) {
          flags |= FOLLOWED_FOR_C3;
          into.c3Started[b]++;
        }
      }
      seasonFlags[s] = flags;
    }
    if (++seasonCount[s] == seasonSize[k]) {
      int span = dayIndex - seasonFirstDay[s] + 1;
      if ((seasonFlags[s] & FOLLOWED_FOR_S1) != 0) {
        into.completerDays[b * (RealismTally.MAX_DAYS + 1) + Math.min(span, RealismTally.MAX_DAYS)]++;
      }
      if ((seasonFlags[s] & FOLLOWED_FOR_C3) != 0 && span <= C3_DAYS) {
        into.c3Finished[b]++;
      }
    }
  }

  /** Adds a view's seconds to the local hours it covers (a view past midnight goes on into the early hours). */
  static void spreadOverHours(long[] hourSeconds, int base, int secondOfDay, int duration) {
    int s = secondOfDay;
    int left = duration;
    while (left > 0) {
      int take = Math.min(left, 3_600 - s % 3_600);
      hourSeconds[base + s / 3_600] += take;
      left -= take;
      s += take;
      if (s >= DAY_S) {
        s -= DAY_S;
      }
    }
  }

  /**
   * Returns the seconds of [localStart, localStart + duration) inside the daily sleep window [bed, wake) (seconds of
   * the day; the window crosses midnight when bed > wake), and adds them to the nights they fall in.
   */
  private long inSleep(long localStart, int duration, long bed, long wake) {
    long end = localStart + duration;
    long total = 0;
    long length = bed < wake ? wake - bed : DAY_S - bed + wake;
    for (long d = Math.floorDiv(localStart, DAY_S) - 1; d * DAY_S + bed < end; d++) {
      long from = Math.max(localStart, d * DAY_S + bed);
      long to = Math.min(end, d * DAY_S + bed + length);
      if (to > from) {
        total += to - from;
        long night = d - firstDay;
        if (night >= 0 && night < days) {
          nightSeconds[(int) night] += to - from;
        }
      }
    }
    return total;
  }
}
