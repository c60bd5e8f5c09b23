package io.bingescope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Writes a large file as a sequence of finished blocks, counting and SHA-256-hashing them for the manifest. The
 * calling thread writes each block to the file while a background thread hashes the blocks in the same order, so
 * hashing does not add to the time the writing thread spends (on a 6 GB views file it would add seconds).
 *
 * <p>A block handed to {@link #write(ByteBuf)} must not be changed afterwards. At most {@value #IN_FLIGHT} blocks wait
 * for the hasher, which bounds memory. One writing thread owns an instance.
 */
public final class BlockFileWriter implements AutoCloseable {
  private static final int IN_FLIGHT = 16;

  private final Path path;
  private final OutputStream out;
  private final MessageDigest digest;
  private final ExecutorService hasher;
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private Future<?> last;
  private long bytes;
  private String sha256;

  private BlockFileWriter(Path path, OutputStream out) {
    this.path = path;
    this.out = out;
    this.digest = sha256Digest();
    this.hasher =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "bingescope-hash-" + path.getFileName());
              t.setDaemon(true);
              return t;
            });
  }

  /** Creates the file, which must not exist yet. */
  public static BlockFileWriter create(Path path) throws IOException {
    OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
    return new BlockFileWriter(path, new BufferedOutputStream(file, 1 << 16));
  }

  /** Writes bytes (a header): copied, so the caller may reuse the array. */
  public void write(byte[] b) throws IOException {
    ByteBuf copy = new ByteBuf(Math.max(1, b.length));
    copy.append(b);
    write(copy);
  }

  /** Writes a finished block; the block must not be changed afterwards. */
  public void write(ByteBuf block) throws IOException {
    if (sha256 != null) {
      throw new IOException("writer of " + path + " is closed");
    }
    block.writeTo(out);
    bytes += block.size();
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing " + path, e);
    }
    last =
        hasher.submit(
            () -> {
              try {
                block.updateDigest(digest);
              } finally {
                slots.release();
              }
            });
  }

  /** Returns the number of bytes written so far. */
  public long bytes() {
    return bytes;
  }

  /** Returns the manifest entry of the closed file, with the given row count. */
  public Manifest.FileEntry entry(long rows) {
    if (sha256 == null) {
      throw new IllegalStateException("writer of " + path + " is still open");
    }
    return new Manifest.FileEntry(path.getFileName().toString(), rows, bytes, sha256);
  }

  /** Flushes and closes the file and completes the hash. */
  @Override
  public void close() throws IOException {
    if (sha256 != null) {
      return;
    }
    try (out) {
      out.flush();
    } finally {
      hasher.shutdown();
      try {
        if (last != null) {
          last.get(); // the executor is single-threaded: the last task completes after all earlier ones
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while hashing " + path, e);
      } catch (ExecutionException e) {
        throw new UncheckedIOException(new IOException("hashing " + path + " failed", e.getCause()));
      }
      sha256 = HexFormat.of().formatHex(digest.digest());
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
