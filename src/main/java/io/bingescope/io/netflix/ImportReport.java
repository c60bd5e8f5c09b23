package io.bingescope.io.netflix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read: rows, rows imported, and every row skipped with its line and reason.
 *
 * @param file the file read, as named in messages
 * @param rows the data rows read (header excluded)
 * @param imported the rows that became views
 * @param problems every skipped row, in file order
 */
public record ImportReport(String file, long rows, long imported, List<Problem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** Why a row was skipped. */
  public enum Reason {
    INVALID_UTF8("invalid UTF-8"),
    CONTROL_CHARACTERS("control characters"),
    BROKEN_QUOTING("broken quoting"),
    WRONG_COLUMN_COUNT("wrong column count"),
    MISSING_VALUE("missing value"),
    BAD_START_TIME("bad start time"),
    BAD_DURATION("bad duration"),
    BAD_DATE("bad date"),
    BAD_COUNTRY("bad country"),
    BLANK_LINE("blank line");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** Returns the reason in words, e.g. {@code bad duration}. */
    public String label() {
      return label;
    }
  }

  /**
   * One skipped row.
   *
   * @param line the line it starts on, from 1
   * @param reason why it was skipped
   * @param detail what was expected and what was found
   */
  public record Problem(long line, Reason reason, String detail) {}

  /** Returns the number of skipped rows. */
  public long skipped() {
    return problems.size();
  }

  /** Returns the number of skipped rows per reason, in the order of {@link Reason}. */
  public Map<Reason, Long> counts() {
    Map<Reason, Long> counts = new EnumMap<>(Reason.class);
    for (Problem p : problems) {
      counts.merge(p.reason(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Returns the message of one problem: {@code FILE:LINE: reason: detail}. */
  public String message(Problem p) {
    return file + ":" + p.line() + ": " + p.reason().label() + ": " + p.detail();
  }

  /**
   * Returns the summary lines: rows read, imported and skipped, then each reason with its count and
   * first lines.
   */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(java.util.Locale.ROOT, "%s: %,d rows read, %,d imported, %,d skipped",
        file, rows, imported, skipped()));
    Map<Reason, List<Long>> byReason = new EnumMap<>(Reason.class);
    for (Problem p : problems) {
      byReason.computeIfAbsent(p.reason(), r -> new ArrayList<>()).add(p.line());
    }
    for (Map.Entry<Reason, List<Long>> e : byReason.entrySet()) {
      List<Long> at = e.getValue();
      StringBuilder b = new StringBuilder("  skipped, ").append(e.getKey().label()).append(": ")
          .append(at.size()).append(at.size() == 1 ? " row (line " : " rows (lines ");
      for (int i = 0; i < Math.min(at.size(), 10); i++) {
        b.append(i == 0 ? "" : ", ").append(at.get(i));
      }
      b.append(at.size() > 10 ? ", ...)" : ")");
      lines.add(b.toString());
    }
    return lines;
  }
}
