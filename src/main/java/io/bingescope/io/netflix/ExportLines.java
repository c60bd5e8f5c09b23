package io.bingescope.io.netflix;

import io.bingescope.io.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an export file, each decoded as strict UTF-8 on its own so that a bad byte spoils
 * one line, not the file, and each split as one CSV record. Netflix never breaks a line inside a
 * field, so a record is a line: a quote left open at the end of a line is broken quoting, which
 * keeps one damaged row from swallowing the rest of the file. A UTF-8 byte-order mark is skipped;
 * a UTF-16 one refuses the file.
 */
final class ExportLines {
  private final byte[] data;
  private final String name;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private long line;
  private String text;
  private String invalid;

  ExportLines(byte[] data, String name) throws InputException {
    this.data = data;
    this.name = name;
    if (data.length >= 2
        && ((data[0] == (byte) 0xFE && data[1] == (byte) 0xFF)
            || (data[0] == (byte) 0xFF && data[1] == (byte) 0xFE))) {
      throw new InputException(name + ":1: expected UTF-8 text, found a UTF-16 byte-order mark;"
          + " save the file as UTF-8 (Netflix's own export is UTF-8)");
    }
    if (data.length >= 3
        && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  /** Moves to the next line and returns whether there was one. */
  boolean next() {
    if (pos >= data.length) {
      return false;
    }
    int end = pos;
    while (end < data.length && data[end] != '\n') {
      end++;
    }
    int stop = end > pos && data[end - 1] == '\r' ? end - 1 : end;
    line++;
    decode(pos, stop);
    pos = end + 1;
    return true;
  }

  private void decode(int from, int to) {
    text = null;
    invalid = null;
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(data, from, to - from));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      int at = firstInvalid(from, to);
      invalid = "expected UTF-8 text, found the byte 0x"
          + String.format(java.util.Locale.ROOT, "%02X", data[at] & 0xFF) + " at byte "
          + (at - from + 1)
          + " of the line (a file saved in another encoding?)";
    }
  }

  /** Returns the offset of the first byte that does not decode, by decoding growing prefixes. */
  private int firstInvalid(int from, int to) {
    int ok = from;
    while (ok < to) {
      int len = sequenceLength(data[ok]);
      if (len == 0 || ok + len > to) {
        return ok;
      }
      try {
        decoder.reset().decode(ByteBuffer.wrap(data, ok, len));
      } catch (CharacterCodingException e) {
        return ok;
      }
      ok += len;
    }
    return Math.max(from, to - 1);
  }

  private static int sequenceLength(byte b) {
    int v = b & 0xFF;
    if (v < 0x80) {
      return 1;
    }
    if (v >= 0xC2 && v <= 0xDF) {
      return 2;
    }
    if (v >= 0xE0 && v <= 0xEF) {
      return 3;
    }
    if (v >= 0xF0 && v <= 0xF4) {
      return 4;
    }
    return 0;
  }

  /** Returns the current line's number, from 1. */
  long line() {
    return line;
  }

  /** Returns the current line decoded, or null when it is not valid UTF-8. */
  String text() {
    return text;
  }

  /** Returns why the current line is not valid UTF-8, or null when it is. */
  String invalid() {
    return invalid;
  }

  /** Returns the file's name for messages. */
  String name() {
    return name;
  }

  /**
   * A line split into fields, or why it could not be.
   *
   * @param fields the fields, unquoted; null when broken
   * @param error what is wrong with the quoting; null when fine
   */
  record Split(List<String> fields, String error) {}

  /**
   * Splits one line as an RFC 4180 record whose fields hold no line breaks. Not {@code
   * io.run.CsvScanner}: there a quoted field may span lines and broken quoting refuses the file;
   * here a record is one decoded line, and broken quoting skips that row only.
   */
  static Split split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int open = i;
        i++;
        while (true) {
          if (i >= n) {
            return new Split(null, "a quote opened at character " + (open + 1)
                + " is not closed on its line");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (i < n && line.charAt(i) != ',') {
          return new Split(null, "text after a closing quote at character " + i
              + " (a quote inside a field must be doubled)");
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i);
          if (c == '"') {
            return new Split(null, "a quote inside an unquoted field at character " + (i + 1));
          }
          field.append(c);
          i++;
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return new Split(fields, null);
      }
      i++;
    }
  }
}
