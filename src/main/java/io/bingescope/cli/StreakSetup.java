package io.bingescope.cli;

import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.sim.StreakExpectation;
import io.bingescope.sim.World;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A streak question resolved against a world: the film's id and the window, with user-facing errors. */
record StreakSetup(World world, int titleId, int days, LocalDate ending) {

  static StreakSetup of(World world, String title, int days, LocalDate ending) {
    var period = world.scenario().period();
    LocalDate end = ending != null ? ending : period.end();
    if (days < 1) {
      throw new UserException("--days must be at least 1, got " + days);
    }
    if (end.minusDays(days - 1).isBefore(period.start()) || end.isAfter(period.end())) {
      throw new UserException(
          "the " + days + " days ending " + end + " are not inside the scenario's period " + period.start()
              + ".." + period.end());
    }
    int id =
        world.catalog().filmNamed(title)
            .orElseThrow(
                () -> new UserException("no film named '" + title + "'; films like it: " + closest(world, title)));
    return new StreakSetup(world, id, days, end);
  }

  /** Returns the one persona whose comfort habit covers the film. */
  String onlyComfortPersona() {
    List<StreakExpectation.Term> terms = StreakExpectation.of(world, titleId, days, ending).terms();
    if (terms.size() != 1) {
      throw new UserException(
          terms.isEmpty()
              ? "no persona's comfort habit covers this film, so nothing can be calibrated"
              : "several personas' comfort habits cover this film; name one with --persona: "
                  + terms.stream().map(StreakExpectation.Term::persona).toList());
    }
    return terms.get(0).persona();
  }

  private static String closest(World world, String title) {
    String t = title.toLowerCase(java.util.Locale.ROOT);
    return world.catalog().titles().stream()
        .filter(x -> x.kind() == TitleKind.FILM)
        .map(Title::name)
        .sorted(Comparator.comparingInt(n -> distance(n.toLowerCase(java.util.Locale.ROOT), t)))
        .limit(3)
        .toList()
        .toString();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
