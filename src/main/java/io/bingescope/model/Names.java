package io.bingescope.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names a user most likely meant when a name matches nothing: the one suggestion helper of
 * the scenario validator (a mistyped key) and the commands (a mistyped or partial title or series).
 */
public final class Names {
  /** How many names a message suggests at most. */
  public static final int SUGGESTIONS = 3;

  /** Words too common to relate two titles. */
  private static final Set<String> COMMON =
      Set.of("the", "a", "an", "of", "and", "in", "on", "to", "season", "episode", "part", "chapter");

  private Names() {}

  /**
   * Returns the known name closest to {@code key} when it is close enough to be a likely typo (at most a
   * third of its length in edits, between 1 and 3), or null.
   */
  public static String nearest(String key, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String wanted = key.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(wanted, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // A third of the length keeps 'shar' -> 'share' while not suggesting 'seed' for 'size'.
    return best != null && bestDistance <= typoEdits(key) ? best : null;
  }

  /**
   * Returns up to {@code limit} names related to {@code name}, best first: names that contain it (or
   * that it contains), then names sharing a word with it (or a likely typo of one), then likely typos of
   * the whole name; names related in none of these ways are never suggested. Case is ignored.
   */
  public static List<String> related(String name, Collection<String> names, int limit) {
    String wanted = name.toLowerCase(Locale.ROOT).strip();
    Set<String> words = words(wanted);
    record Candidate(String name, int tier, int score) {}
    List<Candidate> found = new ArrayList<>();
    for (String n : new LinkedHashSet<>(names)) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (!wanted.isEmpty() && (lower.contains(wanted) || wanted.contains(lower) && !lower.isBlank())) {
        found.add(new Candidate(n, 0, Math.abs(lower.length() - wanted.length())));
        continue;
      }
      int shared = 0;
      for (String w : words(lower)) {
        if (words.contains(w) || words.stream().anyMatch(q -> isTypo(q, w))) {
          shared++;
        }
      }
      if (shared > 0) {
        found.add(new Candidate(n, 1, -shared));
      } else if (Math.abs(lower.length() - wanted.length()) <= typoEdits(wanted)) {
        int d = distance(wanted, lower);
        if (d <= typoEdits(wanted)) {
          found.add(new Candidate(n, 2, d));
        }
      }
    }
    return found.stream()
        .sorted(
            Comparator.comparingInt(Candidate::tier)
                .thenComparingInt(Candidate::score)
                .thenComparingInt(c -> c.name().length())
                .thenComparing(Candidate::name))
        .limit(limit)
        .map(Candidate::name)
        .toList();
  }

  /** Returns {@code "; closest: 'a', 'b', 'c'"} for the names related to {@code name}, or "" when none is. */
  public static String closest(String name, Collection<String> names) {
    List<String> closest = related(name, names, SUGGESTIONS);
    return closest.isEmpty()
        ? ""
        : "; closest: " + String.join(", ", closest.stream().map(n -> "'" + n + "'").toList());
  }

  /** Returns the edit distance counting a swap of neighbours as one edit, the commonest typo. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Returns whether word {@code b} is likely {@code a} mistyped; words under four letters never are. */
  private static boolean isTypo(String a, String b) {
    return a.length() >= 4 && Math.abs(a.length() - b.length()) <= typoEdits(a) && distance(a, b) <= typoEdits(a);
  }

  private static int typoEdits(String s) {
    return Math.max(1, Math.min(3, s.length() / 3));
  }

  /** Returns the words of a lower-case name that can relate it to another: two letters or more, not common. */
  private static Set<String> words(String lower) {
    Set<String> out = new HashSet<>();
    for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 2 && !COMMON.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
