package io.bingescope.cli;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Suggests the names closest to one the user mistyped, for error messages. */
final class Suggestions {
  private static final int SUGGESTIONS = 3;

  private Suggestions() {}

  /** Returns {@code "; closest: 'a', 'b', 'c'"} for the names nearest {@code name}, or "" when there are none. */
  static String closest(String name, Stream<String> names) {
    String wanted = name.toLowerCase(Locale.ROOT);
    List<String> closest =
        names.collect(Collectors.toCollection(LinkedHashSet::new)).stream()
            .sorted(
                Comparator.comparingInt((String n) -> distance(wanted, n.toLowerCase(Locale.ROOT)))
                    .thenComparing(Comparator.naturalOrder()))
            .limit(SUGGESTIONS)
            .toList();
    return closest.isEmpty()
        ? ""
        : "; closest: " + String.join(", ", closest.stream().map(n -> "'" + n + "'").toList());
  }

  /** Returns the Levenshtein distance between two strings. */
  static int distance(String a, String b) {
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
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
