package io.bingescope.analytics.realism;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a targets file (docs/realism.md#targets-file): a YAML map with one key, {@code targets}, a list of targets
 * each with {@code figure}, {@code name}, {@code definition}, {@code published}, {@code tolerance} ({@code min}
 * and/or {@code max}), {@code source} and {@code citation}. Every problem is reported at once with its line. Reads
 * with Jackson's streaming parser, which knows where each value was written.
 */
public final class Targets {
  /** The name of the bundled targets file in the jar, under {@code io/bingescope/}. */
  public static final String BUNDLED = "realism-targets.yaml";
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final Set<String> KEYS =
      Set.of("figure", "name", "definition", "published", "tolerance", "source", "citation");

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private Targets(String source) {
    this.source = source;
  }

  /** Returns the bundled targets, built from the published figures cited in it. */
  public static List<Target> bundled() {
    try (InputStream in = Targets.class.getClassLoader().getResourceAsStream("io/bingescope/" + BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the jar");
      }
      return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TargetsException e) {
      throw new IllegalStateException("the bundled targets are invalid:\n" + e.getMessage(), e);
    }
  }

  /** Returns the text of the bundled targets file. */
  public static String bundledText() {
    try (InputStream in = Targets.class.getClassLoader().getResourceAsStream("io/bingescope/" + BUNDLED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a targets file. */
  public static List<Target> load(Path file) throws IOException, TargetsException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses the text of a targets file named {@code source} in messages. */
  public static List<Target> parse(String source, String text) throws TargetsException {
    Targets t = new Targets(source);
    List<Target> out = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      t.document(p, out);
    } catch (JsonProcessingException e) {
      t.problem(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty() && t.problems.isEmpty()) {
      t.problem(1, "expected at least one target under 'targets:', found none");
    }
    if (!t.problems.isEmpty()) {
      throw new TargetsException(String.join("\n", t.problems));
    }
    return List.copyOf(out);
  }

  private void document(JsonParser p, List<Target> out) throws IOException {
    JsonToken tok = p.nextToken();
    if (tok != JsonToken.START_OBJECT) {
      problem(line(p), "expected a map with the key 'targets', found " + describe(tok));
      return;
    }
    boolean found = false;
    while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int keyLine = line(p);
      tok = p.nextToken();
      if (!key.equals("targets")) {
        problem(keyLine, "unknown key '" + key + "' (expected 'targets')");
        p.skipChildren();
        continue;
      }
      found = true;
      if (tok != JsonToken.START_ARRAY) {
        problem(keyLine, "'targets': expected a list of targets, found " + describe(tok));
        p.skipChildren();
        continue;
      }
      Set<Figure> seen = new HashSet<>();
      while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
        int itemLine = line(p);
        if (tok != JsonToken.START_OBJECT) {
          problem(itemLine, "expected a target (a map with figure, name, ...), found " + describe(tok));
          p.skipChildren();
          continue;
        }
        Target target = target(p, itemLine);
        if (target != null) {
          if (!seen.add(target.figure())) {
            problem(itemLine, "figure " + target.figure().id() + " has a target already");
          } else {
            out.add(target);
          }
        }
      }
    }
    if (!found) {
      problem(1, "expected the key 'targets' with a list of targets");
    }
  }

  private Target target(JsonParser p, int itemLine) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    double min = Double.NaN;
    double max = Double.NaN;
    boolean tolerance = false;
    int before = problems.size();
    JsonToken tok;
    while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int keyLine = line(p);
      tok = p.nextToken();
      if (!KEYS.contains(key)) {
        problem(keyLine, "unknown key '" + key + "' (expected one of figure, name, definition, published,"
            + " tolerance, source, citation)");
        p.skipChildren();
        continue;
      }
      if (key.equals("tolerance")) {
        tolerance = true;
        if (tok != JsonToken.START_OBJECT) {
          problem(keyLine, "'tolerance': expected a map with min and/or max, found " + describe(tok));
          p.skipChildren();
          continue;
        }
        while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
          String bound = p.currentName();
          int boundLine = line(p);
          tok = p.nextToken();
          if (!bound.equals("min") && !bound.equals("max")) {
            problem(boundLine, "'tolerance': unknown key '" + bound + "' (expected min or max)");
            p.skipChildren();
            continue;
          }
          double v = number(p, tok, boundLine, "tolerance." + bound);
          if (bound.equals("min")) {
            min = v;
          } else {
            max = v;
          }
        }
        continue;
      }
      if (!tok.isScalarValue()) {
        problem(keyLine, "'" + key + "': expected text, found " + describe(tok));
        p.skipChildren();
        continue;
      }
      values.put(key, p.getText());
      lines.put(key, keyLine);
    }
    for (String key : List.of("figure", "name", "published", "source")) {
      if (!values.containsKey(key) || values.get(key).isBlank()) {
        problem(itemLine, "target: missing '" + key + "'");
      }
    }
    if (!tolerance || (Double.isNaN(min) && Double.isNaN(max))) {
      problem(itemLine, "target: missing 'tolerance' with min and/or max");
    }
    if (!Double.isNaN(min) && !Double.isNaN(max) && min > max) {
      problem(itemLine, "'tolerance': min " + min + " is above max " + max);
    }
    Figure figure = null;
    if (values.containsKey("figure")) {
      figure = Figure.byId(values.get("figure"));
      if (figure == null) {
        List<String> ids = new ArrayList<>();
        for (Figure f : Figure.values()) {
          ids.add(f.id());
        }
        problem(lines.get("figure"), "'figure': unknown figure '" + values.get("figure") + "' (expected one of "
            + String.join(", ", ids) + ")");
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Target(figure, values.get("name"), values.getOrDefault("definition", ""), values.get("published"),
        min, max, values.get("source"), values.getOrDefault("citation", ""), itemLine);
  }

  private double number(JsonParser p, JsonToken tok, int line, String what) throws IOException {
    if (tok == JsonToken.VALUE_NUMBER_INT || tok == JsonToken.VALUE_NUMBER_FLOAT) {
      double v = p.getDoubleValue();
      if (Double.isFinite(v)) {
        return v;
      }
    }
    problem(line, "'" + what + "': expected a number, found " + (tok != null && tok.isScalarValue()
        ? "'" + p.getText() + "'" : describe(tok)));
    p.skipChildren();
    return Double.NaN;
  }

  private void problem(int line, String message) {
    problems.add(source + ":" + line + ": " + message);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static String describe(JsonToken tok) {
    if (tok == null) {
      return "nothing";
    }
    return switch (tok) {
      case START_OBJECT -> "a map";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "nothing";
      default -> tok.toString();
    };
  }
}
