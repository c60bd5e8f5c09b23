package io.bingescope.scenario;

import io.bingescope.scenario.YamlNode.ListNode;
import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.Mark;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set PATH=VALUE} overrides to a located tree before binding, so an overridden
 * value is checked by exactly the rules a value in the file is, and its problems name the override.
 *
 * <p>PATH is keys separated by dots; a list element is selected by index ({@code personas[1]}) or
 * by the value of its {@code name}, {@code kind} or {@code code} key ({@code personas.casual}).
 * A missing map key is added, so a default can be overridden; whether the key is allowed at all is
 * then checked by the binder like any key in the file.
 */
final class Overrides {
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");
  private static final List<String> SELECTORS = List.of("name", "kind", "code");

  private Overrides() {}

  /** Applies each override in order to {@code root}, adding a problem for each one that fails. */
  static void apply(YamlNode root, List<String> overrides, Problems problems) {
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        problems.add(new Problem("--set " + override, 0, 0, "",
            "expected PATH=VALUE, e.g. population.members=1000"));
        continue;
      }
      String path = override.substring(0, eq).strip();
      String source = "--set " + path;
      List<String> segments = segments(path);
      if (segments == null) {
        problems.add(new Problem(source, 0, 0, path,
            "expected a path of keys and [index] such as personas[1].share"));
        continue;
      }
      YamlNode value = LocatedYaml.readValue(source, path, override.substring(eq + 1), problems);
      if (value != null) {
        set(root, segments, value, source, path, problems);
      }
    }
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int at = 0;
    while (m.find()) {
      String between = path.substring(at, m.start());
      if (!(between.isEmpty() || between.equals(".")) || (at == 0 && !between.isEmpty())) {
        return null;
      }
      out.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
      at = m.end();
    }
    return at == path.length() && !out.isEmpty() ? out : null;
  }

  private static void set(YamlNode root, List<String> segments, YamlNode value, String source,
      String path, Problems problems) {
    Mark mark = new Mark(source, 0, 0);
    YamlNode node = root;
    String done = "";
    for (int i = 0; i < segments.size(); i++) {
      String seg = segments.get(i);
      boolean last = i == segments.size() - 1;
      boolean index = seg.startsWith("[");
      if (node instanceof MapNode m && !index) {
        YamlNode next = m.get(seg);
        if (last) {
          m.put(seg, mark, value);
          return;
        }
        if (next == null || next instanceof ScalarNode s && s.isNull()) {
          if (segments.get(i + 1).startsWith("[")) {
            problems.add(new Problem(source, 0, 0, path,
                "no element " + segments.get(i + 1) + " in " + Fields.join(done, seg)
                    + " (it has none)"));
            return;
          }
          // A section the file left out: create it so the override can fill in one key.
          next = new MapNode(mark);
          m.put(seg, mark, next);
        }
        node = next;
        done = Fields.join(done, seg);
      } else if (node instanceof ListNode l) {
        int at = index ? index(seg) : select(l, seg);
        if (at < 0 || at >= l.items().size()) {
          String what = index
              ? "no element " + seg + " in " + done + " (it has " + l.items().size() + ")"
              : "no element of " + done + " has name, kind or code '" + seg + "'";
          problems.add(new Problem(source, 0, 0, path, what));
          return;
        }
        if (last) {
          l.items().set(at, value);
          return;
        }
        node = l.items().get(at);
        done = done + "[" + at + "]";
      } else {
        String what = index ? "a list" : "a map";
        problems.add(new Problem(source, 0, 0, path,
            "cannot select " + seg + " in " + (done.isEmpty() ? "the scenario" : done)
                + ": expected " + what + ", found " + node.describe()));
        return;
      }
    }
  }

  /** Returns the index {@code [N]} selects, or -1 (no such element) when N is beyond any list's length. */
  private static int index(String segment) {
    String digits = segment.substring(1, segment.length() - 1);
    // An int holds every real index; a longer number would overflow Integer.parseInt.
    return digits.length() > 9 ? -1 : Integer.parseInt(digits);
  }

  /**
   * Returns the node a {@code --set} path selects in {@code root}, or null when the path is malformed or selects
   * nothing (a key left to its default selects nothing).
   */
  static YamlNode find(YamlNode root, String path) {
    List<String> segments = segments(path);
    if (segments == null) {
      return null;
    }
    YamlNode node = root;
    for (String seg : segments) {
      if (seg.startsWith("[") && node instanceof ListNode l) {
        int at = index(seg);
        node = at >= 0 && at < l.items().size() ? l.items().get(at) : null;
      } else if (node instanceof ListNode l) {
        int at = select(l, seg);
        node = at < 0 ? null : l.items().get(at);
      } else if (!seg.startsWith("[") && node instanceof MapNode m) {
        node = m.get(seg);
      } else {
        node = null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static int select(ListNode list, String name) {
    for (int i = 0; i < list.items().size(); i++) {
      if (list.items().get(i) instanceof MapNode m) {
        for (String key : SELECTORS) {
          if (m.get(key) instanceof ScalarNode s && s.text().equals(name)) {
            return i;
          }
        }
      }
    }
    return -1;
  }
}
