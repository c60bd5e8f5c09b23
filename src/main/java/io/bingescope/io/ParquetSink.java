package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import io.bingescope.sim.MemberSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a run as Parquet: {@code titles.parquet}, and the views and members split into files by
 * blocks of {@link #MEMBERS_PER_FILE} member ids ({@code views-00000.parquet}, {@code
 * members-00000.parquet}, ...). Workers only copy each member's history; the calling thread encodes
 * the rows in member order, so the files depend on the run alone, not on the thread count.
 */
public final class ParquetSink implements MemberSink<ParquetSink.Block>, AutoCloseable {
  /**
   * Member ids per file: about 40 views each at christmas-prince-2017's rate, so a file holds some
   * 10 million views (about 100 MB), and the full 117.58M population about 470 files.
   */
  public static final int MEMBERS_PER_FILE = 250_000;

  private static final long MICROS = 1_000_000L;
  // parquet-java's record consumer finds a field by its index; the name only labels debug output.
  private static final String FIELD = "field";
  private static final MessageType VIEWS = ParquetFiles.schema("views", ViewsColumn.SCHEMA);
  private static final MessageType MEMBERS = ParquetFiles.schema("members", MembersColumn.SCHEMA);
  private static final MessageType TITLES = ParquetFiles.schema("titles", TitlesColumn.SCHEMA);

  private final AtomicOutputDir dir;
  private final int membersPerFile;
  private final Binary[] titles;
  private final Binary[] zones;
  private final Binary[] devices;
  private final Binary[] countries;
  private final Binary[] supplementals;
  private final Vocabulary vocabulary;
  private final List<Manifest.FileEntry> entries = new ArrayList<>();
  private final ViewRow viewRow = new ViewRow();
  private int file = -1;
  private DigestingOutputStream viewsOut;
  private DigestingOutputStream membersOut;
  private ParquetWriter<ParquetFiles.Row> viewsWriter;
  private ParquetWriter<ParquetFiles.Row> membersWriter;
  private long fileViews;
  private long fileMembers;
  private long views;
  private long seconds;

  /** Prepares to write the views and members of a run with this catalog and vocabulary into {@code dir}. */
  public ParquetSink(AtomicOutputDir dir, Catalog catalog, Vocabulary vocabulary) {
    this(dir, catalog, vocabulary, MEMBERS_PER_FILE);
  }

  /** Prepares a sink splitting the files every {@code membersPerFile} member ids (tests split small runs). */
  public ParquetSink(AtomicOutputDir dir, Catalog catalog, Vocabulary vocabulary, int membersPerFile) {
    if (membersPerFile < 1) {
      throw new IllegalArgumentException("membersPerFile must be positive: " + membersPerFile);
    }
    this.dir = dir;
    this.membersPerFile = membersPerFile;
    this.titles = binaries(catalog.titles().stream().map(Title::name).toList());
    this.zones = binaries(vocabulary.zones());
    this.devices = binaries(vocabulary.devices());
    this.countries = binaries(vocabulary.countries());
    this.supplementals = binaries(
        java.util.Arrays.stream(Supplemental.values()).map(Supplemental::label).toList());
    this.vocabulary = vocabulary;
  }

  /** Returns the name of the views or members file number {@code file}, e.g. {@code views-00003.parquet}. */
  private static String fileName(String kind, int file) {
    return String.format(Locale.ROOT, "%s-%05d.parquet", kind, file);
  }

  /** The name of the titles file. */
  public static final String TITLES_FILE = "titles.parquet";

  /** Writes {@code titles.parquet} and returns its manifest entry. */
  public static Manifest.FileEntry writeTitles(AtomicOutputDir dir, Catalog catalog)
      throws IOException {
    DigestingOutputStream out = DigestingOutputStream.create(dir.resolve(TITLES_FILE));
    try (out; ParquetWriter<ParquetFiles.Row> w = ParquetFiles.writer(out, TITLES)) {
      for (Title t : catalog.titles()) {
        w.write(rc -> ParquetFiles.write(rc, TitlesColumn.SCHEMA, TitlesColumn.values(t)));
      }
    }
    return out.entry(catalog.size());
  }

  /** One block's members, copied on a worker thread. */
  public static final class Block {
    final List<MemberTraits> traits = new ArrayList<>();
    final List<History> histories = new ArrayList<>();
    long seconds;
  }

  @Override
  public Block newBlock() {
    return new Block();
  }

  @Override
  public void accept(Block block, MemberTraits traits, History history) {
    block.traits.add(traits);
    block.histories.add(history.copy());
    for (int i = 0; i < history.size(); i++) {
      block.seconds += history.durationS(i);
    }
  }

  @Override
  public void complete(Block block) throws IOException {
    for (int k = 0; k < block.histories.size(); k++) {
      History h = block.histories.get(k);
      MemberTraits traits = block.traits.get(k);
      int id = h.memberId();
      if (id / membersPerFile != file) {
        finishFile();
        startFile(id);
      }
      viewRow.member(traits, h);
      for (int i = 0; i < h.size(); i++) {
        viewRow.view = i;
        viewsWriter.write(viewRow);
      }
      fileViews += h.size();
      views += h.size();
      membersWriter.write(
          rc -> ParquetFiles.write(rc, MembersColumn.SCHEMA, MembersColumn.values(traits, vocabulary)));
      fileMembers++;
    }
    seconds += block.seconds;
  }

  private void startFile(int memberId) throws IOException {
    file = memberId / membersPerFile;
    viewsOut = DigestingOutputStream.create(dir.resolve(fileName("views", file)));
    viewsWriter = ParquetFiles.writer(viewsOut, VIEWS);
    membersOut = DigestingOutputStream.create(dir.resolve(fileName("members", file)));
    membersWriter = ParquetFiles.writer(membersOut, MEMBERS);
    fileViews = 0;
    fileMembers = 0;
  }

  private void finishFile() throws IOException {
    if (viewsWriter == null) {
      return;
    }
    try (DigestingOutputStream a = viewsOut;
        DigestingOutputStream b = membersOut;
        ParquetWriter<ParquetFiles.Row> c = viewsWriter;
        ParquetWriter<ParquetFiles.Row> d = membersWriter) {
      // closes the writers (footers), then the streams (hashes), even when one fails
    }
    entries.add(viewsOut.entry(fileViews));
    entries.add(membersOut.entry(fileMembers));
    viewsWriter = null;
    membersWriter = null;
  }

  /** Returns the files' manifest entries, views and members by file; only after {@link #close()}. */
  public List<Manifest.FileEntry> entries() {
    return List.copyOf(entries);
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
    finishFile();
  }

  /** The view being written: the member's history and its profile names, and the view's index. */
  private final class ViewRow implements ParquetFiles.Row {
    private History h;
    private Binary[] profiles;
    private int view;

    void member(MemberTraits traits, History history) {
      if (traits.memberId() != history.memberId()) {
        throw new IllegalArgumentException("traits of member " + traits.memberId()
            + " given with history of member " + history.memberId());
      }
      h = history;
      profiles = binaries(traits.profiles().stream().map(Profile::name).toList());
    }

    @Override
    public void writeTo(RecordConsumer rc) {
      int i = view;
      integer(rc, 0, h.memberId());
      string(rc, 1, profiles[h.profile(i)]);
      int title = h.title(i);
      integer(rc, 2, title);
      string(rc, 3, titles[title]);
      long64(rc, 4, h.startUtc(i) * MICROS);
      long64(rc, 5, h.startLocal(i) * MICROS);
      string(rc, 6, zones[h.zone(i)]);
      integer(rc, 7, h.durationS(i));
      string(rc, 8, devices[h.device(i)]);
      string(rc, 9, countries[h.country(i)]);
      rc.startField(FIELD, 10);
      rc.addBoolean(h.autoplayed(i));
      rc.endField(FIELD, 10);
      string(rc, 11, supplementals[h.supplemental(i).ordinal()]);
    }
  }

  private static void integer(RecordConsumer rc, int index, int value) {
    String n = FIELD;
    rc.startField(n, index);
    rc.addInteger(value);
    rc.endField(n, index);
  }

  private static void long64(RecordConsumer rc, int index, long value) {
    String n = FIELD;
    rc.startField(n, index);
    rc.addLong(value);
    rc.endField(n, index);
  }

  private static void string(RecordConsumer rc, int index, Binary value) {
    String n = FIELD;
    rc.startField(n, index);
    rc.addBinary(value);
    rc.endField(n, index);
  }

  private static Binary[] binaries(List<String> values) {
    Binary[] b = new Binary[values.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = Binary.fromString(values.get(i));
    }
    return b;
  }
}
