package io.bingescope.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scenario cannot be used; carries every problem found, not only the first. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** Creates an exception listing the given problems (at least one). */
  public ScenarioException(List<Problem> problems) {
    super(format(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(List<Problem> problems) {
    String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    head += " in scenario:";
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining("\n", head + "\n", ""));
  }
}
