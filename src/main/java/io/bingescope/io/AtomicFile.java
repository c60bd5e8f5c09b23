package io.bingescope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A single output file (a report) that appears complete or not at all: it is written to a hidden
 * sibling {@code .NAME.tmp-<pid>-<n>} and renamed over the target on {@link #commit()};
 * {@link #close()} without a commit deletes it, and so does a shutdown hook if the JVM exits (e.g.
 * on Ctrl-C or SIGTERM) before either. What a killed run leaves is removed by the next run into the
 * same place. An existing file is replaced only with force, and only when bingescope wrote it: its
 * head holds the mark its writer puts there, e.g. the HTML report's generator tag ({@link
 * OutputGuard}); without a mark an existing file is never replaced.
 */
public final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final boolean force;
  private final String mark;
  private final OutputStream out;
  private final List<String> notes;
  private boolean finished;

  private AtomicFile(
      Path target, boolean force, String mark, Path temp, OutputStream out, List<String> notes) {
    this.target = target;
    this.force = force;
    this.mark = mark;
    this.temp = temp;
    this.out = out;
    this.notes = List.copyOf(notes);
  }

  /** Opens an output file that never replaces an existing file (there is no mark to know it by). */
  public static AtomicFile create(Path target, boolean force, Path... inputs)
      throws OutputException {
    return create(target, force, null, inputs);
  }

  /**
   * Removes what killed runs into {@code target} left behind and opens a temporary file beside it
   * (creating missing parents).
   *
   * @param mark the text the head of every file this writer makes holds, by which an existing file
   *     is known as bingescope's to replace; null: an existing file is never replaced
   * @param inputs the command's inputs, which the target must neither be nor contain
   * @throws OutputException if {@link OutputGuard} refuses the target (a directory, an input, an
   *     existing file without {@code force} or not bingescope's...), or the temporary file cannot be
   *     created
   */
  public static AtomicFile create(Path target, boolean force, String mark, Path... inputs)
      throws OutputException {
    Path t = OutputGuard.checkLocation(target, List.of(inputs));
    List<String> notes = AtomicOutputDir.removeStale(t);
    try {
      OutputGuard.checkReplaceableFile(t, force, mark);
    } catch (OutputException e) {
      throw AtomicOutputDir.withNotes(notes, e);
    }
    Path temp = null;
    try {
      Files.createDirectories(t.getParent());
      temp = TempSibling.claim(t, TempSibling.TMP, false);
      OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
      return new AtomicFile(t, force, mark, temp, out, notes);
    } catch (IOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The original failure is the one to report.
        }
      }
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

  /** Returns a line per leftover of a killed run that {@link #create} removed, for the user. */
  public List<String> notes() {
    return notes;
  }

  /** Closes the stream and renames the temporary file over the target. */
  public void commit() throws OutputException {
    if (finished) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    OutputGuard.checkReplaceableFile(target, force, mark);
    try {
      out.close();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      finished = true;
      TempSibling.release(temp);
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
      TempSibling.release(temp);
    } catch (IOException e) {
      throw new OutputException(
          "cannot delete temporary file " + temp + ": " + AtomicOutputDir.reason(e), e);
    }
  }
}
