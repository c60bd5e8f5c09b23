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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Obviously correct, slow versions of every inference's decision, spelt out from docs/inference.md
 * on the history itself: a list of views, one loop per figure, every stretch and offset tried, no
 * {@link Observations}, no packed fields, no early exits or bounds. Only what belongs to other
 * packages is borrowed, each with its own reference: whether a view qualifies ({@link Level}), the
 * binge races and the episode window ({@link MemberMetrics}, checked against analytics'
 * ReferenceMetrics), the heaviest 7 days ({@link WindowHours}), the binomial tail ({@link
 * TagAffinity#upperTail}, checked against exact sums) and the formatting of values ({@link Text}).
 * {@code ReferenceInferencesTest} holds every {@link ClaimKind}'s claims to these.
 */
final class ReferenceInferences {
  private static final long DAY = 86_400;

  private final Catalog c;
  // Each tag's share of the catalog's items, found once per catalog.
  private final Map<String, Double> shares = new java.util.HashMap<>();

  /** Creates the reference for one catalog. */
  ReferenceInferences(Catalog c) {
    this.c = c;
    List<String> tags = new ArrayList<>(SensitiveAffinityInference.TAGS);
    tags.add("holiday");
    for (String tag : tags) {
      // The catalog's items; a series carries a tag when its first episode (lowest id) does.
      Set<String> catalogItems = new HashSet<>();
      int catalogTagged = 0;
      for (Title t : c.titles()) {
        if (catalogItems.add(item(t))) {
          catalogTagged += t.hasTag(tag) ? 1 : 0;
        }
      }
      shares.put(tag, catalogItems.isEmpty() ? 0 : (double) catalogTagged / catalogItems.size());
    }
  }

  /** One claim as decided: its kind, its value and its confidence. */
  record Decision(ClaimKind kind, String value, double confidence) {
    static Decision of(Claim c) {
      return new Decision(c.kind(), c.value(), c.confidence());
    }
  }

  /** A view that is not supplemental: its profile, title, UTC and local start, and duration. */
  private record View(int profile, int title, long utc, long local, int duration) {
    long localDay() {
      return Math.floorDiv(local, DAY);
    }

    int secondOfDay() {
      return (int) Math.floorMod(local, DAY);
    }
  }

  /** Returns the claims every inference makes about a member, in kind order, as decisions. */
  List<Decision> decide(History h, List<String> profileNames, LocalDate first, LocalDate last,
      WellnessRule rule) {
    List<View> views = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      if (h.supplemental(i) == Supplemental.NONE) {
        views.add(new View(h.profile(i), h.title(i), h.startUtc(i), h.startLocal(i), h.durationS(i)));
      }
    }
    Period p = new Period(first.toEpochDay(), (int) (last.toEpochDay() - first.toEpochDay() + 1));
    MemberMetrics metrics = new MemberMetrics();
    metrics.compute(h, c, first, last);
    List<Decision> out = new ArrayList<>();
    Nights nights = nights(views, p);
    sleepWindow(views, nights, out);
    disruptedSleep(views, nights, out);
    homeZone(views, out);
    weekdayAvailability(views, p, out);
    household(views, profileNames, c, out);
    lifeEvent(views, p, out);
    Items items = items(views, c);
    for (int k = 0; k < SensitiveAffinityInference.TAGS.size(); k++) {
      affinity(items, ClaimKind.SENSITIVE_AFFINITY, SensitiveAffinityInference.TAGS.get(k), out);
    }
    affinity(items, ClaimKind.HOLIDAY_OBSERVANCE, "holiday", out);
    if (metrics.bingeRaces() > 0) {
      out.add(new Decision(ClaimKind.BINGE_RACING, Integer.toString(metrics.bingeRaces()), 1));
    }
    boolean flagged = rule.hours()
        ? rule.contacts(0, new WindowHours(WellnessRule.DAYS).maxSeconds(h))
        : rule.contacts(metrics.windowEpisodes(), 0);
    if (flagged) {
      out.add(new Decision(ClaimKind.WELLNESS_FLAG, "true", 1));
    }
    return out;
  }

  private record Period(long firstDay, int days) {}

  // ---- Clock-time histograms: each view counts once in every quarter-hour of the day it plays in.

  /** Returns the views playing in each 15-minute slot of the day, local or UTC. */
  private static int[] slots(List<View> views, boolean utc) {
    int[] slots = new int[96];
    for (View v : views) {
      long start = utc ? v.utc : v.local;
      long firstQuarter = Math.floorDiv(start, 900);
      long lastQuarter = Math.floorDiv(start + Math.max(v.duration, 1) - 1, 900);
      boolean[] in = new boolean[96];
      for (long q = firstQuarter; q <= Math.min(lastQuarter, firstQuarter + 95); q++) {
        in[(int) Math.floorMod(q, 96)] = true;
      }
      for (int s = 0; s < 96; s++) {
        slots[s] += in[s] ? 1 : 0;
      }
    }
    return slots;
  }

  // ---- Nights: anchored at the middle of the quietest 6 local hours starting 20:00 to 06:00.

  /** The nights: their centre, each night's last evening end and first morning start. */
  private record Nights(int centreS, long[] lastEnds, long[] firstStarts, int[] evenings,
      int[] mornings) {
    int usualLastEnd() {
      return evenings[rank(evenings.length, 0.75)];
    }

    int spread() {
      return usualLastEnd() - evenings[rank(evenings.length, 0.25)];
    }
  }

  private static Nights nights(List<View> views, Period p) {
    int[] local = slots(views, false);
    int quiet = -1;
    int least = Integer.MAX_VALUE;
    for (int start = 80; start <= 120; start++) {
      int sum = 0;
      for (int s = start; s < start + 24; s++) {
        sum += local[s % 96];
      }
      if (sum < least) {
        least = sum;
        quiet = start % 96;
      }
    }
    int centre = (quiet + 12) % 96 * 900;
    // Every night whose centre is on a local day from the one two days before the period's first
    // midnight (less the centre) to the period's last day and beyond, as the code numbers them.
    long base = Math.floorDiv(p.firstDay * DAY - centre, DAY) - 1;
    int n = p.days + 3;
    long[] lastEnds = new long[n];
    long[] firstStarts = new long[n];
    List<Integer> evenings = new ArrayList<>();
    List<Integer> mornings = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      long centreAt = (base + j) * DAY + centre;
      long lastEnd = Long.MIN_VALUE;
      long firstStart = Long.MAX_VALUE;
      for (View v : views) {
        long rel = v.local - centreAt;
        if (rel >= -DAY / 2 && rel < 0) {
          lastEnd = Math.max(lastEnd, rel + v.duration);
        } else if (rel >= 0 && rel < DAY / 2) {
          firstStart = Math.min(firstStart, rel);
        }
      }
      lastEnds[j] = lastEnd;
      firstStarts[j] = firstStart;
      if (lastEnd != Long.MIN_VALUE) {
        evenings.add((int) lastEnd);
      }
      if (firstStart != Long.MAX_VALUE) {
        mornings.add((int) firstStart);
      }
    }
    return new Nights(centre, lastEnds, firstStarts, sorted(evenings), sorted(mornings));
  }

  private static int[] sorted(List<Integer> values) {
    int[] a = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    return a;
  }

  /** Returns the nearest rank of quantile {@code q} among {@code n} sorted values. */
  private static int rank(int n, double q) {
    return (int) Math.min(n - 1, Math.floor(q * (n - 1) + 0.5));
  }

  private static void sleepWindow(List<View> views, Nights n, List<Decision> out) {
    int evenings = n.evenings.length;
    int mornings = n.mornings.length;
    if (views.size() < SleepWindowInference.MIN_EVENINGS
        || evenings < SleepWindowInference.MIN_EVENINGS
        || mornings < SleepWindowInference.MIN_MORNINGS) {
      return;
    }
    int firstS = n.mornings[rank(mornings, SleepWindowInference.FIRST_QUANTILE)];
    int bed = Math.floorDiv(n.centreS + n.usualLastEnd(), 60);
    int wake = Math.floorDiv(n.centreS + firstS, 60);
    double confidence =
        (double) evenings / (evenings + 5) * Math.max(0.05, 1 - n.spread() / 60.0 / 240);
    if (Math.floorMod(wake - bed, 1440) >= SleepWindowInference.MIN_WINDOW_MIN
        && confidence >= SleepWindowInference.MIN_CONFIDENCE) {
      out.add(new Decision(ClaimKind.SLEEP_WINDOW, Text.clock(bed) + "-" + Text.clock(wake),
          confidence));
    }
  }

  private static void disruptedSleep(List<View> views, Nights n, List<Decision> out) {
    if (views.size() < DisruptedSleepInference.MIN_EVENINGS
        || n.evenings.length < DisruptedSleepInference.MIN_EVENINGS) {
      return;
    }
    int late = 0;
    for (long end : n.lastEnds) {
      if (end != Long.MIN_VALUE && end >= n.usualLastEnd() + DisruptedSleepInference.LATE_S) {
        late++;
      }
    }
    if (late >= DisruptedSleepInference.MIN_NIGHTS) {
      double confidence =
          Math.min(0.95, (double) late / (late + DisruptedSleepInference.MIN_NIGHTS));
      out.add(new Decision(ClaimKind.DISRUPTED_SLEEP, "true", confidence));
    }
  }

  // ---- Home zone: the whole-hour offset under which the UTC hours are likeliest.

  private static void homeZone(List<View> views, List<Decision> out) {
    if (views.size() < HomeZoneInference.MIN_VIEWS) {
      return;
    }
    int[] utc = slots(views, true);
    double[] hourly = new double[24];
    double total = 0;
    for (int hour = 0; hour < 24; hour++) {
      hourly[hour] = utc[4 * hour] + utc[4 * hour + 1] + utc[4 * hour + 2] + utc[4 * hour + 3];
      total += hourly[hour];
    }
    double weights = 0;
    for (double w : HomeZoneInference.RHYTHM) {
      weights += w;
    }
    double temper = Math.min(HomeZoneInference.EFFECTIVE_VIEWS, views.size()) / total;
    // Candidate k is UTC offset k - 11 hours: local hour = UTC hour + offset.
    double[] ll = new double[24];
    int best = 0;
    for (int k = 0; k < 24; k++) {
      for (int hour = 0; hour < 24; hour++) {
        double share = HomeZoneInference.RHYTHM[Math.floorMod(hour + k - 11, 24)] / weights;
        ll[k] += hourly[hour] * Math.log(share);
      }
      ll[k] *= temper;
      if (ll[k] > ll[best]) {
        best = k;
      }
    }
    double sum = 0;
    for (int k = 0; k < 24; k++) {
      sum += Math.exp(ll[k] - ll[best]);
    }
    out.add(new Decision(ClaimKind.HOME_ZONE, Text.offset((best - 11) * 3_600), 1 / sum));
  }

  // ---- Days: each view's seconds on the local day it starts, at night and in working hours.

  /** Returns the seconds of {@code [from, to)} that fall in {@code [a, b)}. */
  private static long overlap(long from, long to, long a, long b) {
    return Math.max(0, Math.min(to, b) - Math.max(from, a));
  }

  private static boolean weekday(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue() <= 5;
  }

  /** Returns each period day's seconds from views starting on it. */
  private static long[] daySeconds(List<View> views, Period p) {
    long[] seconds = new long[p.days];
    for (View v : views) {
      long k = v.localDay() - p.firstDay;
      if (k >= 0 && k < p.days) {
        seconds[(int) k] += v.duration;
      }
    }
    return seconds;
  }

  /**
   * Returns each period day's seconds between 00:00 and 05:00, from views starting on it or on the
   * day before (a view started at 23:40 that runs past midnight).
   */
  private static long[] nightSeconds(List<View> views, Period p) {
    long[] seconds = new long[p.days];
    for (int k = 0; k < p.days; k++) {
      long midnight = (p.firstDay + k) * DAY;
      for (View v : views) {
        long startDay = v.localDay();
        if (startDay == p.firstDay + k || startDay == p.firstDay + k - 1) {
          seconds[k] += overlap(v.local, v.local + v.duration, midnight, midnight + 5 * 3_600);
        }
      }
    }
    return seconds;
  }

  /** Returns each period day's seconds between 09:00 and 17:00, Monday to Friday, from its views. */
  private static long[] workSeconds(List<View> views, Period p) {
    long[] seconds = new long[p.days];
    for (View v : views) {
      long k = v.localDay() - p.firstDay;
      if (k >= 0 && k < p.days && weekday(v.localDay())) {
        long midnight = v.localDay() * DAY;
        seconds[(int) k] += overlap(v.local, v.local + v.duration, midnight + 9 * 3_600,
            midnight + 17 * 3_600);
      }
    }
    return seconds;
  }

  private static long totalSeconds(List<View> views) {
    long total = 0;
    for (View v : views) {
      total += v.duration;
    }
    return total;
  }

  private static void weekdayAvailability(List<View> views, Period p, List<Decision> out) {
    long[] work = workSeconds(views, p);
    int daytime = 0;
    long seconds = 0;
    for (long s : work) {
      seconds += s;
      daytime += s >= Observations.DAY_MIN_S ? 1 : 0;
    }
    long total = totalSeconds(views);
    double share = total == 0 ? 0 : (double) seconds / total;
    if (daytime >= WeekdayAvailabilityInference.MIN_DAYS
        && share >= WeekdayAvailabilityInference.MIN_SHARE) {
      int min = WeekdayAvailabilityInference.MIN_DAYS;
      double confidence = (double) daytime / (daytime + min)
          * Math.min(1, share / (2 * WeekdayAvailabilityInference.MIN_SHARE));
      out.add(new Decision(ClaimKind.WEEKDAY_AVAILABILITY, "true", confidence));
    }
  }

  // ---- Household: each profile that watched is a person, a child's when named or watching so.

  private static void household(List<View> views, List<String> names, Catalog c,
      List<Decision> out) {
    if (views.size() < HouseholdInference.MIN_VIEWS) {
      return;
    }
    Map<Integer, int[]> byProfile = new java.util.TreeMap<>();
    for (View v : views) {
      int[] counts = byProfile.computeIfAbsent(v.profile, k -> new int[2]);
      counts[0]++;
      counts[1] += c.title(v.title).hasTag("kids") ? 1 : 0;
    }
    int adults = 0;
    boolean kids = false;
    for (Map.Entry<Integer, int[]> e : byProfile.entrySet()) {
      int p = e.getKey();
      String name = p < names.size() ? names.get(p) : "profile " + p;
      int watched = e.getValue()[0];
      boolean child = name.toLowerCase(Locale.ROOT).equals("kids")
          || (watched >= HouseholdInference.MIN_VIEWS
              && (double) e.getValue()[1] / watched >= HouseholdInference.KIDS_SHARE);
      if (child) {
        kids = true;
      } else {
        adults++;
      }
    }
    double confidence = (double) views.size() / (views.size() + 10) * (adults == 0 ? 0.5 : 1);
    out.add(new Decision(ClaimKind.HOUSEHOLD, adults + (kids ? "+kids" : ""), confidence));
  }

  // ---- Life event: every stretch of 5 to 15 days against the rest of the period.

  private static void lifeEvent(List<View> views, Period p, List<Decision> out) {
    int days = p.days;
    if (days < LifeEventInference.MIN_DAYS + LifeEventInference.MIN_BASELINE_DAYS
        || totalSeconds(views) < LifeEventInference.MIN_DAYS * LifeEventInference.FLOOR_S) {
      return;
    }
    long[] seconds = daySeconds(views, p);
    long[] night = nightSeconds(views, p);
    long[] work = workSeconds(views, p);
    double bestExcess = 0;
    double[] best = null;
    int bestStart = -1;
    int bestLength = 0;
    int maxLen = Math.min(LifeEventInference.MAX_DAYS, days - LifeEventInference.MIN_BASELINE_DAYS);
    for (int len = LifeEventInference.MIN_DAYS; len <= maxLen; len++) {
      for (int a = 0; a + len <= days; a++) {
        long in = 0;
        long all = 0;
        int nightIn = 0;
        int nightAll = 0;
        int workIn = 0;
        int workAll = 0;
        for (int k = 0; k < days; k++) {
          boolean inside = k >= a && k < a + len;
          boolean nightDay = night[k] >= Observations.DAY_MIN_S;
          boolean workDay = work[k] >= Observations.DAY_MIN_S;
          all += seconds[k];
          in += inside ? seconds[k] : 0;
          nightAll += nightDay ? 1 : 0;
          nightIn += inside && nightDay ? 1 : 0;
          workAll += workDay ? 1 : 0;
          workIn += inside && workDay ? 1 : 0;
        }
        double outMean = (double) (all - in) / (days - len);
        double ratio = (double) in / len / Math.max(outMean, LifeEventInference.FLOOR_S);
        double nightRatio = shareRatio(nightIn, nightAll, len, days);
        double workRatio = shareRatio(workIn, workAll, len, days);
        boolean shifted =
            (nightIn >= LifeEventInference.MIN_SHIFT_DAYS && nightRatio >= LifeEventInference.MIN_SHIFT)
                || (workIn >= LifeEventInference.MIN_SHIFT_DAYS
                    && workRatio >= LifeEventInference.MIN_SHIFT);
        double excess = in - outMean * len;
        if (ratio >= LifeEventInference.MIN_RATIO && shifted && excess > bestExcess) {
          bestExcess = excess;
          bestStart = a;
          bestLength = len;
          best = new double[] {ratio, nightRatio, workRatio};
        }
      }
    }
    if (bestStart < 0) {
      return;
    }
    double confidence = Math.min(0.95,
        (1 - 1 / best[0]) * (1 - 1 / Math.max(best[1], best[2])) * 1.5);
    out.add(new Decision(ClaimKind.LIFE_EVENT, Text.date(p.firstDay + bestStart) + ".."
        + Text.date(p.firstDay + bestStart + bestLength - 1), confidence));
  }

  /** Returns the stretch's share of counted days over the rest's, the rest's floored. */
  private static double shareRatio(int in, int all, int len, int days) {
    double outShare = (double) (all - in) / (days - len);
    return (double) in / len / Math.max(outShare, LifeEventInference.FLOOR_SHARE);
  }

  // ---- Affinities: more distinct items with a tag than the catalog's share of them gives.

  /** The distinct items (films, series) with a qualifying view, each with that first view's title. */
  private record Items(Map<String, Integer> firstTitle) {}

  private static String item(Title t) {
    return t.seriesIndex() >= 0 ? "series " + t.seriesIndex() : "film " + t.id();
  }

  private static Items items(List<View> views, Catalog c) {
    Map<String, Integer> first = new LinkedHashMap<>();
    for (View v : views) {
      Title t = c.title(v.title);
      if (v.duration >= Level.WATCHER.minSeconds(t.runtimeS(), Thresholds.DEFAULTS)) {
        first.putIfAbsent(item(t), v.title);
      }
    }
    return new Items(first);
  }

  private void affinity(Items items, ClaimKind kind, String tag, List<Decision> out) {
    int tagged = 0;
    for (int t : items.firstTitle.values()) {
      tagged += c.title(t).hasTag(tag) ? 1 : 0;
    }
    double share = shares.get(tag);
    double chance = TagAffinity.upperTail(items.firstTitle.size(), tagged, share);
    if (tagged >= TagAffinity.MIN_ITEMS && chance <= TagAffinity.ALPHA) {
      out.add(new Decision(kind, tag, 1 - chance));
    }
  }
}
