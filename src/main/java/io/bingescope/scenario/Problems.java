package io.bingescope.scenario;

import io.bingescope.scenario.YamlNode.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while a scenario is read, so all of them are reported together. */
final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Adds a problem at a position. */
  void add(Mark mark, String path, String message) {
    list.add(new Problem(mark.source(), mark.line(), mark.column(), path, message));
  }

  /** Adds a problem. */
  void add(Problem problem) {
    list.add(problem);
  }

  /** Returns the number of problems so far; a later larger count means something failed since. */
  int count() {
    return list.size();
  }

  /** Returns whether any problem was found. */
  boolean any() {
    return !list.isEmpty();
  }

  /** Returns the problems in file order, positionless ones (overrides, missing files) last. */
  List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(list);
    out.sort(
        Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
            .thenComparingInt(Problem::column));
    return out;
  }

  /** Throws the collected problems, if any. */
  void throwIfAny() throws ScenarioException {
    if (any()) {
      throw new ScenarioException(sorted());
    }
  }
}
