package io.bingescope.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.bingescope.infer.Claim;
import io.bingescope.infer.Evidence;
import io.bingescope.io.CsvStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes claims, one per row: {@code claims.csv} (RFC 4180, evidence texts joined by {@code |})
 * or {@code claims.jsonl} (one JSON object per line, evidence as an array of {@code {text,
 * figure}}). Columns in docs/output-format.md#claims.
 */
public final class ClaimsWriter {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("member_id", "profile", "kind", "value", "confidence", "statement", "evidence");

  private static final int FLUSH_AT = 1 << 16;
  private static final JsonFactory JSON = new JsonFactory();

  private final OutputStream out;
  private final boolean jsonl;
  private final CsvStyle style;
  private final StringBuilder buf = new StringBuilder(FLUSH_AT + 4096);
  private final StringWriter line = new StringWriter();
  private long rows;

  /** Creates a writer of CSV ({@code jsonl} false) or JSON Lines. */
  public ClaimsWriter(OutputStream out, boolean jsonl) {
    this(out, jsonl, CsvStyle.EXACT);
  }

  /** Creates a writer whose CSV text fields are spelled in {@code style} (JSON Lines ignores it). */
  public ClaimsWriter(OutputStream out, boolean jsonl, CsvStyle style) {
    this.out = out;
    this.jsonl = jsonl;
    this.style = style;
  }

  /** Returns the file name for the format: {@code claims.csv} or {@code claims.jsonl}. */
  public static String fileName(boolean jsonl) {
    return jsonl ? "claims.jsonl" : "claims.csv";
  }

  /** Writes the CSV header (nothing for JSON Lines). */
  public void writeHeader() throws IOException {
    if (!jsonl) {
      buf.append(String.join(",", COLUMNS)).append('\n');
    }
  }

  /** Appends the claims. */
  public void append(List<Claim> claims) throws IOException {
    for (Claim c : claims) {
      if (jsonl) {
        json(c);
      } else {
        csv(c);
      }
      rows++;
    }
    if (buf.length() >= FLUSH_AT) {
      flush();
    }
  }

  private void csv(Claim c) {
    buf.append(c.memberId()).append(',').append(style.field(c.profile())).append(',')
        .append(c.kind().code()).append(',').append(style.field(c.value())).append(',');
    confidence(buf, c.confidence());
    buf.append(',').append(style.field(c.statement())).append(',');
    StringBuilder ev = new StringBuilder();
    for (Evidence e : c.evidence()) {
      if (ev.length() > 0) {
        ev.append('|');
      }
      // Items of a CSV list never hold the separator.
      ev.append(e.text().replace('|', '/'));
    }
    buf.append(style.field(ev.toString())).append('\n');
  }

  private void json(Claim c) throws IOException {
    line.getBuffer().setLength(0);
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeNumberField("member_id", c.memberId());
      g.writeStringField("profile", c.profile());
      g.writeStringField("kind", c.kind().code());
      g.writeStringField("value", c.value());
      g.writeFieldName("confidence");
      g.writeRawValue(confidence(new StringBuilder(), c.confidence()).toString());
      g.writeStringField("statement", c.statement());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : c.evidence()) {
        g.writeStartObject();
        g.writeStringField("text", e.text());
        if (Double.isNaN(e.figure())) {
          g.writeNullField("figure");
        } else {
          g.writeNumberField("figure", e.figure());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    buf.append(line.getBuffer()).append('\n');
  }

  /** Appends a confidence with three decimals, {@code 0.875}. */
  static StringBuilder confidence(StringBuilder b, double v) {
    long m = Math.round(v * 1000);
    b.append(m / 1000).append('.');
    long f = m % 1000;
    if (f < 100) {
      b.append('0');
    }
    if (f < 10) {
      b.append('0');
    }
    return b.append(f);
  }

  /** Writes what is buffered. */
  public void flush() throws IOException {
    out.write(buf.toString().getBytes(StandardCharsets.UTF_8));
    buf.setLength(0);
    out.flush();
  }

  /** Returns the rows written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ClaimsWriter[%s, %d rows]", jsonl ? "jsonl" : "csv", rows);
  }
}
