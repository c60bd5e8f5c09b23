package io.bingescope.sim;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Generates one member at a time: first the hidden traits, then the views, day by day in the member's local time.
 * One instance per worker thread; it reuses its history and scratch arrays, so a view costs no allocation.
 *
 * <p>The behaviour, per local day: the day's effects (life events) are combined; a comfort rewatch may be scheduled;
 * the number of sessions is Poisson around the member's rate, scaled by weekday and life events; each session starts
 * at an hour drawn from the persona's rhythm, damped while the member sleeps or works; sessions play in start order,
 * each on one profile, never overlapping that profile's previous views. A session continues the profile's series
 * or picks a title by popularity and affinity, plays episodes back to back (autoplay or the member's action), meets
 * the "Are you still watching?" prompt after 3 episodes or 90 minutes without interaction, and ends on its time
 * budget, at bedtime, on an abandoned view, or when the series runs out.
 */
public final class MemberGenerator {
  private static final String[] PROFILE_NAMES = {
    "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Robin", "Chris",
    "Pat", "Dana", "Lee", "Kim", "Max", "Noor", "Ana", "Luca", "Mia", "Yuki"
  };
  private static final int MAX_PROFILES = 5;
  private static final int MAX_SESSIONS = 64;
  /** Two of a profile's views belong to one sitting when the second starts at most this long after the first ends. */
  static final int SITTING_GAP_S = 30 * 60;
  private static final int NONE = -1;
  /** A title's state in a profile's memory: finished, never to be chosen again but through a rewatch rule. */
  private static final int DONE = -2;
  // Bounds rejection when seasons damp most titles; with boosts capped at 1000 it is never reached in practice.
  private static final int MAX_SEASON_REJECTIONS = 100_000;

  private final World world;
  // ScenarioLimits.MEMBER_VIEW_CAP; lowered only by tests.
  int viewCap = ScenarioLimits.MEMBER_VIEW_CAP;
  private final History history = new History(256);
  private final double[][] hourTables = new double[3][24];
  private final boolean[] hourTableBuilt = new boolean[2];
  private double[] cumulativeHours = hourTables[0];
  private final long[] sessionStarts = new long[MAX_SESSIONS];
  private final int[] seriesInProgress = new int[MAX_PROFILES];
  private final int[] nextTitle = new int[MAX_PROFILES];
  private final long[] freeAt = new long[MAX_PROFILES];
  private final int[] primaryDevice = new int[MAX_PROFILES];
  private final int[] secondDevice = new int[MAX_PROFILES];
  private final boolean[] kidsProfile = new boolean[MAX_PROFILES];
  // Per profile: when its current sitting started, until when it rests after a sitting that reached the cap, its
  // old favourite (an item, or NONE), where its rewatch of that favourite stands, and when it last rewatched a
  // favourite film.
  private final long[] sittingStart = new long[MAX_PROFILES];
  private final long[] restUntil = new long[MAX_PROFILES];
  private final int[] favourite = new int[MAX_PROFILES];
  private final int[] favouriteNext = new int[MAX_PROFILES];
  private final long[] favouriteFilmDay = new long[MAX_PROFILES];
  // Per profile: the items it has chosen in the period and, for each, the next episode (series in progress) or
  // DONE (a film seen, a series finished). Small: a profile chooses a few dozen items in a period.
  private int[][] seenItem = new int[MAX_PROFILES][16];
  private int[][] seenState = new int[MAX_PROFILES][16];
  private final int[] seenCount = new int[MAX_PROFILES];

  // The member being generated.
  private UniformRandomProvider rng;
  private NormalizedGaussianSampler gaussian;
  private PersonaModel persona;
  private Scenario.Habits habits;
  // The member's habits in seconds, as the session loop compares them.
  private long graceS;
  private long maxSittingS;
  private long restS;
  private int profiles;
  private ZoneClock clock;
  private int zone;
  private int country;
  private MemberTraits traits;
  // What the traits are built from, on demand (a fused run that never reads them does not pay for them).
  private int memberId;
  private int countrySlot;
  private int household;
  private int adults;
  private int kids;
  private int firstName;
  private int bedMinute;
  private int wakeMinute;
  private boolean works;
  private int workStartMinute;
  private int workEndMinute;
  private int workDayMask;
  private int[] eventKind = new int[4];
  private long[] eventStart = new long[4];
  private long[] eventEnd = new long[4];
  private Scenario.Effects[] eventEffects = new Scenario.Effects[4];
  private int events;
  private int comfortItem;
  private long periodEndUtc;

  /** Creates a generator for the world's members; not thread-safe, use one per thread. */
  public MemberGenerator(World world) {
    this.world = world;
  }

  /** Generates member {@code memberId}; the history is sorted and valid until the next call. */
  public History generate(long memberId) {
    rng = Seeds.generator(world.scenario.seed(), Seeds.MEMBERS, memberId);
    gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    hourTableBuilt[0] = false;
    hourTableBuilt[1] = false;
    reservedStart = Long.MAX_VALUE;
    limit = Long.MAX_VALUE;
    java.util.Arrays.fill(poissonLimit, Double.NaN);
    traits = null;
    drawTraits((int) memberId);
    history.reset((int) memberId);
    int dow = (int) Math.floorMod(world.firstDay + 3, 7); // 0 = Monday; epoch day 0 was a Thursday
    for (long day = world.firstDay; day <= world.lastDay; day++) {
      simulateDay(day, dow);
      dow = dow == 6 ? 0 : dow + 1;
    }
    history.sort();
    return history;
  }

  /** Returns the traits of the member last generated (built on the first call for that member). */
  public MemberTraits traits() {
    if (traits == null) {
      traits = buildTraits();
    }
    return traits;
  }

  /** Returns the history of the member last generated. */
  public History history() {
    return history;
  }

  private void drawTraits(int memberId) {
    this.memberId = memberId;
    int personaIndex = world.personaTable.sample(rng);
    persona = world.personas[personaIndex];
    int c = world.countryTable.sample(rng);
    countrySlot = c;
    int z = world.zoneTables[c].sample(rng);
    country = world.countryIndex[c];
    zone = world.zoneIndex[c][z];
    clock = world.clocks[zone];
    int h = world.householdTable.sample(rng);
    household = h;
    adults = Math.max(1, (int) Math.round(world.adults[h].sample(rng, gaussian)));
    kids = Math.max(0, (int) Math.round(world.kids[h].sample(rng, gaussian)));
    profiles = Math.min(MAX_PROFILES, adults + (kids > 0 ? 1 : 0));
    firstName = rng.nextInt(PROFILE_NAMES.length);
    habits = persona.habits;
    graceS = (long) (habits.bedtimeGraceMin() * 60);
    maxSittingS = (long) (habits.maxSittingHours() * 3600);
    restS = (long) (habits.restHours() * 3600);
    for (int p = 0; p < profiles; p++) {
      kidsProfile[p] = kids > 0 && p == profiles - 1;
      primaryDevice[p] = world.deviceIndex[world.deviceTable.sample(rng)];
      secondDevice[p] = world.deviceIndex[world.deviceTable.sample(rng)];
      seriesInProgress[p] = -1;
      freeAt[p] = Long.MIN_VALUE;
      sittingStart[p] = Long.MIN_VALUE;
      restUntil[p] = Long.MIN_VALUE;
      seenCount[p] = 0;
      favouriteNext[p] = NONE;
      favouriteFilmDay[p] = Long.MIN_VALUE;
      // Drawn for every profile, whether it gets a favourite or not, so the draws that follow do not depend on it.
      long bits = rng.nextLong();
      AliasTable table = kidsProfile[p] ? world.kidsItems : persona.favouriteTable;
      favourite[p] = NONE;
      if (table != null && hi(bits) < habits.rewatch().favourite()) {
        int drawn = table.sample(rng);
        favourite[p] = kidsProfile[p] ? drawn : persona.favouriteItems[drawn];
      }
    }
    bedMinute = minuteOfDay(persona.bedtime.sample(rng, gaussian));
    wakeMinute = minuteOfDay(persona.wake.sample(rng, gaussian));
    works = false;
    workStartMinute = 0;
    workEndMinute = 0;
    workDayMask = 0;
    Scenario.Work w = persona.spec.work();
    if (w != null && rng.nextDouble() < w.share()) {
      works = true;
      workStartMinute = minuteOfDay(persona.workStart.sample(rng, gaussian));
      workEndMinute = minuteOfDay(workStartMinute / 60.0 + persona.workHours.sample(rng, gaussian));
      workDayMask = persona.workDayMask;
    }
    events = 0;
    World.LifeEventModel[] lifeEvents = world.lifeEvents;
    for (int k = 0; k < lifeEvents.length; k++) {
      World.LifeEventModel e = lifeEvents[k];
      // Drawn whether eligible or not, so adding a restriction does not reshuffle other members' draws.
      boolean happens = rng.nextDouble() < e.share;
      long start = e.startFrom + (long) (rng.nextDouble() * e.span);
      int days = Math.max(1, (int) Math.round(e.duration.sample(rng, gaussian)));
      if (happens && e.eligible(personaIndex, c)) {
        if (events == eventStart.length) {
          eventStart = java.util.Arrays.copyOf(eventStart, events * 2);
          eventEnd = java.util.Arrays.copyOf(eventEnd, events * 2);
          eventEffects = java.util.Arrays.copyOf(eventEffects, events * 2);
          eventKind = java.util.Arrays.copyOf(eventKind, events * 2);
        }
        eventStart[events] = start;
        eventEnd[events] = start + days - 1;
        eventKind[events] = k;
        eventEffects[events++] = e.spec.effects();
      }
    }
    rate = persona.sessionsPerDay.sample(rng, gaussian);
    comfortItem = -1;
    // Views start inside the period: before local midnight after its last day.
    periodEndUtc = clock.toUtc((world.lastDay + 1) * 86400);
  }

  /** Returns the traits drawn by the last {@link #drawTraits}, as the record the truth files hold. */
  private MemberTraits buildTraits() {
    List<MemberTraits.Profile> profileList = new ArrayList<>(profiles);
    for (int p = 0; p < profiles; p++) {
      String name = kidsProfile[p] ? "Kids" : PROFILE_NAMES[(firstName + p) % PROFILE_NAMES.length];
      String fav = favourite[p] == NONE ? null : world.itemName(favourite[p]);
      profileList.add(new MemberTraits.Profile(name, kidsProfile[p], primaryDevice[p], fav));
    }
    MemberTraits.WorkPattern work =
        works
            ? new MemberTraits.WorkPattern("work", workStartMinute, workEndMinute, workDayMask)
            : MemberTraits.WorkPattern.NONE;
    List<MemberTraits.LifeEvent> lifeEvents = new ArrayList<>(events);
    for (int e = 0; e < events; e++) {
      // The truth records the event as it falls in the period; it may have gone on after.
      long end = Math.min(eventEnd[e], world.lastDay);
      lifeEvents.add(
          new MemberTraits.LifeEvent(
              world.lifeEvents[eventKind[e]].spec.name(),
              LocalDate.ofEpochDay(eventStart[e]),
              LocalDate.ofEpochDay(end)));
    }
    String kind = world.scenario.households().get(household).kind();
    return new MemberTraits(
        memberId,
        persona.name,
        world.scenario.population().countries().get(countrySlot).code(),
        clock.id(),
        profileList,
        new MemberTraits.Household(kind, adults, kids),
        new MemberTraits.SleepWindow(bedMinute, wakeMinute),
        work,
        lifeEvents);
  }

  private double rate;
  private final double[] poissonLimit = new double[7];

  private static int minuteOfDay(double hours) {
    int m = (int) Math.round(hours * 60);
    return Math.floorMod(m, 1440);
  }

  /** Simulates local day {@code day}, weekday {@code dow} (0 = Monday). */
  private void simulateDay(long day, int dow) {
    double volume = 1;
    double night = 0;
    double comfortFactor = 1;
    double workFactor = 1;
    boolean ignoreBedtime = false;
    for (int e = 0; e < events; e++) {
      if (day >= eventStart[e] && day <= eventEnd[e]) {
        Scenario.Effects fx = eventEffects[e];
        volume *= fx.volume();
        night = Math.max(night, fx.nightShift());
        comfortFactor *= fx.comfort();
        workFactor *= fx.work();
        ignoreBedtime |= fx.ignoreBedtime();
      }
    }
    boolean working = (workDayMask & (1 << dow)) != 0 && (workFactor >= 1 || rng.nextDouble() < workFactor);
    buildHourTable(working, night, ignoreBedtime);

    int sessions;
    if (volume == 1) {
      // exp(-mean) depends only on the weekday on ordinary days: computed once per member and weekday.
      if (Double.isNaN(poissonLimit[dow])) {
        poissonLimit[dow] = FastMath.exp(-rate * persona.weekdayFactor[dow]);
      }
      sessions = poisson(rate * persona.weekdayFactor[dow], poissonLimit[dow]);
    } else {
      // Volume multiplies expected viewing time: half of it (sqrt) more sessions, half longer sessions.
      double mean = rate * persona.weekdayFactor[dow] * Math.sqrt(volume);
      sessions = poisson(mean, FastMath.exp(-mean));
    }
    int count = Math.min(sessions, MAX_SESSIONS - 1);
    double volumeFactor = volume == 1 ? 1 : Math.sqrt(volume);
    long midnight = day * 86400;
    for (int k = 0; k < count; k++) {
      sessionStarts[k] = (midnight + startSecond()) << 1;
    }
    Scenario.Comfort comfort = persona.spec.comfort();
    if (comfort != null && persona.comfortTable != null) {
      boolean watch;
      if (comfortItem < 0) {
        watch = rng.nextDouble() < comfort.adopt() * comfortFactor;
        if (watch) {
          int item = persona.comfortItems[persona.comfortTable.sample(rng)];
          watch = world.itemReleaseDay[item] <= day;
          comfortItem = watch ? item : -1;
        }
      } else {
        watch = rng.nextDouble() < Math.min(1, comfort.rewatch() * comfortFactor);
      }
      if (watch) {
        playComfort(day, midnight + startSecond(), ignoreBedtime, hi(rng.nextLong()));
      }
    }
    // A day has a handful of sessions: an insertion sort beats Arrays.sort's dispatch at this size.
    for (int i = 1; i < count; i++) {
      long x = sessionStarts[i];
      int j = i - 1;
      while (j >= 0 && sessionStarts[j] > x) {
        sessionStarts[j + 1] = sessionStarts[j];
        j--;
      }
      sessionStarts[j + 1] = x;
    }
    for (int k = 0; k < count; k++) {
      long startLocal = sessionStarts[k] >> 1;
      // One draw: the profile (low half, when there is a choice) and the session's device coin (high half).
      long bits = rng.nextLong();
      int profile = profiles == 1 ? 0 : below(bits, profiles);
      playSession(day, profile, startLocal, volumeFactor, ignoreBedtime, false, hi(bits));
    }
    if (reservedStart != Long.MAX_VALUE) {
      followReservation();
      reservedStart = Long.MAX_VALUE;
    }
  }

  // The comfort rewatch of the day, on profile 0, is played before the day's other sessions at its drawn time and
  // reserves [reservedStart, reservedEnd): later sessions on profile 0 start after it, earlier ones stop in time
  // (a view running into it is cut short, as when a member stops an episode to watch the favourite). So a comfort
  // view always lands on its own local day, which StreakExpectation relies on.
  private long reservedStart = Long.MAX_VALUE;
  private long reservedEnd;
  // The time the current session's views must end by (the day's comfort view on profile 0), or Long.MAX_VALUE.
  private long limit = Long.MAX_VALUE;

  /**
   * Makes profile 0's last view and sitting those of the day's comfort session when it ended later: a sitting that
   * ran into the comfort view (60 s before it at most) goes on through it.
   */
  private void followReservation() {
    if (reservedEnd > freeAt[0]) {
      boolean joined = freeAt[0] != Long.MIN_VALUE && reservedStart - freeAt[0] <= SITTING_GAP_S;
      sittingStart[0] = joined ? Math.min(sittingStart[0], reservedSittingStart) : reservedSittingStart;
      freeAt[0] = reservedEnd;
    }
  }

  private long reservedSittingStart;

  private void playComfort(long day, long startLocal, boolean ignoreBedtime, double deviceCoin) {
    long before = freeAt[0];
    long sittingBefore = sittingStart[0];
    int first = history.size();
    playSession(day, 0, startLocal, 1, ignoreBedtime, true, deviceCoin);
    if (history.size() > first) {
      reservedStart = history.startUtc(first);
      reservedEnd = freeAt[0];
      reservedSittingStart = sittingStart[0];
      // Sessions earlier in the day are placed against the views before the comfort one.
      freeAt[0] = before;
      sittingStart[0] = sittingBefore;
    }
  }

  private void buildHourTable(boolean working, double night, boolean ignoreBedtime) {
    // Most days are plain work days or days off: each member's two tables are built once, on first use.
    int key = night == 0 && !ignoreBedtime ? (working ? 1 : 0) : 2;
    cumulativeHours = hourTables[key];
    if (key < 2 && hourTableBuilt[key]) {
      return;
    }
    if (key < 2) {
      hourTableBuilt[key] = true;
    }
    double total = 0;
    double[] w = cumulativeHours;
    for (int h = 0; h < 24; h++) {
      int minute = h * 60 + 30;
      double x = persona.hourWeights[h];
      if (!ignoreBedtime && inWindow(minute, bedMinute, wakeMinute)) {
        x *= habits.asleepFactor();
      }
      if (working && inWindow(minute, workStartMinute, workEndMinute)) {
        x *= habits.atWorkFactor();
      }
      w[h] = x;
      total += x;
    }
    if (night > 0 && total > 0) {
      double from = habits.nightHours().min();
      double to = habits.nightHours().max();
      int nightHours = 0;
      for (int h = 0; h < 24; h++) {
        nightHours += isNightHour(h, from, to) ? 1 : 0;
      }
      for (int h = 0; h < 24; h++) {
        boolean isNight = nightHours > 0 && isNightHour(h, from, to);
        w[h] = (1 - night) * w[h] / total + (isNight ? night / nightHours : 0);
      }
    }
    double acc = 0;
    for (int h = 0; h < 24; h++) {
      acc += w[h];
      w[h] = acc;
    }
  }

  /**
   * Returns the first index whose cumulative weight exceeds {@code unit} x total (the last index if none). Sessions
   * start mostly in the evening, the end of the table: stepping down from the last hour finds the index in a few
   * well-predicted steps, where a binary search mispredicts about half of its five branches. Same answer.
   */
  static int firstAbove(double[] cumulative, double unit) {
    int h = cumulative.length - 1;
    double u = unit * cumulative[h];
    while (h > 0 && cumulative[h - 1] > u) {
      h--;
    }
    return h;
  }

  /** Returns whether hour {@code h} (its middle) lies in the night hours {@code from..to}, which may wrap. */
  static boolean isNightHour(int h, double from, double to) {
    double x = h + 0.5;
    return from <= to ? x >= from && x < to : x >= from || x < to;
  }

  private static boolean inWindow(int minute, int start, int end) {
    return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
  }

  // The hour's 32-bit uniform and the second's nextInt(3600) are the two halves of one generator draw.
  private int startSecond() {
    long bits = rng.nextLong();
    int hour = cumulativeHours[23] > 0 ? firstAbove(cumulativeHours, hi(bits)) : 23;
    return hour * 3600 + below(bits, 3600);
  }

  private int poisson(double mean, double limit) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    // Inversion by sequential search: exact, one uniform per draw at the small daily means used here.
    double u = rng.nextDouble();
    double pmf = limit;
    double cdf = pmf;
    int n = 0;
    while (u > cdf && n < 1000) {
      n++;
      pmf *= mean / n;
      cdf += pmf;
    }
    return n;
  }

  private double gaussian() {
    return gaussian.sample();
  }

  /** Returns the high 32 bits of a 64-bit draw as a uniform in [0, 1) (resolution 2^-32, like the alias coins). */
  private static double hi(long bits) {
    return (bits >>> 32) * 0x1.0p-32;
  }

  /**
   * Returns a uniform int in [0, n) from the low 32 bits of a draw, by Lemire's multiply-shift with its rejection
   * test: in the rare rejected case (probability below n / 2^32) it draws afresh, so the result is exactly uniform.
   */
  int below(long bits, int n) {
    long m = (bits & 0xFFFFFFFFL) * n;
    if ((m & 0xFFFFFFFFL) < n && (m & 0xFFFFFFFFL) < (1L << 32) % n) {
      return rng.nextInt(n);
    }
    return (int) (m >>> 32);
  }

  private void playSession(
      long day,
      int profile,
      long startLocal,
      double volumeFactor,
      boolean ignoreBedtime,
      boolean isComfort,
      double deviceCoin) {
    long drawn = clock.toUtc(startLocal);
    long t = drawn;
    if (t < freeAt[profile]) {
      if (!isComfort) {
        return; // the profile is still watching: its person is already sitting, no second session begins
      }
      t = freeAt[profile] + pause(rng.nextLong(), habits.pauses().busy());
    }
    // Views of this session must end before the day's comfort view on profile 0, or start after it.
    limit = Long.MAX_VALUE;
    if (profile == 0 && !isComfort && reservedStart != Long.MAX_VALUE) {
      if (t >= reservedStart - 60) {
        // After the comfort view: the profile's sitting is the one the comfort session left.
        followReservation();
        t = Math.max(t, reservedEnd + pause(rng.nextLong(), habits.pauses().busy()));
      } else {
        limit = reservedStart - 60;
      }
    }
    if (t >= periodEndUtc) {
      return;
    }
    bedEnd = Long.MAX_VALUE;
    if (!ignoreBedtime) {
      // Bedtime is that of the drawn start: views may start until bedtime plus the grace, and the view in progress
      // is finished. A session drawn inside the sleep window (waking at night) has its bedtime at its start.
      int startMinute = (int) (startLocal - day * 86400) / 60;
      if (inWindow(startMinute, bedMinute, wakeMinute)) {
        bedEnd = drawn + graceS;
      } else {
        int untilBed = bedMinute - startMinute; // both in [0, 1440): floorMod(untilBed, 1440) is one test
        if (untilBed < 0) {
          untilBed += 1440;
        }
        bedEnd = drawn + untilBed * 60L + graceS;
      }
    }
    // The day's comfort view is always played (its habit is a daily chain, StreakExpectation); any other session
    // is not started once its member has gone to bed, or while the profile rests after a sitting at the cap.
    if (!isComfort && (t >= bedEnd || t < restUntil[profile] || sittingFull(profile, t))) {
      if (sittingFull(profile, t)) {
        restUntil[profile] = freeAt[profile] + restS;
      }
      return;
    }
    // The session's time budget is drawn only when a decision needs it (a single-film session often never does);
    // the draw is independent of everything before it, so drawing it late changes no distribution.
    sessionStart = t;
    sessionVolume = volumeFactor;
    sessionProfile = profile;
    budgetEnd = Long.MIN_VALUE;
    capped = false;
    int device = deviceCoin < habits.usualDevice() ? primaryDevice[profile] : secondDevice[profile];
    int episodesSinceAction = 0;
    long lastAction = t;
    boolean autoplayed = false;
    boolean comfortPending = isComfort;
    boolean trying = false;
    int title = -1;
    boolean first = true;
    int views = 0;
    heldItem = NONE;
    int promptEpisodes = world.scenario.platform().promptEpisodes();
    long promptSeconds = (long) (world.scenario.platform().promptMinutes() * 60);
    // The cap (docs/scenario-format.md#limits) keeps a member's history below the 2^20 views History holds.
    while (t < periodEndUtc && t < limit && (first || before(t)) && history.size() < viewCap) {
      first = false;
      if (title < 0) {
        trying = false;
        title = comfortPending ? comfortTitle(profile) : chooseTitle(day, profile, device, t);
        comfortPending = false;
        if (title < 0) {
          break;
        }
        trying = newToProfile;
        t = Math.max(t, lastViewEnd(profile));
        if (t >= periodEndUtc || t >= limit) {
          break;
        }
        episodesSinceAction = 0;
        lastAction = t;
        autoplayed = false;
      }
      int runtime = world.runtimeS[title];
      if (views > 0 && t + runtime > bedEnd) {
        break; // another view would run past bedtime (and its grace): the member goes to bed instead
      }
      views++;
      // Comfort viewing is deliberate: a rewatched favourite is watched to the end.
      // One draw per view: the abandon coin (high half) and the duration's uniform (low half).
      long bits = rng.nextLong();
      double abandonChance = persona.spec.abandon() + (trying ? habits.tryAbandon() : 0);
      boolean abandoned = !isComfort && hi(bits) < abandonChance;
      boolean tried = trying;
      trying = false;
      double u = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
      Scenario.Span played = habits.abandonedShare();
      int duration =
          abandoned
              ? (int) (runtime * (played.min() + (played.max() - played.min()) * u))
              : runtime - (int) (runtime * habits.creditsSkip() * u);
      boolean cut = t + Math.max(1, duration) > limit;
      if (cut) {
        duration = (int) (limit - t); // stopped to make way for the day's comfort view
      }
      addView(profile, title, t, Math.max(1, duration), device, autoplayed, Supplemental.NONE);
      episodesSinceAction++;
      t += Math.max(1, duration);
      // An episode stopped partway (not a first try of the title) may stay the profile's place in its series.
      int next = abandoned && !tried && resumes() ? keepPlace(title, profile) : nextEpisode(title, profile);
      if (cut) {
        break;
      }
      if (abandoned) {
        long stop = rng.nextLong();
        if (hi(stop) >= habits.abandonSwitch()) {
          break;
        }
        title = -1;
        t += pause(stop, habits.pauses().afterAbandon());
        continue;
      }
      // The next-episode and autoplay coins, from one draw, only when there is a next episode.
      long coins = next >= 0 ? rng.nextLong() : 0;
      if (next >= 0 && hi(coins) < persona.spec.nextEpisode() && before(t)) {
        autoplayed = (coins & 0xFFFFFFFFL) * 0x1.0p-32 < persona.spec.autoplay();
        long pause = rng.nextLong(); // the prompt's coin (high half) and the pause before the episode (low half)
        if (autoplayed) {
          if (episodesSinceAction >= promptEpisodes || t - lastAction >= promptSeconds) {
            // "Are you still watching?": answering it is an interaction and the next episode starts by it.
            if (hi(pause) >= persona.spec.stillWatching()) {
              break;
            }
            autoplayed = false;
            t += pause(pause, habits.pauses().prompt());
          } else {
            t += pause(pause, habits.pauses().autoplay());
          }
        } else {
          t += pause(pause, habits.pauses().manual());
        }
        if (!autoplayed) {
          episodesSinceAction = 0;
          lastAction = t;
        }
        title = next;
        continue;
      }
      long another = rng.nextLong(); // whether another title follows (high half), after what pause (low half)
      if (hi(another) < habits.anotherTitle() && before(t)) {
        title = -1;
        t += pause(another, habits.pauses().nextTitle());
        continue;
      }
      break;
    }
    // A sitting that reached the cap rests, however the session ended (budget, prompt, no next title).
    if (capped || freeAt[profile] - sittingStart[profile] >= maxSittingS) {
      restUntil[profile] = freeAt[profile] + restS;
    }
  }

  private long sessionStart;
  private double sessionVolume;
  private int sessionProfile;
  private long budgetEnd;
  private long bedEnd;
  private boolean capped;
  // Whether the title chooseTitle last returned is new to the profile (its first view may be a try).
  private boolean newToProfile;

  /** Returns a pause in whole seconds drawn uniformly in {@code span}, from the low 32 bits of {@code bits}. */
  private int pause(long bits, Scenario.Span span) {
    int lo = (int) span.min();
    int width = (int) span.max() - lo;
    return width <= 0 ? lo : lo + below(bits, width);
  }

  /** Returns whether a view starting at {@code t} would join a sitting of the profile that has reached the cap. */
  private boolean sittingFull(int profile, long t) {
    return sittingStart[profile] != Long.MIN_VALUE
        && t - freeAt[profile] <= SITTING_GAP_S
        && t - sittingStart[profile] >= maxSittingS;
  }

  /** Records a view and the profile's sitting: a view more than the sitting gap after the last one starts anew. */
  private void addView(
      int profile, int title, long t, int duration, int device, boolean autoplayed, Supplemental kind) {
    if (freeAt[profile] == Long.MIN_VALUE || t - freeAt[profile] > SITTING_GAP_S) {
      sittingStart[profile] = t;
    }
    history.add(profile, title, t, clock.offsetAt(t), duration, device, zone, country, autoplayed, kind);
    freeAt[profile] = Math.max(freeAt[profile], t + duration);
  }

  /**
   * Returns whether the current session goes on at {@code t}: before bedtime, within the sitting cap, and before
   * its time budget. The budget is drawn on first use, and not at all while the answer is already no (the draw
   * depends on nothing before it, so drawing it later or never changes no distribution).
   */
  private boolean before(long t) {
    if (t >= bedEnd) {
      return false;
    }
    if (sittingFull(sessionProfile, t)) {
      capped = true;
      return false;
    }
    if (budgetEnd == Long.MIN_VALUE) {
      double minutes = persona.sessionMinutes.sample(rng, gaussian) * sessionVolume;
      budgetEnd = sessionStart + Math.max(60, (long) (minutes * 60));
    }
    return t < budgetEnd;
  }

  private long lastViewEnd(int profile) {
    return freeAt[profile] == Long.MIN_VALUE ? Long.MIN_VALUE : freeAt[profile] + 1;
  }

  /** Returns whether an abandoned episode keeps the profile's place, at rate {@code resume_abandoned}. */
  private boolean resumes() {
    double p = habits.resumeAbandoned();
    // No draw at 0 or 1, so a scenario that does not use the habit keeps its random stream.
    return p >= 1 || (p > 0 && rng.nextDouble() < p);
  }

  /**
   * Keeps the profile's place in the series at the abandoned episode {@code title} (Continue Watching): a later
   * session that continues the series plays it again; this session does not go back to it. A film, or the profile's
   * favourite (whose rewatch keeps its own place), goes on as {@link #nextEpisode}.
   */
  private int keepPlace(int title, int profile) {
    int item = world.itemOfTitle[title];
    if (world.seriesOf[title] < 0 || item == favourite[profile]) {
      return nextEpisode(title, profile);
    }
    seriesInProgress[profile] = world.seriesOf[title];
    nextTitle[profile] = title;
    remember(profile, item, title);
    heldItem = item;
    return -1;
  }

  // The item whose episode the current session abandoned and kept for later (keepPlace), or NONE.
  private int heldItem = NONE;

  /** Returns the episode after {@code title} and records the profile's progress, or -1. */
  private int nextEpisode(int title, int profile) {
    int next = world.nextEpisode[title];
    int item = world.itemOfTitle[title];
    if (item == favourite[profile]) {
      // Rewatching the favourite: its own position, never the series in progress; at the end it starts over.
      favouriteNext[profile] = next;
      favouriteFilmDay[profile] = next < 0 && world.itemFilm[item] >= 0 ? currentDay : favouriteFilmDay[profile];
      if (next >= 0) {
        seriesInProgress[profile] = world.seriesOf[title];
        nextTitle[profile] = next;
      } else if (world.seriesOf[title] >= 0 && world.seriesOf[title] == seriesInProgress[profile]) {
        seriesInProgress[profile] = -1;
      }
      return next;
    }
    if (next < 0) {
      if (world.seriesOf[title] >= 0 && world.seriesOf[title] == seriesInProgress[profile]) {
        seriesInProgress[profile] = -1; // finished the series
      }
      remember(profile, item, DONE);
      return -1;
    }
    seriesInProgress[profile] = world.seriesOf[title];
    nextTitle[profile] = next;
    remember(profile, item, next);
    return next;
  }

  /** Returns the profile's state of {@code item}: NONE (never chosen), DONE, or the next episode. */
  private int recall(int profile, int item) {
    int[] items = seenItem[profile];
    for (int k = seenCount[profile] - 1; k >= 0; k--) {
      if (items[k] == item) {
        return seenState[profile][k];
      }
    }
    return NONE;
  }

  private void remember(int profile, int item, int state) {
    if (item < 0) {
      return;
    }
    int[] items = seenItem[profile];
    int n = seenCount[profile];
    for (int k = n - 1; k >= 0; k--) {
      if (items[k] == item) {
        seenState[profile][k] = state;
        return;
      }
    }
    if (n == items.length) {
      seenItem[profile] = items = java.util.Arrays.copyOf(items, n * 2);
      seenState[profile] = java.util.Arrays.copyOf(seenState[profile], n * 2);
    }
    items[n] = item;
    seenState[profile][n] = state;
    seenCount[profile] = n + 1;
  }

  private int comfortTitle(int profile) {
    newToProfile = false;
    CatalogBuilder.Item item = world.items[comfortItem];
    return item.film() >= 0 ? item.film() : startSeries(item.series(), profile, true);
  }

  private long currentDay;

  private int chooseTitle(long day, int profile, int device, long t) {
    currentDay = day;
    newToProfile = false;
    // One draw: whether to continue the series in progress (high half) and whether to browse a preview (low half).
    long coins = rng.nextLong();
    boolean held = heldItem != NONE && world.itemSeries[heldItem] == seriesInProgress[profile];
    if (seriesInProgress[profile] >= 0 && !held && hi(coins) < persona.spec.continueSeries()) {
      return nextTitle[profile];
    }
    // One draw: whether to rewatch the old favourite (high half), and where to join it (low half).
    long rewatch = rng.nextLong();
    int fav = favourite[profile];
    if (fav != NONE && hi(rewatch) < habits.rewatch().choose() && world.itemReleaseDay[fav] <= day) {
      if (world.itemFilm[fav] >= 0) {
        if (favouriteFilmAllowed(profile, day)) {
          return world.itemFilm[fav];
        }
      } else {
        int next = favouriteNext[profile];
        if (next < 0) {
          Series s = world.catalog.series().get(world.itemSeries[fav]);
          next = s.episodeAt(below(rewatch, s.episodeCount()));
        }
        return next;
      }
    }
    AliasTable table = kidsProfile[profile] && world.kidsItems != null ? world.kidsItems : persona.items;
    if (table == null) {
      return -1; // every title carries the persona's comfort tag: it watches them only as comfort rewatches
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int itemIndex = drawItem(table, day);
      if (world.itemReleaseDay[itemIndex] > day) {
        continue; // not on the platform yet: choose again
      }
      int state = itemIndex == fav ? NONE : recall(profile, itemIndex);
      if (itemIndex == heldItem) {
        continue; // stopped partway in this session: kept for a later one
      }
      if (state == DONE || (itemIndex == fav && !favouriteFilmAllowed(profile, day))) {
        continue; // seen in the period: only the rewatch rules bring a title back
      }
      if ((coins & 0xFFFFFFFFL) * 0x1.0p-32 < habits.preview()
          && Math.max(t, lastViewEnd(profile)) + 120 < Math.min(periodEndUtc, limit)) {
        // Browsing: a trailer or hook of the title plays before the member commits to it.
        int preview = world.itemFirstTitle[itemIndex];
        long look = rng.nextLong();
        int seconds = pause(look, habits.previewSeconds());
        long start = Math.max(t, lastViewEnd(profile));
        // A preview is never longer than its title (a title of a minute has no 90 s trailer).
        addView(profile, preview, start, Math.max(1, Math.min(seconds, world.runtimeS[preview])), device, true,
            hi(look) < habits.previewHook() ? Supplemental.HOOK : Supplemental.TRAILER);
      }
      if (itemIndex == fav) {
        return world.itemFilm[fav] >= 0 ? world.itemFilm[fav] : startSeries(world.itemSeries[fav], profile, false);
      }
      newToProfile = state == NONE;
      if (state >= 0) {
        return state; // a series the profile had left off: it resumes where it stopped
      }
      int film = world.itemFilm[itemIndex];
      return film >= 0 ? film : startSeries(world.itemSeries[itemIndex], profile, false);
    }
    return -1;
  }

  /** Returns whether the profile's favourite, when a film, may be rewatched on {@code day} (film_days apart). */
  private boolean favouriteFilmAllowed(int profile, long day) {
    int fav = favourite[profile];
    return world.itemFilm[fav] < 0
        || favouriteFilmDay[profile] == Long.MIN_VALUE
        || day - favouriteFilmDay[profile] >= habits.rewatch().filmDays();
  }

  /**
   * Draws an item from a persona's table with the seasons of local day {@code day} applied: the table holds each
   * item's weight times its largest seasonal multiplier, and a draw is kept with probability (today's multiplier /
   * that maximum). This is exact rejection sampling from weight x today's multiplier.
   */
  int drawItem(AliasTable table, long day) {
    for (int rejections = 0; ; rejections++) {
      int itemIndex = table.sample(rng);
      if (!world.seasonal(itemIndex)
          || rejections >= MAX_SEASON_REJECTIONS
          || rng.nextDouble() * world.seasonMax[itemIndex] < world.multiplier(itemIndex, day)) {
        return itemIndex;
      }
    }
  }

  /** Uses {@code rng} for the draws of {@link #drawItem}; for tests. */
  void useGenerator(UniformRandomProvider generator) {
    this.rng = generator;
  }

  private int startSeries(int seriesIndex, int profile, boolean fromStart) {
    Series s = world.catalog.series().get(seriesIndex);
    if (seriesInProgress[profile] == seriesIndex) {
      return nextTitle[profile];
    }
    // A profile new to a series starts at the pilot (series_from_start) or joins at some episode (catching up).
    if (fromStart) {
      seriesInProgress[profile] = seriesIndex;
      nextTitle[profile] = s.episodeAt(0);
      return nextTitle[profile];
    }
    long bits = rng.nextLong(); // pilot or not (high half), and which episode (low half)
    int pos = hi(bits) < habits.seriesFromStart() ? 0 : below(bits, s.episodeCount());
    seriesInProgress[profile] = seriesIndex;
    nextTitle[profile] = s.episodeAt(pos);
    return nextTitle[profile];
  }
}
