package io.bingescope.io.netflix;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of month, day and year in the dates of Netflix's simple viewing history, which follows
 * the member's locale ({@code 1/19/19} in the US, {@code 19/1/19} or {@code 19-01-19} elsewhere).
 */
public enum DateOrder {
  /** Detected from the file's dates (docs/netflix-export.md). */
  DETECT("detect"),
  /** Month, day, year: {@code M/D/YY}. */
  MDY("M/D/YY"),
  /** Day, month, year: {@code D/M/YY}, {@code DD-MM-YY}, {@code DD.MM.YYYY}. */
  DMY("D/M/YY"),
  /** Year, month, day: {@code YYYY-MM-DD}. */
  YMD("YYYY-MM-DD");

  private final String label;

  DateOrder(String label) {
    this.label = label;
  }

  /** Returns the order as a pattern for messages, e.g. {@code M/D/YY}. */
  public String label() {
    return label;
  }

  /**
   * Returns the order named by a {@code --date-format} value: {@code M/D/YY}, {@code D/M/YY},
   * {@code DD-MM-YY}, {@code YYYY-MM-DD} and the like (only the order of the letters matters), or {@code
   * mdy}, {@code dmy}, {@code ymd}, {@code detect}.
   */
  public static Optional<DateOrder> named(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.equals("DETECT")) {
      return Optional.of(DETECT);
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == 'M' || c == 'D' || c == 'Y') {
        if (letters.length() == 0 || letters.charAt(letters.length() - 1) != c) {
          letters.append(c);
        }
      } else if (Character.isLetterOrDigit(c)) {
        return Optional.empty();
      }
    }
    return switch (letters.toString()) {
      case "MDY" -> Optional.of(MDY);
      case "DMY" -> Optional.of(DMY);
      case "YMD" -> Optional.of(YMD);
      default -> Optional.empty();
    };
  }
}
