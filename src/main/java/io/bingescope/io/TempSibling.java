package io.bingescope.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Hidden names next to a target, so a move into place is a rename within one file system. */
final class TempSibling {
  private static final int ATTEMPTS = 10_000;

  private TempSibling() {}

  /**
   * Returns a free path {@code .NAME.<tag>-<pid>-<n>} beside {@code target}, claimed by creating it
   * as a directory or an empty file. The pid and counter, not a random or clock-based name, keep
   * concurrent runs apart.
   */
  static Path claim(Path target, String tag, boolean directory) throws IOException {
    Path parent = target.getParent();
    long pid = ProcessHandle.current().pid();
    String base = "." + target.getFileName() + "." + tag + "-" + pid + "-";
    for (int n = 0; n < ATTEMPTS; n++) {
      Path candidate = parent.resolve(base + n);
      try {
        return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        // Another run or an earlier one left this name: try the next.
      }
    }
    throw new IOException("no free temporary name beside " + target);
  }

  /** Deletes a file or a directory tree, not following symbolic links; a missing path is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteIfExists(Path p) throws IOException {
    try {
      Files.delete(p);
    } catch (NoSuchFileException gone) {
      // Already removed, e.g. by the shutdown hook racing a close.
    }
  }
}
