package io.bingescope.io.netflix;

import io.bingescope.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the viewing file of a Netflix export in an unzipped archive folder or in the archive's
 * {@code .zip}, and reads it whole with a size cap: {@code CONTENT_INTERACTION/ViewingActivity.csv}
 * at any depth, else {@code NetflixViewingHistory.csv}. The cap refuses a zip bomb before it is
 * inflated past {@link #MAX_BYTES}; nothing is extracted to disk.
 */
public final class ExportLocator {
  /** The largest export file read, in bytes: far above any real history, well within memory. */
  static final long MAX_BYTES = 128L << 20;

  public static final String ACTIVITY = "ViewingActivity.csv";
  public static final String ACTIVITY_DIR = "CONTENT_INTERACTION";
  public static final String SIMPLE = "NetflixViewingHistory.csv";

  private static final int MAX_DEPTH = 8;
  private static final int MAX_ENTRIES = 200_000;
  private static final int LISTED = 5;

  private ExportLocator() {}

  /**
   * The bytes of an export file.
   *
   * @param name the file as named in messages ({@code archive.zip!path/in/zip} inside a zip)
   * @param data the file's bytes
   */
  public record ExportFile(String name, byte[] data) {}

  /** Returns whether the file starts like a zip archive. */
  public static boolean isZip(Path file) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, 4) == 4
          && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  /**
   * Returns the export file under a directory, or null when there is none.
   *
   * @throws InputException if it holds several, or the one it holds is a link to a file outside it
   */
  public static Path inDirectory(Path dir) throws IOException, InputException {
    List<Path> activity = new ArrayList<>();
    List<Path> simple = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
      files.filter(Files::isRegularFile).forEach(p -> {
        String name = p.getFileName().toString();
        Path parent = p.getParent();
        if (name.equals(ACTIVITY) && parent != null && parent.getFileName() != null
            && parent.getFileName().toString().equals(ACTIVITY_DIR)) {
          activity.add(p);
        } else if (name.equals(SIMPLE)) {
          simple.add(p);
        }
      });
    }
    List<Path> found = activity.isEmpty() ? simple : activity;
    // A link out of the folder is not followed: the folder is what the user named, and reading
    // (and quoting in errors) a file elsewhere could show what they never meant to share.
    Path root = dir.toRealPath();
    for (Path p : found) {
      if (!p.toRealPath().startsWith(root)) {
        throw new InputException(p + ": a link to a file outside " + dir + ", which is not"
            + " followed; copy the file into the folder, or name it directly");
      }
    }
    if (found.size() > 1) {
      found.sort(null);
      throw new InputException(dir + ": holds " + found.size() + " Netflix exports ("
          + listed(found.stream().map(Path::toString).toList()) + "); name the one to read");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Reads a file whole, refusing one above the cap. */
  public static ExportFile read(Path file) throws IOException, InputException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw tooLarge(file.toString(), size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new ExportFile(file.toString(), capped(in, file.toString()));
    }
  }

  /** Reads the export file inside a zip archive. */
  public static ExportFile readZip(Path zip) throws IOException, InputException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      List<ZipEntry> activity = new ArrayList<>();
      List<ZipEntry> simple = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = z.entries();
      int seen = 0;
      while (entries.hasMoreElements()) {
        if (++seen > MAX_ENTRIES) {
          throw new InputException(zip + ": holds more than " + MAX_ENTRIES + " entries; a Netflix"
              + " export holds a few dozen (refused as a possible zip bomb)");
        }
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        String name = e.getName().replace('\\', '/');
        if (name.equals(ACTIVITY_DIR + "/" + ACTIVITY) || name.endsWith("/" + ACTIVITY_DIR + "/"
            + ACTIVITY)) {
          activity.add(e);
        } else if (name.equals(SIMPLE) || name.endsWith("/" + SIMPLE)) {
          simple.add(e);
        }
      }
      List<ZipEntry> found = activity.isEmpty() ? simple : activity;
      if (found.isEmpty()) {
        throw new InputException(zip + ": a zip archive without " + ACTIVITY_DIR + "/" + ACTIVITY
            + " or " + SIMPLE + "; expected the archive Netflix sends ('Download your personal"
            + " information')");
      }
      if (found.size() > 1) {
        throw new InputException(zip + ": holds " + found.size() + " Netflix exports ("
            + listed(found.stream().map(ZipEntry::getName).sorted().toList())
            + "); unzip it and name the one to read");
      }
      ZipEntry e = found.get(0);
      String name = zip + "!" + e.getName();
      if (e.getSize() > MAX_BYTES) {
        throw tooLarge(name, e.getSize());
      }
      try (InputStream in = z.getInputStream(e)) {
        return new ExportFile(name, capped(in, name));
      }
    } catch (ZipException | IllegalArgumentException e) {
      // A damaged archive, or entry names that are not valid in the archive's charset.
      throw new InputException(zip + ": not a readable zip archive (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] capped(InputStream in, String name) throws IOException, InputException {
    byte[] data = in.readNBytes((int) MAX_BYTES + 1);
    if (data.length > MAX_BYTES) {
      throw tooLarge(name, -1);
    }
    return data;
  }

  private static InputException tooLarge(String name, long size) {
    return new InputException(name + ": larger than " + (MAX_BYTES >> 20) + " MB"
        + (size > 0 ? " (" + (size >> 20) + " MB)" : "") + "; a Netflix viewing history is a few"
        + " MB, so this is refused (a damaged file or a zip bomb)");
  }

  private static String listed(List<String> names) {
    List<String> shown = names.subList(0, Math.min(LISTED, names.size()));
    return String.join(", ", shown) + (names.size() > LISTED ? ", ..." : "");
  }
}
