package io.bingescope.io;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Vocabulary;
import java.util.List;

/**
 * The members file: each member's hidden traits, one row per member, the columns of {@link
 * MembersColumn}. It is written once per member rather than per view, so it is written by the
 * generic {@link RowWriter}, checked against the declared types, rather than specialised for speed.
 */
public final class MembersFormat implements RecordFormat {
  /** The column names, in order. */
  public static final List<String> COLUMNS = MembersColumn.SCHEMA.names();

  private final String fileName;
  private final RowWriter rows;
  private final Vocabulary vocabulary;

  /** Creates the members file of a run whose devices are named in {@code vocabulary}. */
  public MembersFormat(RowSyntax syntax, Vocabulary vocabulary) {
    this.fileName = "members." + syntax.extension();
    this.rows = new RowWriter(syntax, MembersColumn.SCHEMA);
    this.vocabulary = vocabulary;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public byte[] header() {
    return rows.header();
  }

  @Override
  public int append(MemberTraits traits, History history, ByteBuf out) {
    rows.append(MembersColumn.values(traits, vocabulary), out);
    return 1;
  }
}
