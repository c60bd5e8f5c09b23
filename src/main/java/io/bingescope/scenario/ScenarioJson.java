package io.bingescope.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resolved scenario as canonical JSON: every default filled in, keys in record-component order
 * (maps sorted), snake_case names as in YAML, no whitespace. Its sha256 identifies a run's inputs
 * in the manifest, so two files that differ only in layout, comments or spelled-out defaults hash
 * the same.
 */
public final class ScenarioJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioJson() {}

  /** Returns the canonical JSON text of a scenario. */
  public static String canonical(Scenario scenario) {
    try {
      return MAPPER.writeValueAsString(tree(scenario));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write scenario JSON", e);
    }
  }

  /** Returns the lower-case hex sha256 of the UTF-8 canonical JSON. */
  public static String sha256(Scenario scenario) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical(scenario).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof Dist.Fixed f) {
      return NODES.numberNode(f.value());
    } else if (value instanceof Dist d) {
      ObjectNode o = NODES.objectNode();
      o.put("dist", d.getClass().getSimpleName().toLowerCase(Locale.ROOT));
      components((Record) d, o);
      return o;
    } else if (value instanceof Record r) {
      ObjectNode o = NODES.objectNode();
      components(r, o);
      return o;
    } else if (value instanceof List<?> l) {
      ArrayNode a = NODES.arrayNode();
      l.forEach(item -> a.add(tree(item)));
      return a;
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      new TreeMap<>(m).forEach((k, v) -> o.set(k.toString(), tree(v)));
      return o;
    } else if (value instanceof Double d) {
      return NODES.numberNode(d);
    } else if (value instanceof Long n) {
      return NODES.numberNode(n);
    } else if (value instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof String || value instanceof LocalDate) {
      return NODES.textNode(value.toString());
    }
    throw new IllegalArgumentException("no JSON form for " + value.getClass());
  }

  private static void components(Record r, ObjectNode o) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      // Unbounded clamps are the default and JSON has no infinity.
      if (v instanceof Double d && d.isInfinite()) {
        continue;
      }
      o.set(snake(c.getName()), tree(v));
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
