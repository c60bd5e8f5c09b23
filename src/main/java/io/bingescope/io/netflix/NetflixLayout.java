package io.bingescope.io.netflix;

import io.bingescope.io.Layout;
import io.bingescope.io.MembersFormat;
import io.bingescope.io.RecordFormat;
import io.bingescope.io.RowSyntax;
import io.bingescope.io.TitlesFormat;
import io.bingescope.io.TitlesWriter;
import io.bingescope.model.Catalog;
import io.bingescope.model.Vocabulary;

/**
 * What {@code simulate --format netflix} writes: each member's views as the Netflix export that
 * member could download ({@code members/<member_id>/CONTENT_INTERACTION/ViewingActivity.csv}),
 * with the run's {@code titles.csv} and {@code members.csv} (the hidden truth) beside them in CSV,
 * so a demo can set what a member would see next to what the simulator knows.
 */
public final class NetflixLayout implements Layout {
  private final NetflixActivityFormat views;
  private final MembersFormat members;
  private final TitlesFormat titles;

  public NetflixLayout(Catalog catalog, Vocabulary vocabulary) {
    this.views = new NetflixActivityFormat(catalog, vocabulary);
    this.members = new MembersFormat(RowSyntax.CSV, vocabulary);
    this.titles = new TitlesFormat(RowSyntax.CSV, catalog);
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

  @Override
  public boolean viewsPerMember() {
    return true;
  }
}
