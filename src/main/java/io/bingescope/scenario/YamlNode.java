package io.bingescope.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML value that remembers where it was written, so every problem can point at a line and
 * column. Lists and maps are mutable only so overrides can edit them; the binder only reads.
 */
sealed interface YamlNode {

  /** Returns where the node starts. */
  Mark mark();

  /** Returns a short description of the node's kind for messages, e.g. {@code a list}. */
  String describe();

  /**
   * A position in a source.
   *
   * @param source file name, bundled scenario, or {@code --set PATH}
   * @param line 1-based line, 0 for none
   * @param column 1-based column, 0 for none
   */
  record Mark(String source, int line, int column) {}

  /** A map entry: its key with the key's own position, and its value. */
  record Entry(String key, Mark keyMark, YamlNode value) {}

  /** A mapping whose entries keep file order. */
  record MapNode(Mark mark, List<Entry> entries) implements YamlNode {
    MapNode(Mark mark) {
      this(mark, new ArrayList<>());
    }

    /** Returns the entry with the given key, or null. */
    Entry entry(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }

    /** Returns the value of the given key, or null. */
    YamlNode get(String key) {
      Entry e = entry(key);
      return e == null ? null : e.value();
    }

    /** Replaces or appends the value of a key. */
    void put(String key, Mark keyMark, YamlNode value) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).key().equals(key)) {
          entries.set(i, new Entry(key, keyMark, value));
          return;
        }
      }
      entries.add(new Entry(key, keyMark, value));
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A sequence. */
  record ListNode(Mark mark, List<YamlNode> items) implements YamlNode {
    ListNode(Mark mark) {
      this(mark, new ArrayList<>());
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar with its text as written.
   *
   * @param text the scalar's text (without quotes)
   * @param quoted whether it was quoted, which makes it a string whatever it looks like
   */
  record ScalarNode(Mark mark, String text, boolean quoted) implements YamlNode {

    /** Returns whether the scalar is YAML's null (empty, {@code ~} or {@code null} unquoted). */
    boolean isNull() {
      return !quoted
          && (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null"));
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "nothing";
      }
      return quoted ? "\"" + text + "\"" : text;
    }
  }
}
