package io.bingescope.report;

/**
 * Escapes text from data (titles, profile and device names, claim statements) for HTML and SVG, so
 * it always reads as text and never as markup. The output is also valid XML 1.0: characters XML
 * forbids (control characters other than tab, line feed and carriage return, lone surrogates,
 * U+FFFE and U+FFFF) become U+FFFD. Other non-ASCII characters are kept as they are; the page is
 * UTF-8.
 */
public final class Html {
  private static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /** Returns {@code s} escaped for element content: {@code & < > " '} become references. */
  public static String text(String s) {
    return escape(s);
  }

  /**
   * Returns {@code s} escaped for a quoted attribute value (either quote): the same references as
   * {@link #text}, and line breaks and tabs as numeric references so they survive attribute
   * normalisation.
   */
  public static String attribute(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    String escaped = escape(s);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      switch (c) {
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String replacement = null;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = "&quot;";
        case '\'' -> replacement = "&#39;";
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (b != null) {
              b.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
          if (!allowed(c)) {
            replacement = String.valueOf(REPLACEMENT);
          }
        }
      }
      if (replacement != null) {
        if (b == null) {
          b = new StringBuilder(n + 16).append(s, 0, i);
        }
        b.append(replacement);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Returns whether a lone UTF-16 unit may appear in XML 1.0 text. */
  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
