package io.bingescope.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that formatters append rows to. One instance belongs to one thread at a
 * time: a worker fills it with a block of members' rows, the writer thread drains it with {@link
 * #writeTo(OutputStream)}, and {@link #reset()} makes it reusable without freeing its array.
 */
public final class ByteBuf {
  // Leaves headroom that some JVMs reserve in array headers.
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 16;

  private byte[] bytes;
  private int size;

  /** Creates an empty buffer with a default capacity. */
  public ByteBuf() {
    this(8192);
  }

  /** Creates an empty buffer with the given initial capacity. */
  public ByteBuf(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  /** Appends all of {@code b}. */
  public ByteBuf append(byte[] b) {
    int n = b.length;
    reserve(n);
    System.arraycopy(b, 0, bytes, size, n);
    size += n;
    return this;
  }

  /** Appends {@code len} bytes of {@code b} from {@code off}. */
  public ByteBuf append(byte[] b, int off, int len) {
    reserve(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
    return this;
  }

  /** Appends one byte. */
  public ByteBuf append(byte b) {
    reserve(1);
    bytes[size++] = b;
    return this;
  }

  /** Appends the decimal digits of {@code v}, with a leading minus sign when negative. */
  public ByteBuf appendInt(int v) {
    reserve(Digits.MAX_LONG_CHARS);
    size = Digits.put(bytes, size, v);
    return this;
  }

  /** Appends the decimal digits of {@code v}, with a leading minus sign when negative. */
  public ByteBuf appendLong(long v) {
    reserve(Digits.MAX_LONG_CHARS);
    size = Digits.put(bytes, size, v);
    return this;
  }

  /**
   * Appends the characters of {@code s}, one byte each.
   *
   * @throws IllegalArgumentException if a character is not ASCII (use {@link #appendUtf8(String)}
   *     for those)
   */
  public ByteBuf appendAscii(CharSequence s) {
    int n = s.length();
    reserve(n);
    byte[] b = bytes;
    int p = size;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        throw new IllegalArgumentException("not ASCII at index " + i + ": " + s);
      }
      b[p++] = (byte) c;
    }
    size = p;
    return this;
  }

  /** Appends {@code s} encoded as UTF-8. */
  public ByteBuf appendUtf8(String s) {
    return append(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Empties the buffer, keeping its array for reuse. */
  public void reset() {
    size = 0;
  }

  /** Returns the number of bytes appended since the last reset. */
  public int size() {
    return size;
  }

  /** Writes the buffer's contents to {@code out}; the buffer is left as it was. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  /** Returns a copy of the buffer's contents. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Returns the contents decoded as UTF-8, for tests and messages. */
  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  /**
   * Makes room for {@code extra} more bytes and returns the backing array. Formatters on the hot
   * path reserve a bound for a whole row once, write into the array directly and then call {@link
   * #size(int)}, which saves a capacity check per field.
   */
  byte[] reserve(int extra) {
    if (extra > bytes.length - size) {
      grow(extra);
    }
    return bytes;
  }

  /** Sets the size after writing directly into the array returned by {@link #reserve(int)}. */
  void size(int newSize) {
    size = newSize;
  }

  private void grow(int extra) {
    long needed = (long) size + extra;
    if (needed > MAX_CAPACITY) {
      throw new IllegalStateException("buffer would exceed 2 GiB; use smaller blocks of members");
    }
    long doubled = Math.min((long) bytes.length * 2, MAX_CAPACITY);
    bytes = Arrays.copyOf(bytes, (int) Math.max(needed, doubled));
  }
}
