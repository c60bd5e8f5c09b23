package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.Vocabulary;

/**
 * The schema v1 layout ({@code views}, {@code titles}, {@code members}) in CSV or JSON Lines
 * syntax.
 */
public final class StandardLayout implements Layout {
  private final ViewsFormat views;
  private final MembersFormat members;
  private final TitlesFormat titles;

  public StandardLayout(RowSyntax syntax, Catalog catalog, Vocabulary vocabulary) {
    this.views = new ViewsFormat(syntax, catalog, vocabulary);
    this.members = new MembersFormat(syntax, vocabulary);
    this.titles = new TitlesFormat(syntax, catalog);
  }

  @Override
  public RecordFormat views() {
    return views;
  }

  @Override
  public RecordFormat members() {
    return members;
  }

  @Override
  public TitlesWriter titles() {
    return titles;
  }
}
