package io.bingescope.infer;

import io.bingescope.model.MemberTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Helpers for reading the truth that several kinds share. */
final class Truths {
  private Truths() {}

  /** Returns the member's life events that overlap the period. */
  static List<MemberTraits.LifeEvent> during(MemberTraits traits, GroundTruth truth) {
    List<MemberTraits.LifeEvent> in = new ArrayList<>(traits.lifeEvents().size());
    for (MemberTraits.LifeEvent e : traits.lifeEvents()) {
      if (!e.start().isAfter(truth.last()) && !e.end().isBefore(truth.first())) {
        in.add(e);
      }
    }
    return in;
  }

  /**
   * Returns whether a life event in the period has effects (as the scenario defines them) that pass
   * {@code test}.
   */
  static boolean anyEvent(
      MemberTraits traits, GroundTruth truth, Predicate<GroundTruth.Effects> test) {
    for (MemberTraits.LifeEvent e : during(traits, truth)) {
      GroundTruth.Effects fx = truth.scenario().events().get(e.kind());
      if (fx != null && test.test(fx)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the member's life events in the period in plain words, or {@code none}. */
  static String events(MemberTraits traits, GroundTruth truth, String none) {
    List<MemberTraits.LifeEvent> in = during(traits, truth);
    if (in.isEmpty()) {
      return none;
    }
    StringBuilder b = new StringBuilder();
    for (MemberTraits.LifeEvent e : in) {
      b.append(b.length() == 0 ? "" : "; ").append(e.kind()).append(' ').append(e.start())
          .append("..").append(e.end());
    }
    return b.toString();
  }
}
