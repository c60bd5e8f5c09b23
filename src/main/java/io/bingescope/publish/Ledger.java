package io.bingescope.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The privacy budget's ledger of one dataset: its total budget and every release made from it, with the epsilon each
 * spent, its table, time and how its noise was drawn. Releases that are not differentially private (raw, threshold)
 * are recorded too, with no epsilon: they are outside what a budget can bound.
 *
 * @param format always {@link #FORMAT}, first in the file: how bingescope knows a ledger it may rewrite
 * @param dataset what the releases are of (the input), so that one ledger is never used for two datasets
 * @param budget the total epsilon the dataset's releases may spend, a decimal
 * @param releases the releases made, oldest first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Ledger(String format, String dataset, BigDecimal budget, List<Entry> releases) {

  /** The format tag at the head of every ledger file. */
  public static final String FORMAT = "bingescope-privacy-ledger-1";

  public Ledger {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(budget, "budget");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("not a bingescope privacy ledger (format '" + format + "', expected '"
          + FORMAT + "')");
    }
    releases = List.copyOf(releases);
  }

  /**
   * One release.
   *
   * @param time when it was made (UTC, ISO-8601)
   * @param table the table's name
   * @param definition what its cells count
   * @param policy the policy as spelled on the command line
   * @param epsilon the budget spent, or null for a release that is not differentially private
   * @param noise how the noise was drawn, or null for a release without noise
   * @param privateRelease false for raw, threshold and seeded releases (seeded: {@link Noise#NOT_PRIVATE})
   * @param output where the release was written
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(String time, String table, String definition, String policy, BigDecimal epsilon, String noise,
      boolean privateRelease, String output) {}

  /** Returns a new, empty ledger. */
  public static Ledger empty(String dataset, BigDecimal budget) {
    return new Ledger(FORMAT, dataset, budget, List.of());
  }

  /** Returns the epsilon spent so far. */
  public BigDecimal spent() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Entry e : releases) {
      if (e.epsilon() != null) {
        sum = sum.add(e.epsilon());
      }
    }
    return sum;
  }

  /** Returns whether spending {@code epsilon} more would exceed the budget (exact decimal arithmetic). */
  public boolean wouldExceed(BigDecimal epsilon) {
    return spent().add(epsilon).compareTo(budget) > 0;
  }

  /** Returns this ledger with one more release. */
  public Ledger with(Entry entry) {
    List<Entry> all = new ArrayList<>(releases);
    all.add(entry);
    return new Ledger(format, dataset, budget, all);
  }

  /** Writes the ledger as pretty-printed JSON ending in a newline; {@code out} is left open. */
  public void write(OutputStream out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    out.write(mapper().writer(printer).writeValueAsBytes(this));
    out.write('\n');
  }

  /**
   * Reads a ledger.
   *
   * @throws IOException if the JSON is malformed, lacks a field or is not a ledger; the message says where
   */
  public static Ledger read(InputStream in) throws IOException {
    try {
      Ledger l = mapper().readValue(in, Ledger.class);
      if (l == null) {
        throw new IOException("empty file, expected a ledger");
      }
      return l;
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
      throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }
}
