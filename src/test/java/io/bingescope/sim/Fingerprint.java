package io.bingescope.sim;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;

/** A text of everything in a member's traits and history, for comparing generations. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(MemberTraits traits, History h) {
    StringBuilder sb = new StringBuilder(String.valueOf(traits)).append('\n');
    for (int i = 0; i < h.size(); i++) {
      sb.append(h.profile(i)).append(',').append(h.title(i)).append(',').append(h.startUtc(i)).append(',')
          .append(h.offsetS(i)).append(',').append(h.durationS(i)).append(',').append(h.device(i))
          .append(',').append(h.zone(i)).append(',').append(h.country(i)).append(',')
          .append(h.autoplayed(i)).append(',').append(h.supplemental(i)).append('\n');
    }
    return sb.toString();
  }
}
