package io.bingescope.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file output stream that counts and SHA-256-hashes the bytes as they pass, so the manifest gets
 * each file's size and hash without reading the file again. Not thread-safe: one writer thread owns
 * it.
 */
public final class DigestingOutputStream extends FilterOutputStream {
  private static final int BUFFER_SIZE = 1 << 16;

  private final Path path;
  private final MessageDigest digest;
  private long bytes;
  private String sha256;

  private DigestingOutputStream(Path path, OutputStream out) {
    super(out);
    this.path = path;
    this.digest = sha256Digest();
  }

  /** Creates the file, which must not exist yet, and returns a stream writing to it. */
  public static DigestingOutputStream create(Path path) throws IOException {
    OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
    return new DigestingOutputStream(path, new BufferedOutputStream(file, BUFFER_SIZE));
  }

  /**
   * Returns a stream hashing and counting whatever goes to {@code out}; {@code path} names it in
   * the manifest.
   */
  public static DigestingOutputStream wrap(Path path, OutputStream out) {
    return new DigestingOutputStream(path, out);
  }

  @Override
  public void write(int b) throws IOException {
    ensureOpen();
    out.write(b);
    digest.update((byte) b);
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    // FilterOutputStream would write byte by byte; pass the whole array on.
    out.write(b, off, len);
    digest.update(b, off, len);
    bytes += len;
  }

  /** Returns the number of bytes written so far. */
  public long bytes() {
    return bytes;
  }

  /**
   * Returns the lower-case hex SHA-256 of everything written.
   *
   * @throws IllegalStateException if the stream is still open, as the hash would not be final
   */
  public String sha256() {
    if (sha256 == null) {
      throw new IllegalStateException("stream to " + path + " is still open");
    }
    return sha256;
  }

  /** Returns the manifest entry of the closed file, with the given row count. */
  public Manifest.FileEntry entry(long rows) {
    return new Manifest.FileEntry(path.getFileName().toString(), rows, bytes, sha256());
  }

  @Override
  public void close() throws IOException {
    if (sha256 != null) {
      return;
    }
    // Hash first so a failing close still reports it is closed and never hashes twice.
    sha256 = HexFormat.of().formatHex(digest.digest());
    super.close();
  }

  private void ensureOpen() throws IOException {
    if (sha256 != null) {
      throw new IOException("stream to " + path + " is closed");
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
