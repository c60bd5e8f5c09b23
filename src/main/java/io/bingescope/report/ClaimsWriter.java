package io.bingescope.report;

import io.bingescope.infer.Claim;
import io.bingescope.io.ByteBuf;
import io.bingescope.io.CsvStyle;
import io.bingescope.io.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes claims, one per row: {@code claims.csv} (RFC 4180, evidence texts joined by {@code |})
 * or {@code claims.jsonl} (one JSON object per line, evidence as an array of {@code {text,
 * figure}}). The columns are {@link ClaimColumn}'s, written by the generic {@link RowWriter}.
 * Columns in docs/output-format.md#claims.
 */
public final class ClaimsWriter {
  /** The columns, in order. */
  public static final List<String> COLUMNS = ClaimColumn.SCHEMA.names();

  private static final int FLUSH_AT = 1 << 16;

  private final OutputStream out;
  private final boolean jsonl;
  private final RowWriter rows;
  private final ByteBuf buf = new ByteBuf(FLUSH_AT + 4096);
  private long rowCount;

  /** Creates a writer of CSV ({@code jsonl} false) or JSON Lines. */
  public ClaimsWriter(OutputStream out, boolean jsonl) {
    this(out, jsonl, CsvStyle.EXACT);
  }

  /** Creates a writer whose CSV text fields are spelled in {@code style} (JSON Lines ignores it). */
  public ClaimsWriter(OutputStream out, boolean jsonl, CsvStyle style) {
    this.out = out;
    this.jsonl = jsonl;
    this.rows = jsonl ? RowWriter.jsonl(ClaimColumn.SCHEMA) : RowWriter.csv(ClaimColumn.SCHEMA, style);
  }

  /** Returns the file name for the format: {@code claims.csv} or {@code claims.jsonl}. */
  public static String fileName(boolean jsonl) {
    return jsonl ? "claims.jsonl" : "claims.csv";
  }

  /** Writes the CSV header (nothing for JSON Lines). */
  public void writeHeader() throws IOException {
    buf.append(rows.header());
  }

  /** Appends the claims. */
  public void append(List<Claim> claims) throws IOException {
    for (Claim c : claims) {
      rows.append(ClaimColumn.values(c), buf);
      rowCount++;
    }
    if (buf.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes what is buffered. */
  public void flush() throws IOException {
    buf.writeTo(out);
    buf.reset();
    out.flush();
  }

  /** Returns the rows written so far. */
  public long rows() {
    return rowCount;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "ClaimsWriter[%s, %d rows]", jsonl ? "jsonl" : "csv", rowCount);
  }
}
