package io.bingescope.scenario;

import io.bingescope.model.Names;
import io.bingescope.scenario.YamlNode.Entry;
import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.util.List;

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
    return Names.nearest(key, known);
  }
}
