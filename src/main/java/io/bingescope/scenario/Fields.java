package io.bingescope.scenario;

import io.bingescope.scenario.YamlNode.Entry;
import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.util.List;
import java.util.Locale;

/**
 * The keys of one YAML map, checked against the keys its record allows: unknown keys are reported
 * once, with the nearest known key as a suggestion, when the view is made.
 */
final class Fields {
  private final MapNode map;
  private final String path;
  private final Problems problems;

  private Fields(MapNode map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** Returns a view of {@code map}, reporting every key not in {@code known}. */
  static Fields of(MapNode map, String path, Problems problems, List<String> known) {
    for (Entry e : map.entries()) {
      if (!known.contains(e.key())) {
        String near = nearest(e.key(), known);
        String hint =
            near != null
                ? "; did you mean '" + near + "'?"
                : "; expected one of: " + String.join(", ", known);
        problems.add(e.keyMark(), join(path, e.key()), "unknown key '" + e.key() + "'" + hint);
      }
    }
    return new Fields(map, path, problems);
  }

  /** Returns the map this view reads. */
  MapNode map() {
    return map;
  }

  /** Returns whether the key is present with a non-null value. */
  boolean has(String key) {
    YamlNode n = map.get(key);
    return n != null && !(n instanceof ScalarNode s && s.isNull());
  }

  /** Returns the key's value, or null when absent or null. */
  YamlNode optional(String key) {
    return has(key) ? map.get(key) : null;
  }

  /** Returns the key's value, reporting it as missing (at the map's position) when absent. */
  YamlNode required(String key) {
    if (has(key)) {
      return map.get(key);
    }
    Entry e = map.entry(key);
    if (e != null) {
      problems.add(
          e.value().mark(), pathOf(key), "expected a value for '" + key + "', found nothing");
    } else {
      problems.add(map.mark(), pathOf(key), "missing required key '" + key + "'");
    }
    return null;
  }

  /** Returns the YAML path of a key of this map. */
  String pathOf(String key) {
    return join(path, key);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Returns the known key closest to {@code key} if it is close enough to be a likely typo. */
  static String nearest(String key, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // A third of the length keeps 'shar' -> 'share' while not suggesting 'seed' for 'size'.
    return best != null && bestDistance <= Math.max(1, Math.min(3, key.length() / 3)) ? best : null;
  }

  /** Returns the edit distance counting a swap of neighbours as one edit, the commonest typo. */
  private static int distance(String a, String b) {
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
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
