package io.bingescope.io.run;

import io.bingescope.io.CsvStyle;
import io.bingescope.io.Layout;
import io.bingescope.io.RowSyntax;
import io.bingescope.io.StandardLayout;
import io.bingescope.io.netflix.NetflixLayout;
import io.bingescope.model.Catalog;
import io.bingescope.model.Vocabulary;

/**
 * The layouts {@code simulate} can write, each a factory of its {@link Layout}. A new format is a
 * new {@link Layout} class plus one constant here.
 */
public enum OutputFormat {
  /** {@code views.csv}, {@code titles.csv}, {@code members.csv}: RFC 4180 with a header line. */
  CSV((catalog, vocabulary, style) -> new StandardLayout(
      style == CsvStyle.SPREADSHEET_SAFE ? RowSyntax.CSV_SPREADSHEET_SAFE : RowSyntax.CSV, catalog,
      vocabulary)),
  /** {@code views.jsonl}, {@code titles.jsonl}, {@code members.jsonl}: one JSON object per line. */
  JSONL((catalog, vocabulary, style) -> new StandardLayout(RowSyntax.JSONL, catalog, vocabulary)),
  /**
   * Each member's views as the Netflix export they could download, {@code
   * members/<id>/CONTENT_INTERACTION/ViewingActivity.csv}, with {@code titles.csv} and {@code
   * members.csv}.
   */
  NETFLIX((catalog, vocabulary, style) -> new NetflixLayout(catalog, vocabulary)),
  /**
   * {@code titles.parquet}, and the views and members in files of blocks of members ({@code
   * views-00000.parquet}, {@code members-00000.parquet}, ...): typed columns, not rows of text, so
   * it has no {@link Layout}; {@link io.bingescope.io.ParquetSink} writes it.
   */
  PARQUET(null);

  private final Factory factory;

  OutputFormat(Factory factory) {
    this.factory = factory;
  }

  /** Returns the layout of a run with the given catalog and vocabulary, in exact RFC 4180. */
  public Layout layout(Catalog catalog, Vocabulary vocabulary) {
    return layout(catalog, vocabulary, CsvStyle.EXACT);
  }

  /**
   * Returns the layout of a run whose CSV string fields are spelled in {@code style}; only {@link
   * #CSV} has a spreadsheet-safe spelling (JSON and the Netflix export's own format are not run as
   * formulas by our readers' tools, and the export must look as Netflix writes it).
   */
  public Layout layout(Catalog catalog, Vocabulary vocabulary, CsvStyle style) {
    if (!hasLayout()) {
      throw new IllegalStateException(this + " has no row layout");
    }
    return factory.create(catalog, vocabulary, style);
  }

  /** Returns whether the format is rows of bytes written through a {@link Layout}. */
  public boolean hasLayout() {
    return factory != null;
  }

  /** Makes a layout. */
  private interface Factory {
    Layout create(Catalog catalog, Vocabulary vocabulary, CsvStyle style);
  }
}
