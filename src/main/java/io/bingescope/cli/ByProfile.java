package io.bingescope.cli;

import io.bingescope.model.History;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --by profile} option: an export is a household, one account with several profiles, so
 * figures per account are also wanted per profile, named. Also splits a history into one profile's views.
 */
final class ByProfile {
  @Option(
      names = "--by",
      paramLabel = "profile",
      description = "profile: also per profile that watched, with its name (default: per account only).")
  String by;

  /** Returns whether the output is per profile; fails on any other value. */
  boolean perProfile() {
    if (by == null) {
      return false;
    }
    if (!by.toLowerCase(Locale.ROOT).equals("profile")) {
      throw new UserException("--by: expected profile, found '" + by + "'");
    }
    return true;
  }

  /** Puts profile {@code p}'s views of {@code from}, in order, into {@code into} (reset first). */
  static History keep(History from, int p, History into) {
    into.reset(from.memberId());
    for (int i = 0; i < from.size(); i++) {
      if (from.profile(i) == p) {
        into.add(p, from.title(i), from.startUtc(i), from.offsetS(i), from.durationS(i), from.device(i),
            from.zone(i), from.country(i), from.autoplayed(i), from.supplemental(i));
      }
    }
    return into;
  }
}
