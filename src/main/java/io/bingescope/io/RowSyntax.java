package io.bingescope.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the standard layout spells a row: CSV fields or a JSON object per line. Formats are written
 * once against this enum, so the CSV and JSONL forms of a file always carry the same fields in the
 * same order.
 */
public enum RowSyntax {
  /** RFC 4180: a header line, fields quoted only when needed, lists joined with {@code |}. */
  CSV("csv", CsvStyle.EXACT),

  /**
   * CSV as above, but a string field that a spreadsheet would run as a formula is prefixed with
   * {@code '} ({@link CsvStyle#SPREADSHEET_SAFE}); numbers, written raw, are never altered.
   */
  CSV_SPREADSHEET_SAFE("csv", CsvStyle.SPREADSHEET_SAFE),

  /**
   * JSON Lines: one object per line, strings escaped, numbers and booleans bare, lists as arrays.
   */
  JSONL("jsonl", CsvStyle.EXACT) {
    @Override
    byte[] header(List<String> columns) {
      return EMPTY;
    }

    @Override
    byte[] prefix(int index, String column) {
      return utf8((index == 0 ? "{" : ",") + jsonString(column) + ":");
    }

    @Override
    byte[] end() {
      return new byte[] {'}', '\n'};
    }

    @Override
    byte[] quote() {
      return new byte[] {'"'};
    }

    @Override
    byte[] absent() {
      return ascii("null");
    }

    @Override
    byte[] string(String s) {
      return utf8(jsonString(s));
    }

    @Override
    byte[] list(List<String> items) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(jsonString(items.get(i)));
      }
      return utf8(sb.append(']').toString());
    }

    @Override
    boolean structured() {
      return true;
    }
  };

  private static final byte[] EMPTY = {};
  private static final char LIST_SEPARATOR = '|';

  private final String extension;

  // How string fields are spelled in CSV; unused by JSONL, which overrides every CSV method.
  private final CsvStyle csvStyle;

  RowSyntax(String extension, CsvStyle csvStyle) {
    this.extension = extension;
    this.csvStyle = csvStyle;
  }

  /** Returns the file name extension, without the dot. */
  String extension() {
    return extension;
  }

  /** Returns the header line for the given columns, or an empty array when the syntax has none. */
  byte[] header(List<String> columns) {
    return ascii(String.join(",", columns) + "\n");
  }

  /** Returns what precedes the value of the column at {@code index} in a row. */
  byte[] prefix(int index, String column) {
    return index == 0 ? EMPTY : new byte[] {','};
  }

  /** Returns what ends a row. */
  byte[] end() {
    return new byte[] {'\n'};
  }

  /**
   * Returns what surrounds a value written raw that is a string in this syntax, e.g. a timestamp.
   */
  byte[] quote() {
    return EMPTY;
  }

  /** Returns the value of a field that has none, e.g. the season of a film. */
  byte[] absent() {
    return EMPTY;
  }

  /** Returns {@code s} as a complete string value, escaped or quoted as the syntax needs. */
  byte[] string(String s) {
    return utf8(csvStyle.field(s));
  }

  /**
   * Returns a list of strings as one complete value. In CSV the items are joined with {@code |}, and
   * a {@code |} inside an item is written as {@code /} (the one rule for every CSV list; JSON Lines
   * keeps items exact). Values a scenario puts in lists are refused by {@code validate} when they
   * hold {@code |}, so the files bingescope reads back (titles, members) always hold exact items.
   */
  byte[] list(List<String> items) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        joined.append(LIST_SEPARATOR);
      }
      joined.append(items.get(i).replace(LIST_SEPARATOR, '/'));
    }
    return utf8(csvStyle.field(joined.toString()));
  }

  /** Returns whether values may be nested structures (JSON) rather than flat text (CSV). */
  boolean structured() {
    return false;
  }

  /**
   * Returns a CSV field: quoted only when it contains a comma, quote, CR or LF, with inner quotes
   * doubled.
   */
  public static byte[] csvField(String s) {
    return utf8(CsvStyle.EXACT.field(s));
  }

  /**
   * Returns a quoted JSON string; control characters, quotes and backslashes are escaped, the rest
   * left as is.
   */
  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
