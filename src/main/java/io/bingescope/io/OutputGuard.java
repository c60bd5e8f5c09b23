package io.bingescope.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one rule for what an output may replace, so that no command ever deletes or overwrites a file
 * bingescope did not write. An output path is refused (nothing touched) when it is empty, the root,
 * the home directory, the working directory or a parent of any of them; when it is, or contains, an
 * input of the same command (compared as real paths, links resolved); or when it is a symbolic link.
 * An existing output is replaced only with {@code --force}, and only when it is bingescope's own: a
 * directory whose {@code manifest.json} says {@code "tool": "bingescope"} and lists every file in
 * it, or a file whose first {@value #HEAD_BYTES} bytes hold the mark its writer puts there (the
 * HTML report's generator tag).
 */
final class OutputGuard {
  /** How much of an existing single-file output is read to find bingescope's generator tag. */
  static final int HEAD_BYTES = 4096;

  private OutputGuard() {}

  /**
   * Checks where an output may go, before anything is written; returns the absolute, normalised
   * target.
   *
   * @throws OutputException naming the path and why it is refused
   */
  static Path checkLocation(Path target, List<Path> inputs) throws OutputException {
    if (target.toString().isEmpty()) {
      throw new OutputException("output path is empty: expected a path such as -o out");
    }
    Path abs = target.toAbsolutePath().normalize();
    Path real = realOf(abs);
    if (real.getParent() == null) {
      throw refused(target, "is the root directory");
    }
    Path cwd = realOf(Path.of("").toAbsolutePath());
    if (cwd.startsWith(real)) {
      throw refused(target, cwd.equals(real) ? "is the working directory"
          : "is a parent of the working directory " + cwd);
    }
    String home = System.getProperty("user.home");
    if (home != null && !home.isEmpty()) {
      Path h = realOf(Path.of(home).toAbsolutePath().normalize());
      if (h.startsWith(real)) {
        throw refused(target, h.equals(real) ? "is the home directory"
            : "is a parent of the home directory " + h);
      }
    }
    for (Path input : inputs) {
      if (input == null || !Files.exists(input)) {
        continue;
      }
      Path in = realOf(input.toAbsolutePath().normalize());
      if (in.equals(real)) {
        throw refused(target, "is this command's input " + input);
      }
      if (in.startsWith(real)) {
        throw refused(target, "contains this command's input " + input);
      }
    }
    return abs;
  }

  /**
   * Checks that an existing output directory may be replaced: it must be empty, or, with force, a
   * bingescope output whose manifest lists every file in it. A missing directory is fine.
   */
  static void checkReplaceableDir(Path target, boolean force) throws OutputException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(target)) {
      throw refused(target, "is a symbolic link; bingescope replaces only what it wrote itself");
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException("output path " + target + " exists and is not a directory");
    }
    if (isEmpty(target)) {
      return;
    }
    if (!force) {
      throw new OutputException(
          "output directory " + target + " is not empty; use --force to replace it");
    }
    String foreign = foreignFile(target);
    if (foreign != null) {
      throw new OutputException("refusing to replace " + target + ": " + foreign + "; --force"
          + " replaces only a directory bingescope wrote (its manifest.json lists every file in"
          + " it). Choose another path, or remove it yourself");
    }
  }

  /**
   * Checks that an existing single-file output may be replaced: with force, and only when it is a
   * file bingescope wrote (its head holds {@code mark}; with no mark, never). A missing file is fine.
   */
  static void checkReplaceableFile(Path target, boolean force, String mark)
      throws OutputException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(target)) {
      throw refused(target, "is a symbolic link; bingescope replaces only what it wrote itself");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException("output path " + target + " is a directory");
    }
    if (!force) {
      throw new OutputException("output file " + target + " exists; use --force to replace it");
    }
    if (mark == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        || !headHolds(target, mark)) {
      throw new OutputException("refusing to replace " + target + ": bingescope did not write it"
          + (mark == null ? "" : " (no '" + mark + "' in its first " + HEAD_BYTES + " bytes)")
          + "; --force replaces only bingescope's own files. Choose another path, or remove it"
          + " yourself");
    }
  }

  private static boolean headHolds(Path file, String mark) throws OutputException {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
      return head.contains(mark);
    } catch (IOException e) {
      throw new OutputException("cannot read " + file + ": " + AtomicOutputDir.reason(e), e);
    }
  }

  /**
   * Returns why a non-empty directory is not bingescope's own (a phrase), or null when its
   * manifest.json names bingescope and lists every regular file in the tree.
   */
  private static String foreignFile(Path dir) throws OutputException {
    Path manifest = dir.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return "it has no bingescope manifest.json";
    }
    Set<String> listed = new HashSet<>();
    try (InputStream in = Files.newInputStream(manifest)) {
      JsonNode root = new ObjectMapper().readTree(in);
      if (root == null || !"bingescope".equals(root.path("tool").asText(null))) {
        return "its manifest.json was not written by bingescope";
      }
      for (JsonNode f : root.path("files")) {
        listed.add(f.path("name").asText(""));
      }
    } catch (IOException e) {
      return "its manifest.json is not bingescope's (" + AtomicOutputDir.reason(e) + ")";
    }
    String[] stranger = new String[1];
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          if (!name.equals(Manifest.FILE_NAME) && !listed.contains(name)) {
            stranger[0] = name;
            return FileVisitResult.TERMINATE;
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new OutputException("cannot read output directory " + dir + ": "
          + AtomicOutputDir.reason(e), e);
    }
    return stranger[0] == null ? null
        : "it holds " + stranger[0] + ", which its manifest.json does not list";
  }

  private static boolean isEmpty(Path dir) throws OutputException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new OutputException("cannot read output directory " + dir + ": "
          + AtomicOutputDir.reason(e), e);
    }
  }

  /**
   * Returns the real path of an absolute path: its longest existing prefix with links resolved,
   * then the rest as written.
   */
  static Path realOf(Path abs) throws OutputException {
    Path existing = abs;
    Path rest = null;
    while (existing != null && !Files.exists(existing)) {
      Path name = existing.getFileName();
      rest = rest == null ? name : name.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      Path real = existing.toRealPath();
      return rest == null ? real : real.resolve(rest).normalize();
    } catch (IOException e) {
      throw new OutputException("cannot resolve " + abs + ": " + AtomicOutputDir.reason(e), e);
    }
  }

  private static OutputException refused(Path target, String why) {
    String shown = target.toString().equals(target.toAbsolutePath().normalize().toString())
        ? target.toString() : "'" + target + "' (" + target.toAbsolutePath().normalize() + ")";
    return new OutputException("refusing to write output to " + shown + ": it " + why
        + "; nothing was touched. Choose another path");
  }
}
