package io.bingescope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A single output file (a report, a chart) that appears complete or not at all: it is written to a
 * hidden sibling {@code .NAME.tmp-<pid>-<n>} and renamed over the target on {@link #commit()};
 * {@link #close()} without a commit deletes it.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private boolean finished;

  private AtomicFile(Path target, Path temp, OutputStream out) {
    this.target = target;
    this.temp = temp;
    this.out = out;
  }

  /**
   * Opens a temporary file beside {@code target} (creating missing parents).
   *
   * @throws OutputException if {@code target} is a directory, or exists and {@code force} is false,
   *     or the temporary file cannot be created
   */
  public static AtomicFile create(Path target, boolean force) throws OutputException {
    Path t = target.toAbsolutePath().normalize();
    if (t.getParent() == null) {
      throw new OutputException("cannot write output to the root directory " + t);
    }
    checkReplaceable(t, force);
    try {
      Files.createDirectories(t.getParent());
      Path temp = TempSibling.claim(t, "tmp", false);
      OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
      return new AtomicFile(t, temp, out);
    } catch (IOException e) {
      throw new OutputException(
          "cannot create output file beside " + t + ": " + AtomicOutputDir.reason(e), e);
    }
  }

  /** Returns the stream to write the file's contents to; it is closed by commit or close. */
  public OutputStream out() {
    return out;
  }

  /** Returns the final location of the file. */
  public Path target() {
    return target;
  }

  /** Closes the stream and renames the temporary file over the target. */
  public void commit() throws OutputException {
    if (finished) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    try {
      out.close();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      finished = true;
    } catch (IOException e) {
      throw new OutputException(
          "cannot write " + target + ": " + AtomicOutputDir.reason(e), e);
    }
  }

  /** Deletes the temporary file unless the output was committed. */
  @Override
  public void close() throws OutputException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      out.close();
    } catch (IOException ignored) {
      // The file is deleted next; a failed flush of discarded bytes does not matter.
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new OutputException(
          "cannot delete temporary file " + temp + ": " + AtomicOutputDir.reason(e), e);
    }
  }

  private static void checkReplaceable(Path target, boolean force) throws OutputException {
    if (Files.isDirectory(target)) {
      throw new OutputException("output path " + target + " is a directory");
    }
    if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException("output file " + target + " exists; use --force to replace it");
    }
  }
}
