package io.bingescope.io.run;

import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.io.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a stored run's manifest against its files before anything trusts it: a manifest that
 * claims 2,147,483,647 members would otherwise make {@code analyze} write a row for each. Checked:
 * the counts are possible (members from 1, first member and views from 0, ids within an int); every
 * listed file exists beside the manifest with its listed size (but {@code members.csv}, the truth,
 * may have been removed: then {@code members} may not exceed the views); {@code views} is the views
 * file's listed rows and {@code members} the members file's; {@code titles.csv} and {@code members.csv}
 * (small, or read whole anyway) have their SHA-256 and rows recomputed. The views file's rows are
 * counted as it is read ({@link ViewsReader}); its hash, a second pass over the largest file, is
 * not recomputed.
 */
final class ManifestCheck {
  private static final String VIEWS = "views.csv";
  private static final String TITLES = "titles.csv";
  private static final String MEMBERS = "members.csv";

  private ManifestCheck() {}

  /**
   * Reads and checks the manifest in {@code dir}, if there is one: a stored run of any format may lack it.
   *
   * @throws InputException if the manifest is unreadable or does not match its files
   */
  static Optional<Manifest> readIn(Path dir) throws InputException {
    Path file = dir.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Manifest m;
    try (InputStream in = Files.newInputStream(file)) {
      m = Manifest.read(in);
    } catch (IOException e) {
      throw new InputException(file + ": not a readable manifest: " + e.getMessage(), e);
    }
    check(file, m);
    return Optional.of(m);
  }

  /**
   * Checks {@code m}, read from {@code file}, against the files beside it.
   *
   * @throws InputException naming the manifest, the claim and what the files hold
   */
  static void check(Path file, Manifest m) throws InputException {
    if (m.spreadsheetSafe() != null) {
      // The ' before a leading = + - @ is indistinguishable from a name that begins with it.
      throw new InputException(file + ": the run was written with --spreadsheet-safe, so its names"
          + " may carry a ' added for spreadsheets and are not the exact data; bingescope reads only"
          + " runs written without --spreadsheet-safe (write the run again without it)");
    }
    if (!Tool.NAME.equals(m.tool())) {
      throw bad(file, "expected \"tool\": \"bingescope\", found \"" + m.tool() + "\"");
    }
    if (m.members() < 1 || m.firstMember() < 0 || m.views() < 0
        || m.firstMember() > Integer.MAX_VALUE
        || m.members() > Integer.MAX_VALUE + 1L - m.firstMember()) {
      throw bad(file, "expected members from 1, first_member and views from 0, and member ids"
          + " up to " + Integer.MAX_VALUE + ", found members " + m.members() + ", first_member "
          + m.firstMember() + ", views " + m.views());
    }
    Path dir = file.toAbsolutePath().getParent();
    Map<String, Manifest.FileEntry> listed = new TreeMap<>();
    for (Manifest.FileEntry e : m.files()) {
      Path f = dir.resolve(e.name()).normalize();
      if (!f.startsWith(dir) || e.name().isEmpty()) {
        throw bad(file, "expected file names inside its directory, found \"" + e.name() + "\"");
      }
      if (!Files.isRegularFile(f)) {
        if (e.name().equals(MEMBERS)) {
          continue; // the truth may be withheld on purpose; the count is bounded below instead
        }
        throw bad(file, "lists " + e.name() + ", which is missing");
      }
      long size = size(f);
      if (size != e.bytes()) {
        throw bad(file, "lists " + e.name() + " with " + e.bytes() + " bytes, found " + size
            + " (the file was changed, or the manifest belongs to another run)");
      }
      listed.put(e.name(), e);
    }
    Manifest.FileEntry views = listed.get(VIEWS);
    if (views != null && views.rows() != m.views()) {
      throw bad(file, "claims " + m.views() + " views, but lists " + VIEWS + " with "
          + views.rows() + " rows");
    }
    Manifest.FileEntry titles = listed.get(TITLES);
    if (titles != null) {
      recount(file, dir.resolve(TITLES), titles);
    }
    // A JSONL run's truth, and a Parquet run's files by blocks of members, are counted from their
    // entries (their bytes were checked above; the views' rows are counted again as they are read).
    long blockViews = 0;
    long blockMembers = 0;
    boolean blocks = false;
    for (Manifest.FileEntry e : listed.values()) {
      if (e.name().matches("views-\\d+\\.parquet")) {
        blockViews += e.rows();
        blocks = true;
      } else if (e.name().matches("members-\\d+\\.parquet")) {
        blockMembers += e.rows();
        blocks = true;
      }
    }
    Manifest.FileEntry jsonlMembers = listed.get("members.jsonl");
    if (blocks && (blockViews != m.views() || blockMembers != m.members())) {
      throw bad(file, "claims " + m.views() + " views and " + m.members() + " members, but lists"
          + " views-*.parquet files with " + blockViews + " rows and members-*.parquet files with "
          + blockMembers);
    }
    Manifest.FileEntry members = listed.get(MEMBERS);
    if (blocks) {
      return;
    }
    if (jsonlMembers != null) {
      if (jsonlMembers.rows() != m.members()) {
        throw bad(file, "claims " + m.members() + " members, but lists members.jsonl with "
            + jsonlMembers.rows());
      }
    } else if (members != null) {
      recount(file, dir.resolve(MEMBERS), members);
      if (members.rows() != m.members()) {
        throw bad(file, "claims " + m.members() + " members, but " + MEMBERS + " holds "
            + members.rows());
      }
    } else if (m.members() > Math.max(1, m.views())) {
      // Without the truth file, a member is known only by its views.
      throw bad(file, "claims " + m.members() + " members, more than its " + m.views()
          + " views and no " + MEMBERS + " to list them");
    }
  }

  /** Recomputes a small file's SHA-256 and CSV records (header excluded) against its entry. */
  private static void recount(Path manifest, Path f, Manifest.FileEntry e) throws InputException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("every JDK has SHA-256", e1);
    }
    long lines = 0;
    boolean quoted = false;
    int last = '\n';
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '"') {
            quoted = !quoted; // a doubled quote toggles twice: still inside
          } else if (b == '\n' && !quoted) {
            lines++;
          }
          last = b;
        }
      }
    } catch (IOException ex) {
      throw new InputException(f + ": cannot read: " + AtomicOutputDir.reason(ex), ex);
    }
    if (last != '\n') {
      lines++;
    }
    String hash = HexFormat.of().formatHex(sha.digest());
    if (!hash.equals(e.sha256().toLowerCase(Locale.ROOT))) {
      throw bad(manifest, "lists " + e.name() + " with SHA-256 " + e.sha256() + ", found " + hash
          + " (the file was changed, or the manifest belongs to another run)");
    }
    long rows = Math.max(0, lines - 1);
    if (rows != e.rows()) {
      throw bad(manifest, "lists " + e.name() + " with " + e.rows() + " rows, found " + rows);
    }
  }

  private static long size(Path f) throws InputException {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new InputException(f + ": cannot read: " + AtomicOutputDir.reason(e), e);
    }
  }

  private static InputException bad(Path manifest, String what) {
    return new InputException(manifest + ": " + what + "; refusing a stored run whose manifest does"
        + " not match its files");
  }
}
