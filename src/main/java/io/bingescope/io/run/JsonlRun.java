package io.bingescope.io.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.model.Catalog;
import io.bingescope.model.TitleKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.io.api.Binary;

/**
 * A stored run of {@code simulate --format jsonl}: {@code views.jsonl} with {@code titles.jsonl}
 * beside it, and the manifest when there is one. Each line is one JSON object with the keys of the
 * CSV header, in any order; every key must be there.
 *
 * @param views the views file
 * @param titles the titles file beside it
 * @param manifest the manifest beside it, when there is one
 */
public record JsonlRun(Path views, Path titles, Optional<Manifest> manifest)
    implements StoredInput {
  static final String VIEWS = "views.jsonl";
  private static final String TITLES = "titles.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Resolves a views file into the files to read.
   *
   * @throws InputException if it has no titles.jsonl beside it, or its manifest is malformed
   */
  static JsonlRun of(Path views) throws InputException {
    Path dir = views.toAbsolutePath().getParent();
    Path titles = dir.resolve(TITLES);
    if (!Files.isRegularFile(titles)) {
      throw new InputException(views + ": expected titles.jsonl beside it (" + titles + "), found"
          + " none; the views' title ids refer to it");
    }
    Optional<Manifest> manifest = ManifestCheck.readIn(dir);
    return new JsonlRun(views, titles, manifest);
  }

  @Override
  public Catalog catalog() throws IOException, InputException {
    List<TitlesReader.Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(titles, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        String where = titles + ":" + n;
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new InputException(where + ": expected one JSON object, found: "
              + e.getOriginalMessage());
        }
        int id = integer(o, "title_id", where);
        if (id != rows.size()) {
          throw new InputException(where + ": expected title id " + rows.size()
              + " (ids are the rows' positions from 0), found " + id);
        }
        TitleKind kind;
        try {
          kind = TitleKind.valueOf(text(o, "kind", where));
        } catch (IllegalArgumentException e) {
          throw new InputException(where + ": expected kind FILM or EPISODE, found "
              + o.get("kind"));
        }
        boolean episode = kind == TitleKind.EPISODE;
        if (episode == o.path("series").isNull() || episode == o.path("season").isNull()
            || episode == o.path("episode").isNull()) {
          throw new InputException(where + ": expected a series, season and episode for an"
              + " episode and null for a film");
        }
        int runtime = integer(o, "runtime_s", where);
        if (runtime <= 0) {
          throw new InputException(where + ": expected a positive runtime_s, found " + runtime);
        }
        LocalDate released;
        try {
          released = LocalDate.parse(text(o, "release_date", where));
        } catch (DateTimeException e) {
          throw new InputException(where + ": expected release_date as yyyy-MM-dd, found "
              + o.get("release_date"));
        }
        rows.add(new TitlesReader.Row(id, text(o, "title", where), kind,
            episode ? text(o, "series", where) : "", episode ? integer(o, "season", where) : 0,
            episode ? integer(o, "episode", where) : 0, runtime, released,
            strings(o, "genres", where), strings(o, "tags", where), n));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(titles + ": no such file (a titles.jsonl must be beside views.jsonl)");
    }
    return TitlesReader.build(titles.toString(), rows);
  }

  private static int integer(JsonNode o, String key, String where) throws InputException {
    JsonNode v = o.get(key);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new InputException(where + ": expected " + key + " as a whole number, found " + v);
    }
    return v.intValue();
  }

  private static String text(JsonNode o, String key, String where) throws InputException {
    JsonNode v = o.get(key);
    if (v == null || !v.isTextual()) {
      throw new InputException(where + ": expected " + key + " as a string, found " + v);
    }
    return v.textValue();
  }

  private static List<String> strings(JsonNode o, String key, String where)
      throws InputException {
    JsonNode v = o.get(key);
    if (v == null || !v.isArray()) {
      throw new InputException(where + ": expected " + key + " as an array of strings, found " + v);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new InputException(where + ": expected " + key + " as an array of strings, found "
            + v);
      }
      out.add(item.textValue());
    }
    return out;
  }

  @Override
  public MemberSource open(Catalog catalog) throws IOException, InputException {
    return new TypedViewsReader(new Rows(views), views.toString(), catalog,
        manifest.map(Manifest::views).orElse(-1L), Manifest.FILE_NAME);
  }

  /** The rows of views.jsonl, one object a line, parsed as a stream of root-level objects. */
  private static final class Rows implements TypedViewsReader.Rows {
    private static final String[] KEYS = {"member_id", "profile", "title_id", "title",
        "start_utc", "start_local", "time_zone", "duration_s", "device", "country", "autoplayed",
        "supplemental"};
    private final Path file;
    private final InputStream stream;
    private final JsonParser parser;
    private final TypedViewsReader.Row row = new TypedViewsReader.Row();
    private long line;

    Rows(Path file) throws IOException, InputException {
      this.file = file;
      try {
        this.stream = Files.newInputStream(file);
      } catch (NoSuchFileException e) {
        throw new InputException(file + ": no such file");
      }
      this.parser = new JsonFactory().createParser(stream);
    }

    @Override
    public boolean next() throws IOException, InputException {
      JsonToken t;
      try {
        t = parser.nextToken();
        line = parser.currentLocation().getLineNr();
        if (t == null) {
          return false;
        }
        if (t != JsonToken.START_OBJECT) {
          throw error("", "one JSON object per line", t.asString());
        }
        int seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken v = parser.nextToken();
          int k = index(key);
          seen |= 1 << k;
          switch (k) {
            case 0 -> row.member = integer(key, v);
            case 1 -> row.profile = string(key, v);
            case 2 -> row.titleId = integer(key, v);
            case 3 -> row.title = string(key, v);
            case 4 -> row.startUtc = instant(key, v, true);
            case 5 -> row.startLocal = instant(key, v, false);
            case 6 -> row.zone = string(key, v);
            case 7 -> row.duration = integer(key, v);
            case 8 -> row.device = string(key, v);
            case 9 -> row.country = string(key, v);
            case 10 -> {
              if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                throw error(key, "true or false", parser.getText());
              }
              row.autoplayed = v == JsonToken.VALUE_TRUE;
            }
            default -> row.supplemental = string(key, v);
          }
        }
        if (seen != (1 << KEYS.length) - 1) {
          for (int k = 0; k < KEYS.length; k++) {
            if ((seen & (1 << k)) == 0) {
              throw error(KEYS[k], "the key " + KEYS[k] + " in every view", "none");
            }
          }
        }
        return true;
      } catch (JsonProcessingException e) {
        throw new InputException(file + ":" + e.getLocation().getLineNr() + ": expected one JSON"
            + " object per line, found: " + e.getOriginalMessage());
      }
    }

    private int index(String key) throws InputException {
      for (int k = 0; k < KEYS.length; k++) {
        if (KEYS[k].equals(key)) {
          return k;
        }
      }
      throw error(key, "only the keys " + String.join(", ", KEYS), "the key " + key);
    }

    private int integer(String key, JsonToken v) throws IOException, InputException {
      if (v != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
        throw error(key, "a whole number", parser.getText());
      }
      return parser.getIntValue();
    }

    private Binary string(String key, JsonToken v) throws IOException, InputException {
      if (v != JsonToken.VALUE_STRING) {
        throw error(key, "a string", parser.getText());
      }
      return Binary.fromString(parser.getText());
    }

    private long instant(String key, JsonToken v, boolean utc) throws IOException, InputException {
      if (v != JsonToken.VALUE_STRING) {
        throw error(key, "a string", parser.getText());
      }
      byte[] b = parser.getText().getBytes(StandardCharsets.UTF_8);
      long s = ViewsReader.instant(b, 0, b.length, utc);
      if (s == Long.MIN_VALUE) {
        throw error(key, utc ? "a UTC instant yyyy-MM-ddTHH:mm:ssZ"
            : "a local date-time yyyy-MM-ddTHH:mm:ss", "'" + parser.getText() + "'");
      }
      return s;
    }

    @Override
    public TypedViewsReader.Row row() {
      return row;
    }

    @Override
    public InputException error(String column, String expected, String found) {
      return new InputException(file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ")
          + "expected " + expected + ", found " + found);
    }

    @Override
    public long bytesRead() {
      return parser.currentLocation().getByteOffset();
    }

    @Override
    public void close() throws IOException {
      try (InputStream s = stream) {
        parser.close();
      }
    }
  }
}
