package io.bingescope.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hidden names next to a target, so a move into place is a rename within one file system. */
final class TempSibling {
  private static final int ATTEMPTS = 10_000;

  /** The names this JVM claimed and still uses: with its own pid, anything else is a leftover. */
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  /** The tag of a temporary output, deleted when the JVM exits before it was moved into place. */
  static final String TMP = "tmp";

  /** The tag of a replaced output moved aside during a commit, kept if the JVM exits meanwhile. */
  static final String OLD = "old";

  static {
    // One hook for every temporary, registered before the first is claimed: an output's own hook,
    // added after its file was created, left that file behind on a signal in between.
    Runtime.getRuntime().addShutdownHook(
        new Thread(TempSibling::deleteTemporaries, "bingescope-cleanup"));
  }

  private TempSibling() {}

  /**
   * Deletes the temporaries still claimed (on Ctrl-C, SIGTERM). A replaced output moved aside is
   * left for the next run, which puts it back if the new one never arrived.
   */
  private static void deleteTemporaries() {
    for (Path p : LIVE) {
      if (p.getFileName().toString().contains("." + TMP + "-")) {
        try {
          deleteTree(p);
        } catch (IOException e) {
          // Best effort during shutdown: there is no one left to tell.
        }
      }
    }
  }

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
        Path claimed = directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
        LIVE.add(claimed);
        return claimed;
      } catch (FileAlreadyExistsException taken) {
        // Another run or an earlier one left this name: try the next.
      }
    }
    throw new IOException("no free temporary name beside " + target);
  }

  /** Forgets a claimed name once it was moved into place or deleted. */
  static void release(Path claimed) {
    LIVE.remove(claimed);
  }

  /**
   * Deletes the temporaries ({@code .NAME.tmp-<pid>-<n>}, {@code .NAME.old-<pid>-<n>}) that runs
   * into {@code target} left behind when they were killed: those whose process is no longer alive
   * (by {@link ProcessHandle#of}), or, with this JVM's pid, that this JVM does not use. A name whose
   * process still runs is left alone. Returns a line for the user per name removed.
   */
  static List<String> removeStale(Path target) throws IOException {
    Path parent = target.getParent();
    List<String> removed = new ArrayList<>();
    if (parent == null || !Files.isDirectory(parent)) {
      return removed;
    }
    Pattern leftover =
        Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(tmp|old)-(\\d{1,18})-\\d+");
    long self = ProcessHandle.current().pid();
    List<Path> stale = new ArrayList<>();
    try (var entries = Files.newDirectoryStream(parent)) {
      for (Path p : entries) {
        Matcher m = leftover.matcher(p.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        long pid = Long.parseLong(m.group(2));
        boolean dead = pid == self ? !LIVE.contains(p)
            : ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        if (dead) {
          stale.add(p);
        }
      }
    }
    for (Path p : stale) {
      String pid = p.getFileName().toString().replaceAll(".*-(\\d+)-\\d+$", "$1");
      if (p.getFileName().toString().contains("." + OLD + "-")
          && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        // Killed between moving the old output aside and moving the new one in: put it back.
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        removed.add("restored " + target + " from " + p + ", where an earlier run (process " + pid
            + ", no longer running) had moved it aside before it was stopped");
        continue;
      }
      deleteTree(p);
      removed.add("removed " + p + ", left by an earlier run (process " + pid + ", no longer"
          + " running) that was stopped before it finished");
    }
    return removed;
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
