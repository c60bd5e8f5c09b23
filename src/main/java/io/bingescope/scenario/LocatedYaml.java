package io.bingescope.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.bingescope.scenario.YamlNode.ListNode;
import io.bingescope.scenario.YamlNode.MapNode;
import io.bingescope.scenario.YamlNode.Mark;
import io.bingescope.scenario.YamlNode.ScalarNode;
import java.io.IOException;

/**
 * Reads YAML into a {@link YamlNode} tree that keeps each node's and key's line and column. Uses
 * Jackson's streaming parser rather than a data binder, because a bound value has forgotten where
 * it was written.
 */
final class LocatedYaml {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String source;
  private final String text;
  private final Problems problems;
  private final boolean fixedMark;

  private LocatedYaml(String source, String text, Problems problems, boolean fixedMark) {
    this.source = source;
    this.text = text;
    this.problems = problems;
    this.fixedMark = fixedMark;
  }

  /**
   * Returns the tree of the first document of {@code text}, or null after adding a problem when
   * the text is not YAML; duplicate keys are added as problems and the later value wins.
   */
  static YamlNode read(String source, String text, Problems problems) {
    return new LocatedYaml(source, text, problems, false).document("");
  }

  /**
   * Returns the tree of an override value, every node marked with {@code source} and no line,
   * since a command-line value has no file position worth reporting.
   */
  static YamlNode readValue(String source, String path, String text, Problems problems) {
    return new LocatedYaml(source, text, problems, true).document(path);
  }

  private YamlNode document(String path) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        Mark start = fixedMark ? new Mark(source, 0, 0) : new Mark(source, 1, 1);
        return new ScalarNode(start, "", false);
      }
      return node(p, path);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = fixedMark || loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int column = fixedMark || loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      problems.add(new Problem(source, line, column, path, "not valid YAML: " + summary(e)));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(source, 0, 0, path, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private YamlNode node(JsonParser p, String path) throws IOException {
    Mark mark = mark(p);
    JsonToken t = p.currentToken();
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      problems.add(new Problem(source, mark.line(), mark.column(), path,
          "YAML aliases (*name) are not supported; write the value out"));
    }
    switch (t) {
      case START_OBJECT -> {
        MapNode map = new MapNode(mark);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Mark keyMark = mark(p);
          String childPath = path.isEmpty() ? key : path + "." + key;
          p.nextToken();
          YamlNode value = node(p, childPath);
          if (map.entry(key) != null) {
            Mark first = map.entry(key).keyMark();
            problems.add(new Problem(source, keyMark.line(), keyMark.column(), childPath,
                "duplicate key '" + key + "' (first at line " + first.line() + ")"));
          }
          map.put(key, keyMark, value);
        }
        return map;
      }
      case START_ARRAY -> {
        ListNode list = new ListNode(mark);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.items().add(node(p, path + "[" + list.items().size() + "]"));
        }
        return list;
      }
      case VALUE_NULL -> {
        return new ScalarNode(mark, quoted(p) ? "null" : rawNull(p), quoted(p));
      }
      default -> {
        return new ScalarNode(mark, p.getText(), quoted(p));
      }
    }
  }

  /** Returns the null's text as written, so {@code ~} and an empty value read back as such. */
  private String rawNull(JsonParser p) {
    int at = (int) p.currentTokenLocation().getCharOffset();
    if (fixedMark || at < 0 || at >= text.length()) {
      return "";
    }
    if (text.startsWith("null", at) || text.startsWith("Null", at) || text.startsWith("NULL", at)) {
      return "null";
    }
    return text.charAt(at) == '~' ? "~" : "";
  }

  private boolean quoted(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    int at = (int) p.currentTokenLocation().getCharOffset();
    return at >= 0 && at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
  }

  private Mark mark(JsonParser p) {
    if (fixedMark) {
      return new Mark(source, 0, 0);
    }
    JsonLocation loc = p.currentTokenLocation();
    return new Mark(source, loc.getLineNr(), loc.getColumnNr());
  }

  /** Returns the parser's message without Jackson's source excerpt, which repeats our position. */
  private static String summary(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "syntax error";
    }
    StringBuilder s = new StringBuilder();
    for (String line : m.split("\n")) {
      String l = line.strip();
      boolean excerpt = l.startsWith("in 'reader'") || l.startsWith("^") || line.startsWith("    ");
      if (l.isEmpty() || excerpt) {
        continue;
      }
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(l);
    }
    return s.toString();
  }
}
