package io.bingescope.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output directory that appears complete or not at all. Files are written into a hidden
 * temporary sibling ({@code .NAME.tmp-<pid>-<n>} in the same parent, so moving it is a rename on
 * one file system); {@link #commit()} moves it into place, and {@link #close()} without a commit
 * deletes it, so a failed run leaves nothing half-written. A shutdown hook removes the temporary
 * directory if the JVM exits (e.g. on Ctrl-C) before either happens; only a killed JVM can leave
 * one behind, and its name starts with a dot; the next run into the same place removes it.
 *
 * <p>What may be replaced is {@link OutputGuard}'s rule: never an input, the working, home or root
 * directory, and only with force a directory bingescope wrote. So that a later forced run can tell,
 * every committed directory holds a {@code manifest.json} listing its files: the command's own
 * (a stored run's) or, when it wrote none, a short one written here.
 *
 * <p>Usage: {@code try (AtomicOutputDir dir = AtomicOutputDir.create(target, force)) { write into
 * dir.resolve(..); dir.commit(); }}
 */
public final class AtomicOutputDir implements AutoCloseable {
  private final Path target;
  private final boolean force;
  private final Path temp;
  private final List<String> notes;
  private boolean finished;
  private boolean spreadsheetSafe;

  private AtomicOutputDir(Path target, boolean force, Path temp, List<String> notes) {
    this.target = target;
    this.force = force;
    this.temp = temp;
    this.notes = List.copyOf(notes);
  }

  /**
   * Checks that {@code target} may be written, removes what killed runs into it left behind, and
   * creates the temporary directory beside it (creating missing parents).
   *
   * @param inputs the command's inputs, which the target must neither be nor contain
   * @throws OutputException if {@link OutputGuard} refuses the target (a file, a non-empty directory
   *     without {@code force} or not bingescope's, an input, the working directory...), or the
   *     temporary directory cannot be created
   */
  public static AtomicOutputDir create(Path target, boolean force, Path... inputs)
      throws OutputException {
    Path t = OutputGuard.checkLocation(target, List.of(inputs));
    // Leftovers first: one of them may be the previous output, to be put back before the check.
    List<String> notes = removeStale(t);
    try {
      OutputGuard.checkReplaceableDir(t, force);
    } catch (OutputException e) {
      throw withNotes(notes, e);
    }
    try {
      Files.createDirectories(t.getParent());
      return new AtomicOutputDir(t, force, TempSibling.claim(t, TempSibling.TMP, true), notes);
    } catch (IOException e) {
      throw new OutputException("cannot create output directory beside " + t + ": " + reason(e), e);
    }
  }

  /** Removes what killed runs into {@code target} left; returns a line for the user per name. */
  static List<String> removeStale(Path target) throws OutputException {
    try {
      return TempSibling.removeStale(target);
    } catch (IOException e) {
      throw new OutputException("cannot remove what an earlier run left beside " + target + ": "
          + reason(e), e);
    }
  }

  /** Returns a refusal whose message also says what was removed or restored before it. */
  static OutputException withNotes(List<String> notes, OutputException e) {
    if (notes.isEmpty()) {
      return e;
    }
    // Main prints "bingescope: " before the message; each note gets its own line the same way.
    return new OutputException(String.join("\nbingescope: ", notes) + "\nbingescope: "
        + e.getMessage(), e);
  }

  /** Returns a line per leftover of a killed run that {@link #create} removed, for the user. */
  public List<String> notes() {
    return notes;
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
   * Records in the listing {@code manifest.json} that the directory's CSV text fields were written
   * with {@code --spreadsheet-safe} ({@link CsvStyle#SPREADSHEET_SAFE}).
   */
  public void markSpreadsheetSafe() {
    spreadsheetSafe = true;
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
    OutputGuard.checkReplaceableDir(target, force);
    Path old = null;
    try {
      writeListing();
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        old = TempSibling.claim(target, TempSibling.OLD, true);
        try {
          Files.move(
              target, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          // Nothing moved (a read-only mount, a busy mount point): drop the empty placeholder.
          Files.deleteIfExists(old);
          TempSibling.release(old);
          old = null;
          throw e;
        }
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (old != null) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
          TempSibling.release(old);
          old = null;
        }
        throw e;
      }
      finished = true;
      TempSibling.release(temp);
    } catch (IOException e) {
      throw new OutputException("cannot move output into place at " + target + ": " + reason(e), e);
    }
    if (old != null) {
      try {
        TempSibling.deleteTree(old);
        TempSibling.release(old);
      } catch (IOException e) {
        throw new OutputException(
            "wrote " + target + " but could not delete the replaced copy " + old + ": " + reason(e),
            e);
      }
    }
  }

  /**
   * Writes a {@code manifest.json} naming bingescope and listing every file, unless the command
   * wrote its own (a stored run's, whose entries also hold rows and hashes).
   */
  private void writeListing() throws IOException {
    Path manifest = temp.resolve(Manifest.FILE_NAME);
    if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", Tool.NAME);
    root.put("tool_version", Tool.version());
    root.put("tzdata_version", Tool.tzdataVersion());
    if (spreadsheetSafe) {
      root.put("spreadsheet_safe", true);
    }
    ArrayNode files = root.putArray("files");
    try (Stream<Path> walk = Files.walk(temp)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        files.addObject()
            .put("name", temp.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
            .put("bytes", Files.size(f));
      }
    }
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try (OutputStream out = Files.newOutputStream(manifest)) {
      out.write(mapper.writer(printer).writeValueAsBytes(root));
      out.write('\n');
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
      TempSibling.release(temp);
    } catch (IOException e) {
      throw new OutputException("cannot delete temporary output " + temp + ": " + reason(e), e);
    }
  }

  /**
   * Returns an I/O failure as a short phrase; file exceptions carry only the path as their message.
   */
  public static String reason(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
  }
}
