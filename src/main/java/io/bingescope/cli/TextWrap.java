package io.bingescope.cli;

import java.util.ArrayList;
import java.util.List;

/** Wraps the sentences commands print at 100 columns, breaking at spaces only. */
final class TextWrap {
  static final int WIDTH = 100;

  private TextWrap() {}

  /** Returns text as lines of at most 100 columns (a longer word stays whole), with the given indents. */
  static List<String> lines(String text, String indent, String continuation) {
    List<String> lines = new ArrayList<>();
    String prefix = indent;
    String rest = text;
    while (prefix.length() + rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
      if (cut <= 0) {
        break;
      }
      lines.add(prefix + rest.substring(0, cut));
      rest = rest.substring(cut + 1);
      prefix = continuation;
    }
    lines.add(prefix + rest);
    return lines;
  }
}
