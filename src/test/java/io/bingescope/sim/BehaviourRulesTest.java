package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.scenario.Scenario;
import io.bingescope.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * One test per documented behaviour rule of {@link MemberGenerator} (issue 13), each over a few thousand seeded members
 * of the bundled {@code tiny} scenario with {@code --set} overrides isolating the rule, read from the views alone.
 * Deterministic rules are invariants (no false alarm); probabilistic ones are two-sided binomial tests at a
 * false-alarm rate of {@value #ALPHA} each.
 */
class BehaviourRulesTest {
  /** False-alarm rate of each binomial test. */
  static final double ALPHA = 1e-6;
  static final int MEMBERS = 12_000;

  /** Receives each generated member; the history is valid only during the call. */
  interface Visitor {
    void member(World world, MemberTraits traits, History history);
  }

  static World tiny(String... overrides) throws Exception {
    List<String> sets = new ArrayList<>(List.of("population.members=" + MEMBERS, "seed=11"));
    sets.addAll(List.of(overrides));
    return World.of(ScenarioLoader.load("tiny", sets));
  }

  static void forMembers(World world, Visitor visitor) {
    MemberGenerator gen = new MemberGenerator(world);
    for (int m = 0; m < world.members(); m++) {
      History h = gen.generate(m);
      visitor.member(world, gen.traits(), h);
    }
  }

  /** Returns, per profile, the indices of its views in order; supplemental views (previews) only if asked. */
  static List<List<Integer>> byProfile(History h, int profiles, boolean withPreviews) {
    List<List<Integer>> out = new ArrayList<>();
    for (int p = 0; p < profiles; p++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < h.size(); i++) {
      if (withPreviews || h.supplemental(i) == Supplemental.NONE) {
        out.get(h.profile(i)).add(i);
      }
    }
    return out;
  }

  /** Asserts that {@code k} successes in {@code n} trials are consistent with probability {@code p}, two-sided. */
  static void assertBinomial(String what, long k, long n, double p) {
    assertThat(n).as("%s: trials", what).isGreaterThan(500);
    BinomialDistribution b = BinomialDistribution.of(Math.toIntExact(n), p);
    int ki = Math.toIntExact(k);
    double pValue = Math.min(1, 2 * Math.min(b.cumulativeProbability(ki), b.survivalProbability(ki - 1)));
    assertThat(pValue)
        .as("%s: %d of %d = %.4f, declared %.4f (two-sided binomial, false-alarm rate %s)",
            what, k, n, (double) k / n, p, ALPHA)
        .isGreaterThan(ALPHA);
  }

  static Scenario.Persona persona(World world, String name) {
    return world.scenario().personas().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
  }

  static boolean isFavourite(World world, MemberTraits traits, int profile, int title) {
    String fav = traits.profiles().get(profile).favourite();
    return fav != null && fav.equals(world.itemName(world.itemOfTitle[title]));
  }

  @Test
  void stillWatchingPrompt_noAutoplayedEpisodeAfterPromptEpisodesOrPromptMinutesWithoutAnAction() throws Exception {
    // Deterministic (no false alarm). An action is a view not autoplayed (the member chose it or answered the
    // prompt); the generator counts the episode the action started, so at most prompt_episodes - 1 autoplayed
    // episodes follow it, and one is autoplayed only if the previous episode ended < prompt_minutes after the action.
    World world = tiny();
    int promptEpisodes = world.scenario().platform().promptEpisodes();
    long promptSeconds = (long) (world.scenario().platform().promptMinutes() * 60);
    long[] autoplayed = new long[1];
    int[] longest = new int[1];
    forMembers(world, (w, traits, h) -> {
      for (List<Integer> views : byProfile(h, traits.profiles().size(), false)) {
        int sinceAction = 0;
        long lastAction = Long.MIN_VALUE;
        long previousEnd = Long.MIN_VALUE;
        for (int i : views) {
          if (h.autoplayed(i)) {
            autoplayed[0]++;
            sinceAction++;
            longest[0] = Math.max(longest[0], sinceAction);
            assertThat(lastAction).as("member %d view %d autoplayed without any action before", h.memberId(), i)
                .isNotEqualTo(Long.MIN_VALUE);
            assertThat(sinceAction)
                .as("member %d view %d: episodes since the last action, counting its own", h.memberId(), i)
                .isLessThan(promptEpisodes);
            assertThat(previousEnd - lastAction)
                .as("member %d view %d: seconds from the last action to the end of the previous episode",
                    h.memberId(), i)
                .isLessThan(promptSeconds);
          } else {
            sinceAction = 0;
            lastAction = h.startUtc(i);
          }
          previousEnd = h.startUtc(i) + h.durationS(i);
        }
      }
    });
    // The test has power: the prompt is actually reached.
    assertThat(autoplayed[0]).isGreaterThan(1000);
    assertThat(longest[0]).isEqualTo(promptEpisodes - 1);
  }

  /** Counts abandoned views per persona; a view is abandoned when it plays less than 70% of its runtime. */
  static final class AbandonCounts {
    final Map<String, long[]> first = new HashMap<>(); // {abandoned, views}: first views of titles new to a profile
    final Map<String, long[]> other = new HashMap<>(); // {abandoned, views}: every other view
  }

  static AbandonCounts countAbandons(World world) {
    AbandonCounts counts = new AbandonCounts();
    forMembers(world, (w, traits, h) -> {
      Scenario.Habits habits = persona(w, traits.persona()).habits();
      List<List<Integer>> profiles = byProfile(h, traits.profiles().size(), false);
      for (int p = 0; p < profiles.size(); p++) {
        java.util.Set<Integer> seenItems = new java.util.HashSet<>();
        for (int i : profiles.get(p)) {
          int title = h.title(i);
          double share = (double) h.durationS(i) / w.runtimeS[title];
          // The two kinds of views are told apart by their spans, which leave a gap: abandoned_share.max
          // (0.6 by default) below, 1 - credits_skip (0.93) above.
          boolean abandoned = share < 0.7;
          assertThat(abandoned ? share <= habits.abandonedShare().max() : share >= 1 - habits.creditsSkip())
              .as("member %d view %d plays %.3f of its runtime", h.memberId(), i, share).isTrue();
          int item = w.itemOfTitle[title];
          boolean isNew = seenItems.add(item) && !isFavourite(w, traits, p, title);
          long[] c = (isNew ? counts.first : counts.other).computeIfAbsent(traits.persona(), k -> new long[2]);
          c[0] += abandoned ? 1 : 0;
          c[1]++;
        }
      }
    });
    return counts;
  }

  @Test
  void abandonRate_matchesThePersonasAbandonWhenTryingIsOff() throws Exception {
    // Binomial per persona over every view (tiny has no comfort habit, whose views are never abandoned).
    World world = tiny("habits.try_abandon=0");
    AbandonCounts counts = countAbandons(world);
    for (Scenario.Persona p : world.scenario().personas()) {
      long[] a = counts.first.get(p.name());
      long[] b = counts.other.get(p.name());
      assertBinomial("abandoned views of " + p.name(), a[0] + b[0], a[1] + b[1], p.abandon());
    }
  }

  @Test
  void tryAbandon_addsToTheAbandonRateOnlyOnTheFirstViewOfATitleNewToTheProfile() throws Exception {
    World world = tiny("habits.try_abandon=0.3");
    AbandonCounts counts = countAbandons(world);
    for (Scenario.Persona p : world.scenario().personas()) {
      long[] a = counts.first.get(p.name());
      long[] b = counts.other.get(p.name());
      assertBinomial("abandoned first views of new titles, " + p.name(), a[0], a[1], p.abandon() + 0.3);
      assertBinomial("abandoned other views, " + p.name(), b[0], b[1], p.abandon());
    }
  }

  @Test
  void autoplayShare_amongNextEpisodesBeforeThePromptMatchesThePersonasAutoplay() throws Exception {
    // A next episode within a session follows the previous one after at most a manual pause (10-120 s); a title
    // chosen anew (which may be the same next episode) comes after 300 s or more here, so the two are told apart.
    World world = tiny("habits.pauses.next_title=[300, 600]", "habits.pauses.after_abandon=[300, 600]");
    int promptEpisodes = world.scenario().platform().promptEpisodes();
    long promptSeconds = (long) (world.scenario().platform().promptMinutes() * 60);
    Map<String, long[]> counts = new HashMap<>();
    forMembers(world, (w, traits, h) -> {
      for (List<Integer> views : byProfile(h, traits.profiles().size(), false)) {
        int sinceAction = 0;
        long lastAction = Long.MIN_VALUE;
        for (int k = 0; k < views.size(); k++) {
          int i = views.get(k);
          if (k > 0) {
            int u = views.get(k - 1);
            long end = h.startUtc(u) + h.durationS(u);
            boolean next = w.nextEpisode[h.title(u)] == h.title(i);
            boolean beforePrompt = sinceAction < promptEpisodes && end - lastAction < promptSeconds;
            if (next && beforePrompt && h.startUtc(i) - end <= 130) {
              long[] c = counts.computeIfAbsent(traits.persona(), x -> new long[2]);
              c[0] += h.autoplayed(i) ? 1 : 0;
              c[1]++;
            }
          }
          if (h.autoplayed(i)) {
            sinceAction++;
          } else {
            sinceAction = 1;
            lastAction = h.startUtc(i);
          }
        }
      }
    });
    for (Scenario.Persona p : world.scenario().personas()) {
      long[] c = counts.get(p.name());
      assertBinomial("autoplayed next episodes of " + p.name(), c[0], c[1], p.autoplay());
    }
  }

  @Test
  void bedtime_noViewStartsDeepInTheSleepWindowOnOrdinaryDays() throws Exception {
    // Deterministic. With asleep_factor = 0 no session is drawn in an hour whose middle lies in the sleep window, so
    // a session's drawn start is before bedtime or within the first hour after it (or in the last hour before wake);
    // its views start before that start's bedtime + bedtime_grace_min, its first one at most a preview later.
    World world = tiny("habits.asleep_factor=0");
    long[] inWindow = new long[1];
    forMembers(world, (w, traits, h) -> {
      Scenario.Habits habits = persona(w, traits.persona()).habits();
      long bound = (long) (habits.bedtimeGraceMin() * 60) + 3600 + (long) habits.previewSeconds().max() + 1;
      int bed = traits.sleep().bedtimeMinute();
      long window = Math.floorMod(traits.sleep().wakeMinute() - bed, 1440) * 60L;
      for (int i = 0; i < h.size(); i++) {
        long afterBed = Math.floorMod(h.secondOfDay(i) - bed * 60L, 86400L);
        if (afterBed < window) {
          inWindow[0]++;
          assertThat(afterBed < bound || window - afterBed <= 3600)
              .as("member %d view %d starts %d min after bedtime %d (window %d min)",
                  h.memberId(), i, afterBed / 60, bed, window / 60)
              .isTrue();
        }
      }
    });
    // The views that finish a session past bedtime exist: the rule is exercised.
    assertThat(inWindow[0]).isGreaterThan(100);
  }

  @Test
  void sittingCap_noViewStartsAfterMaxSittingHoursEvenWhenBedtimeIsIgnored() throws Exception {
    // Deterministic. A sitting is one profile's views, each starting at most 30 min after the previous ended.
    World world = tiny(
        "life_events=[{name: spiral, share: 0.9, start_from: 2017-11-17, start_to: 2017-11-18,"
            + " duration_days: 6, effects: {volume: 9, ignore_bedtime: true}}]");
    long[] longest = new long[1];
    forMembers(world, (w, traits, h) -> {
      long cap = (long) (persona(w, traits.persona()).habits().maxSittingHours() * 3600);
      for (List<Integer> views : byProfile(h, traits.profiles().size(), true)) {
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (int i : views) {
          if (start == Long.MIN_VALUE || h.startUtc(i) - end > MemberGenerator.SITTING_GAP_S) {
            start = h.startUtc(i);
          }
          assertThat(h.startUtc(i) - start)
              .as("member %d view %d starts this many seconds into its sitting", h.memberId(), i)
              .isLessThan(cap);
          end = Math.max(end, h.startUtc(i) + h.durationS(i));
          longest[0] = Math.max(longest[0], end - start);
          assertThat(end - start).as("member %d sitting up to view %d", h.memberId(), i).isLessThan(86400);
        }
      }
    });
    // The cap is reached: the events make sittings long enough to meet it.
    assertThat(longest[0]).isGreaterThan((long) (Scenario.Habits.DEFAULTS.maxSittingHours() * 3600));
  }

  @Test
  void sittingRest_aProfileWhoseSittingReachedMaxSittingHoursStartsNothingForRestHours() throws Exception {
    // Deterministic. "Reached" read from the views: the sitting's views span at least max_sitting_hours.
    // FAILS on main 56e92d9 (not merged): the generator rests a profile only when a cap check stopped the sitting
    // (before() or a refused session), not when the sitting ended for another reason (budget, prompt, next-episode
    // coin) after running past the cap; member 455 of this run (seed 11) is one.
    World world = tiny(
        "life_events=[{name: spiral, share: 0.9, start_from: 2017-11-17, start_to: 2017-11-18,"
            + " duration_days: 6, effects: {volume: 9, ignore_bedtime: true}}]");
    long[] reached = new long[1];
    forMembers(world, (w, traits, h) -> {
      Scenario.Habits habits = persona(w, traits.persona()).habits();
      long cap = (long) (habits.maxSittingHours() * 3600);
      long rest = (long) (habits.restHours() * 3600);
      for (List<Integer> views : byProfile(h, traits.profiles().size(), true)) {
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (int i : views) {
          if (start != Long.MIN_VALUE && h.startUtc(i) - end > MemberGenerator.SITTING_GAP_S) {
            if (end - start >= cap) {
              reached[0]++;
              assertThat(h.startUtc(i) - end)
                  .as("member %d (seed 11): view %d starts this many seconds after a sitting of %.1f h",
                      h.memberId(), i, (end - start) / 3600.0)
                  .isGreaterThanOrEqualTo(rest);
            }
            start = h.startUtc(i);
          } else if (start == Long.MIN_VALUE) {
            start = h.startUtc(i);
          }
          end = Math.max(end, h.startUtc(i) + h.durationS(i));
        }
      }
    });
    assertThat(reached[0]).isGreaterThan(10);
  }

  @Test
  void seriesContinuation_aNewSittingContinuesTheSeriesInProgressAtRateContinueSeries() throws Exception {
    // A sitting's first view (more than 30 min after the profile's last view) whose previous view was an episode
    // with a next one: the session continues the series with probability continue_series, or chooses anew, which
    // may draw the same series again and resume it at the same episode. Here no profile has a favourite and 600
    // filler titles weigh alike (an adult profile's item weighs at most 1.5 / 600 of its table, 8 draws at most),
    // so the share lies in [c, c + (1 - c) x 0.02]. One-sided binomial tests at each end, false-alarm rate 1e-6
    // in all. Kids' profiles choose from the smaller kids' table and are left out.
    World world = tiny("habits.rewatch={favourite: 0, choose: 0.2, film_days: 1}", "catalog.filler.films=300",
        "catalog.filler.series=300", "catalog.filler.zipf_exponent=0", "catalog.titles[0].popularity=0.01",
        "catalog.titles[1].popularity=0.01");
    Map<String, long[]> counts = new HashMap<>();
    forMembers(world, (w, traits, h) -> {
      List<List<Integer>> profiles = byProfile(h, traits.profiles().size(), false);
      for (int p = 0; p < profiles.size(); p++) {
        if (traits.profiles().get(p).kids()) {
          continue;
        }
        List<Integer> views = profiles.get(p);
        long end = Long.MIN_VALUE;
        for (int k = 0; k < views.size(); k++) {
          int i = views.get(k);
          if (k > 0 && h.startUtc(i) - end > MemberGenerator.SITTING_GAP_S + 120) {
            int next = w.nextEpisode[h.title(views.get(k - 1))];
            if (next >= 0) {
              long[] c = counts.computeIfAbsent(traits.persona(), x -> new long[2]);
              c[0] += h.title(i) == next ? 1 : 0;
              c[1]++;
            }
          }
          end = Math.max(end, h.startUtc(i) + h.durationS(i));
        }
      }
    });
    for (Scenario.Persona p : world.scenario().personas()) {
      long[] c = counts.get(p.name());
      assertThat(c[1]).isGreaterThan(500);
      int k = Math.toIntExact(c[0]);
      int n = Math.toIntExact(c[1]);
      double low = p.continueSeries();
      double high = low + (1 - low) * 0.02;
      assertThat(BinomialDistribution.of(n, low).cumulativeProbability(k))
          .as("%s: %d of %d continue, declared continue_series %.2f (false-alarm rate 5e-7)", p.name(), k, n, low)
          .isGreaterThan(ALPHA / 2);
      assertThat(BinomialDistribution.of(n, high).survivalProbability(k - 1))
          .as("%s: %d of %d continue, at most %.3f expected (false-alarm rate 5e-7)", p.name(), k, n, high)
          .isGreaterThan(ALPHA / 2);
    }
  }

  @Test
  void seriesContinuation_anAutoplayedViewIsTheNextEpisodeOfTheProfilesPreviousView() throws Exception {
    // Deterministic: autoplay only ever starts the next episode, after an autoplay pause.
    World world = tiny();
    Scenario.Span pause = Scenario.Habits.DEFAULTS.pauses().autoplay();
    long[] checked = new long[1];
    forMembers(world, (w, traits, h) -> {
      for (List<Integer> views : byProfile(h, traits.profiles().size(), false)) {
        for (int k = 1; k < views.size(); k++) {
          int i = views.get(k);
          int u = views.get(k - 1);
          if (h.autoplayed(i)) {
            checked[0]++;
            assertThat(h.title(i)).as("member %d view %d", h.memberId(), i).isEqualTo(w.nextEpisode[h.title(u)]);
            assertThat(h.startUtc(i) - (h.startUtc(u) + h.durationS(u)))
                .as("member %d view %d: pause before an autoplayed episode", h.memberId(), i)
                .isBetween((long) pause.min(), (long) pause.max());
          }
        }
        if (!views.isEmpty() && h.autoplayed(views.get(0))) {
          fail("member %d: a profile's first view is autoplayed", h.memberId());
        }
      }
    });
    assertThat(checked[0]).isGreaterThan(1000);
  }

  @Test
  void resumeAbandoned_atOneTheProfilesNextViewOfTheSeriesIsTheEpisodeItStopped() throws Exception {
    // Deterministic. An episode view shorter than 70% of its runtime is abandoned (a finished one plays at least
    // 1 - credits_skip). Once the profile has seen the series before (so the view is not a first try of it), the
    // profile's next view of that series plays the same episode again; favourites keep their own place.
    long[] checked = new long[1];
    forAbandonedEpisodes(tiny("habits.resume_abandoned=1"), (abandoned, next, w) -> {
      checked[0]++;
      assertThat(next).as("the view after an abandoned %s", w.catalog().title(abandoned).name()).isEqualTo(abandoned);
    });
    assertThat(checked[0]).isGreaterThan(500);
  }

  @Test
  void resumeAbandoned_atZeroByDefaultTheSeriesGoesOnAtTheNextEpisode() throws Exception {
    // Deterministic: the default (0) skips the rest of an abandoned episode.
    assertThat(Scenario.Habits.DEFAULTS.resumeAbandoned()).isZero();
    long[] checked = new long[1];
    forAbandonedEpisodes(tiny(), (abandoned, next, w) -> {
      checked[0]++;
      assertThat(next).as("the view after an abandoned %s", w.catalog().title(abandoned).name())
          .isEqualTo(w.nextEpisode[abandoned]);
    });
    assertThat(checked[0]).isGreaterThan(500);
  }

  /** Receives an abandoned episode and the title of the profile's next view of its series. */
  interface AbandonedVisitor {
    void pair(int abandoned, int next, World world);
  }

  /**
   * Calls {@code visitor} for each abandoned episode view, on an adult or kids' profile that had viewed the series
   * before and not its favourite, that is followed by a later view of the series by the same profile.
   */
  static void forAbandonedEpisodes(World world, AbandonedVisitor visitor) {
    forMembers(world, (w, traits, h) -> {
      List<List<Integer>> profiles = byProfile(h, traits.profiles().size(), false);
      for (int p = 0; p < profiles.size(); p++) {
        List<Integer> views = profiles.get(p);
        java.util.Set<Integer> seenSeries = new java.util.HashSet<>();
        for (int k = 0; k < views.size(); k++) {
          int title = h.title(views.get(k));
          int series = w.seriesOf[title];
          if (series < 0 || isFavourite(w, traits, p, title)) {
            continue;
          }
          boolean seenBefore = !seenSeries.add(series);
          if (!seenBefore || h.durationS(views.get(k)) >= 0.7 * w.runtimeS[title]) {
            continue;
          }
          for (int j = k + 1; j < views.size(); j++) {
            int later = h.title(views.get(j));
            if (w.seriesOf[later] == series) {
              visitor.pair(title, later, w);
              break;
            }
          }
        }
      }
    });
  }

  @Test
  void noAccidentalLoops_aTitleIsViewedAgainOnlyAsTheProfilesFavouriteAndAFavouriteFilmOncePerFilmDays()
      throws Exception {
    // Deterministic. tiny has no comfort habit, so the favourite is the only rewatch rule; films are frequent
    // favourites of kids' profiles, and favourites are chosen often here so the rule is exercised.
    World world = tiny("habits.rewatch={favourite: 0.8, choose: 0.5, film_days: 2}");
    long[] rewatched = new long[2];
    forMembers(world, (w, traits, h) -> {
      int filmDays = persona(w, traits.persona()).habits().rewatch().filmDays();
      List<List<Integer>> profiles = byProfile(h, traits.profiles().size(), false);
      for (int p = 0; p < profiles.size(); p++) {
        Map<Integer, Long> lastDay = new HashMap<>();
        for (int i : profiles.get(p)) {
          int title = h.title(i);
          Long before = lastDay.put(title, h.localDay(i));
          if (before == null) {
            continue;
          }
          boolean fav = isFavourite(w, traits, p, title);
          assertThat(fav)
              .as("member %d profile %d views %s again (view %d) without it being its favourite",
                  h.memberId(), p, w.catalog().title(title).name(), i)
              .isTrue();
          Title t = w.catalog().title(title);
          if (t.seriesIndex() < 0) {
            rewatched[0]++;
            assertThat(h.localDay(i) - before)
                .as("member %d profile %d favourite film %s again after (days)", h.memberId(), p, t.name())
                .isGreaterThanOrEqualTo(filmDays);
          } else {
            rewatched[1]++;
          }
        }
      }
    });
    assertThat(rewatched[0]).as("favourite films rewatched").isGreaterThan(20);
    assertThat(rewatched[1]).as("favourite episodes rewatched").isGreaterThan(20);
  }

  @Test
  void comfortChain_afterTakingUpItsTitleAComfortMemberWatchesItOnEachLaterDayWithProbabilityRewatch()
      throws Exception {
    // adopt = 1 and the only holiday title released on the first day: every binger takes it up on day one; on
    // each of the six later days profile 0 watches it with probability comfort.rewatch (no life event scales it),
    // as StreakExpectation assumes. Other profiles do not choose comfort-tagged titles; kids' ones may, so only
    // profile 0 (an adult) is counted. Binomial over member-days.
    World world = tiny("personas.binger.comfort={tag: holiday, adopt: 1, rewatch: 0.7}");
    double rewatch = persona(world, "binger").comfort().rewatch();
    long[] c = new long[3];
    forMembers(world, (w, traits, h) -> {
      if (!traits.persona().equals("binger")) {
        return;
      }
      long first = w.firstDay;
      java.util.BitSet days = new java.util.BitSet();
      for (int i = 0; i < h.size(); i++) {
        if (h.profile(i) == 0 && h.supplemental(i) == Supplemental.NONE
            && w.catalog().title(h.title(i)).hasTag("holiday")) {
          days.set((int) (h.localDay(i) - first));
        }
      }
      c[2] += days.get(0) ? 1 : 0;
      int later = (int) (w.lastDay - first);
      c[0] += days.get(1, later + 1).cardinality();
      c[1] += later;
    });
    assertThat(c[2]).as("bingers with the comfort view on day one").isPositive();
    assertBinomial("member-days after day one with the comfort view", c[0], c[1], rewatch);
  }

  @Test
  void favourites_theShareOfAdultProfilesWithAFavouriteMatchesRewatchFavouriteAndTheyAreSeries() throws Exception {
    World world = tiny();
    double share = Scenario.Habits.DEFAULTS.rewatch().favourite();
    for (Scenario.Persona p : world.scenario().personas()) {
      assertThat(p.habits().rewatch().favourite()).isEqualTo(share);
    }
    long[] c = new long[2];
    forMembers(world, (w, traits, h) -> {
      for (MemberTraits.Profile p : traits.profiles()) {
        if (p.kids()) {
          continue;
        }
        c[1]++;
        if (p.favourite() != null) {
          c[0]++;
          assertThat(w.catalog().seriesNamed(p.favourite()))
              .as("member %d: favourite %s of an adult profile is a series", traits.memberId(), p.favourite())
              .isPresent();
        }
      }
    });
    assertBinomial("adult profiles with a favourite", c[0], c[1], share);
  }
}
