package io.bingescope.io.run;

import io.bingescope.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits RFC 4180 CSV into records straight from bytes: one record at a time, each field a range of
 * a reused buffer, so reading a row makes no object. Quoted fields may hold commas, doubled quotes
 * and line breaks; they are unquoted in place (the result is never longer than the quoted text).
 * A record ends at LF or CRLF. A record never straddles a refill: when the buffer ends inside one,
 * the unread tail moves to the front and the record is scanned again, so a record may be as long
 * as memory allows.
 */
final class CsvScanner implements AutoCloseable {
  private static final int INITIAL_FIELDS = 16;

  private final InputStream in;
  private final String fileName;
  private byte[] buf;
  private int limit;
  private int pos;
  private boolean eof;
  private long bytesRead;

  private int[] starts = new int[INITIAL_FIELDS];
  private int[] ends = new int[INITIAL_FIELDS];
  private int fields;
  private long line;
  private long nextLine = 1;

  CsvScanner(InputStream in, String fileName, int bufferSize) {
    this.in = in;
    this.fileName = fileName;
    this.buf = new byte[Math.max(bufferSize, 64)];
  }

  /**
   * Reads the next record and returns whether there was one. A blank last line (the file ends in a
   * line break) is not a record.
   *
   * @throws InputException if a quoted field is malformed or the file ends inside one
   */
  boolean next() throws IOException, InputException {
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      int r = scan();
      if (r >= 0) {
        pos = r;
        return true;
      }
      if (!fill()) {
        // No more bytes: the tail is a last record without a line break, or an unclosed quote.
        if (eof && limit > pos) {
          int end = scanFinal();
          pos = end;
          return true;
        }
        return false;
      }
    }
  }

  /** Returns the line number (from 1) on which the current record starts. */
  long line() {
    return line;
  }

  /** Returns the number of bytes consumed: those of the records returned so far. */
  long consumed() {
    return bytesRead - (limit - pos);
  }

  /** Returns the file name used in messages. */
  String fileName() {
    return fileName;
  }

  /** Returns the number of fields of the current record. */
  int fields() {
    return fields;
  }

  /** Returns the backing array the field ranges refer to; valid until the next {@link #next()}. */
  byte[] bytes() {
    return buf;
  }

  /** Returns the offset of the first byte of field {@code i}. */
  int start(int i) {
    return starts[i];
  }

  /** Returns the offset after the last byte of field {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** Returns the length of field {@code i}. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Returns field {@code i} decoded as UTF-8. */
  String string(int i) {
    return new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
  }

  /** Returns whether field {@code i} equals the given bytes. */
  boolean fieldEquals(int i, byte[] value) {
    return Arrays.equals(buf, starts[i], ends[i], value, 0, value.length);
  }

  /**
   * Scans one record from {@code pos} and returns the offset after its line break, or -1 when the
   * buffer ends first.
   */
  private int scan() throws InputException {
    byte[] b = buf;
    int p = pos;
    int lim = limit;
    int f = 0;
    int breaks = 0;
    while (true) {
      if (p >= lim) {
        return -1;
      }
      if (f == starts.length) {
        starts = Arrays.copyOf(starts, f * 2);
        ends = Arrays.copyOf(ends, f * 2);
      }
      int fieldStart = p;
      byte c = b[p];
      if (c == '"') {
        int q = p + 1;
        boolean doubled = false;
        while (true) {
          if (q >= lim) {
            return -1;
          }
          byte d = b[q];
          if (d == '"') {
            if (q + 1 >= lim) {
              return -1;
            }
            if (b[q + 1] == '"') {
              doubled = true;
              q += 2;
              continue;
            }
            break;
          }
          if (d == '\n') {
            breaks++;
          }
          q++;
        }
        // The doubled quotes are undone only once the whole record is in the buffer: a record cut
        // by the buffer's end is scanned again after a refill and must still hold the raw bytes.
        starts[f] = p + 1;
        ends[f] = doubled ? -q : q;
        p = q + 1;
        if (p >= lim) {
          return -1;
        }
        byte e = b[p];
        if (e == ',') {
          f++;
          p++;
          continue;
        }
        if (e == '\n' || (e == '\r' && p + 1 < lim && b[p + 1] == '\n')) {
          return complete(f + 1, breaks, p + (e == '\r' ? 2 : 1));
        }
        if (e == '\r' && p + 1 >= lim) {
          return -1;
        }
        throw new InputException(
            fileName + ":" + (nextLine + breaks) + ": expected a comma or line end after the"
                + " closing quote of field " + (f + 1) + ", found '" + (char) (e & 0xFF) + "'");
      }
      while (p < lim && (c = b[p]) != ',' && c != '\n') {
        if (c == '"') {
          throw new InputException(
              fileName + ":" + (nextLine + breaks) + ": expected no quote inside unquoted field "
                  + (f + 1) + " (a field with a quote must be quoted and the quote doubled)");
        }
        p++;
      }
      if (p >= lim) {
        return -1;
      }
      starts[f] = fieldStart;
      int end = p;
      if (c == '\n' && end > fieldStart && b[end - 1] == '\r') {
        end--;
      }
      ends[f] = end;
      if (c == ',') {
        f++;
        p++;
        continue;
      }
      return complete(f + 1, breaks, p + 1);
    }
  }

  private int complete(int fieldCount, int breaks, int next) {
    fields = fieldCount;
    line = nextLine;
    nextLine += 1 + breaks;
    for (int i = 0; i < fieldCount; i++) {
      if (ends[i] < 0) {
        ends[i] = undouble(starts[i], -ends[i]);
      }
    }
    return next;
  }

  /** Turns each doubled quote of {@code [from, to)} into one, in place; returns the new end. */
  private int undouble(int from, int to) {
    byte[] b = buf;
    int w = from;
    for (int r = from; r < to; r++) {
      b[w++] = b[r];
      if (b[r] == '"') {
        r++;
      }
    }
    return w;
  }

  /** Scans the file's last record, which has no line break; the whole rest is in the buffer. */
  private int scanFinal() throws IOException, InputException {
    // Appending a line break makes the last record like any other.
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length + 1);
    }
    buf[limit++] = '\n';
    int r = scan();
    if (r < 0) {
      throw new InputException(
          fileName + ":" + nextLine + ": expected a closing quote, found the end of the file");
    }
    return r;
  }

  /**
   * Moves the unread tail to the front, reads more bytes after it and returns whether any came.
   * Grows the buffer when the tail fills it (one record longer than the buffer).
   */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int tail = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, tail);
    } else if (tail == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    pos = 0;
    limit = tail;
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    bytesRead += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
