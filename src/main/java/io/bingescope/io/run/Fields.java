package io.bingescope.io.run;

import io.bingescope.io.InputException;
import java.util.List;

/**
 * Checked access to the fields of the current CSV record: the column count, and numbers parsed
 * straight from bytes, with errors that say {@code FILE:LINE}, the column, what was expected and
 * what was found.
 */
final class Fields {
  private static final int SHOWN = 60;

  private final CsvScanner csv;
  private final List<String> columns;

  /** Gives checked access to the current record of {@code csv}, whatever record that is. */
  Fields(CsvScanner csv, List<String> columns) {
    this.csv = csv;
    this.columns = columns;
  }

  /**
   * Checks the current record's column count and returns this.
   *
   * @throws InputException if the record has too few or too many fields
   */
  Fields check() throws InputException {
    if (csv.fields() != columns.size()) {
      throw new InputException(
          csv.fileName() + ":" + csv.line() + ": expected " + columns.size() + " fields ("
              + String.join(",", columns) + "), found " + csv.fields());
    }
    return this;
  }

  /** Returns a non-negative decimal integer parsed from field {@code i}. */
  int integer(int i, String what) throws InputException {
    byte[] b = csv.bytes();
    int s = csv.start(i);
    int e = csv.end(i);
    if (s == e || e - s > 10) {
      throw error(i, what);
    }
    long v = 0;
    for (int p = s; p < e; p++) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        throw error(i, what);
      }
      v = v * 10 + d;
    }
    if (v > Integer.MAX_VALUE) {
      throw error(i, what);
    }
    return (int) v;
  }

  /** Returns an error for field {@code i}: expected {@code what}, found the field's text. */
  InputException error(int i, String what) {
    return error(i, what, "'" + shown(i) + "'");
  }

  /** Returns an error for field {@code i} with an explicit description of what was found. */
  InputException error(int i, String what, String found) {
    return new InputException(
        csv.fileName() + ":" + csv.line() + ": column " + columns.get(i) + ": expected " + what
            + ", found " + found);
  }

  private String shown(int i) {
    String s = csv.string(i);
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
  }
}
