package io.bingescope.cli;

import io.bingescope.model.Names;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import io.bingescope.sim.StreakExpectation;
import io.bingescope.sim.World;
import java.time.LocalDate;
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
                () ->
                    new UserException(
                        "no film named '" + title + "'"
                            + Names.closest(
                                title,
                                world.catalog().titles().stream()
                                    .filter(x -> x.kind() == TitleKind.FILM)
                                    .map(Title::name)
                                    .toList())));
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
}
