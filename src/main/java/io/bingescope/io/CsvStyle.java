package io.bingescope.io;

/**
 * How a CSV string field is spelled: exact RFC 4180, or made safe to open in a spreadsheet. The one
 * CSV escaper of the project; the row formats ({@code RowSyntax}) and the report tables both use it.
 */
public enum CsvStyle {
  /** RFC 4180: the text as is, quoted only when it holds a comma, quote, CR or LF. */
  EXACT,
  /**
   * OWASP's advice against CSV injection: a field that begins with {@code = + - @}, TAB or CR is
   * prefixed with a single quote, so a spreadsheet shows it as text instead of running it as a
   * formula. Such a field is no longer the exact text, so bingescope refuses to read it back.
   */
  SPREADSHEET_SAFE;

  /** Returns {@code s} as a complete CSV field of this style. */
  public String field(String s) {
    String text = this == SPREADSHEET_SAFE && startsFormula(s) ? "'" + s : s;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + text.replace("\"", "\"\"") + '"';
      }
    }
    return text;
  }

  /** Returns whether a spreadsheet would take {@code s} as a formula (OWASP's first characters). */
  public static boolean startsFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
