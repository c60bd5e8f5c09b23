package io.bingescope.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output directory that appears complete or not at all. Files are written into a hidden
 * temporary sibling ({@code .NAME.tmp-<pid>-<n>} in the same parent, so moving it is a rename on
 * one file system); {@link #commit()} moves it into place, and {@link #close()} without a commit
 * deletes it, so a failed run leaves nothing half-written. A shutdown hook removes the temporary
 * directory if the JVM exits (e.g. on Ctrl-C) before either happens; only a killed JVM can leave
 * one behind, and its name starts with a dot.
 *
 * <p>Usage: {@code try (AtomicOutputDir dir = AtomicOutputDir.create(target, force)) { write into
 * dir.resolve(..); dir.commit(); }}
 */
public final class AtomicOutputDir implements AutoCloseable {
  private final Path target;
  private final boolean force;
  private final Path temp;
  private final Thread cleanup;
  private boolean finished;

  private AtomicOutputDir(Path target, boolean force, Path temp) {
    this.target = target;
    this.force = force;
    this.temp = temp;
    this.cleanup =
        new Thread(() -> deleteQuietly(temp), "bingescope-cleanup-" + temp.getFileName());
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Checks that {@code target} may be written and creates the temporary directory beside it
   * (creating missing parents).
   *
   * @throws OutputException if {@code target} is a file, or a non-empty directory and {@code force}
   *     is false, or the temporary directory cannot be created
   */
  public static AtomicOutputDir create(Path target, boolean force) throws OutputException {
    Path t = target.toAbsolutePath().normalize();
    if (t.getParent() == null) {
      throw new OutputException("cannot write output to the root directory " + t);
    }
    checkReplaceable(t, force);
    try {
      Files.createDirectories(t.getParent());
      return new AtomicOutputDir(t, force, TempSibling.claim(t, "tmp", true));
    } catch (IOException e) {
      throw new OutputException("cannot create output directory beside " + t + ": " + reason(e), e);
    }
  }

  /** Returns the final location of the directory. */
  public Path target() {
    return target;
  }

  /** Returns the temporary directory that files are written into until the commit. */
  public Path dir() {
    return temp;
  }

  /** Returns the temporary path of the named file inside the directory. */
  public Path resolve(String fileName) {
    return temp.resolve(fileName);
  }

  /**
   * Moves the finished directory into place. An existing target (empty, or any when forced) is
   * first moved aside, then deleted once the new directory is in; if moving the new one in fails,
   * the old one is put back.
   *
   * @throws OutputException if the target became non-empty meanwhile and force is off, or a move
   *     fails
   */
  public void commit() throws OutputException {
    if (finished) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    checkReplaceable(target, force);
    Path old = null;
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        old = TempSibling.claim(target, "old", true);
        Files.move(
            target, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (old != null) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
          old = null;
        }
        throw e;
      }
      finished = true;
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IOException e) {
      throw new OutputException("cannot move output into place at " + target + ": " + reason(e), e);
    }
    if (old != null) {
      try {
        TempSibling.deleteTree(old);
      } catch (IOException e) {
        throw new OutputException(
            "wrote " + target + " but could not delete the replaced copy " + old + ": " + reason(e),
            e);
      }
    }
  }

  /**
   * Deletes the temporary directory unless the output was committed.
   *
   * @throws OutputException if the temporary directory cannot be deleted
   */
  @Override
  public void close() throws OutputException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      TempSibling.deleteTree(temp);
    } catch (IOException e) {
      throw new OutputException("cannot delete temporary output " + temp + ": " + reason(e), e);
    } finally {
      removeHook();
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it deletes the same directory.
    }
  }

  private static void checkReplaceable(Path target, boolean force) throws OutputException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new OutputException("output path " + target + " exists and is not a directory");
    }
    if (!force && !isEmpty(target)) {
      throw new OutputException(
          "output directory " + target + " is not empty; use --force to replace it");
    }
  }

  private static boolean isEmpty(Path dir) throws OutputException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new OutputException("cannot read output directory " + dir + ": " + reason(e), e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      TempSibling.deleteTree(p);
    } catch (IOException e) {
      // Best effort during shutdown: there is no one left to tell.
    }
  }

  /**
   * Returns an I/O failure as a short phrase; file exceptions carry only the path as their message.
   */
  static String reason(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
  }
}
