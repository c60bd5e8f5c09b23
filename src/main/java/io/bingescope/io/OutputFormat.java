package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.Vocabulary;
import java.util.function.BiFunction;

/**
 * The layouts {@code simulate} can write, each a factory of its {@link Layout}. A new format is a
 * new {@link Layout} class plus one constant here.
 */
public enum OutputFormat {
  /** {@code views.csv}, {@code titles.csv}, {@code members.csv}: RFC 4180 with a header line. */
  CSV((catalog, vocabulary) -> new StandardLayout(RowSyntax.CSV, catalog, vocabulary)),
  /** {@code views.jsonl}, {@code titles.jsonl}, {@code members.jsonl}: one JSON object per line. */
  JSONL((catalog, vocabulary) -> new StandardLayout(RowSyntax.JSONL, catalog, vocabulary)),
  /**
   * Each member's views as the Netflix export they could download, {@code
   * members/<id>/CONTENT_INTERACTION/ViewingActivity.csv}, with {@code titles.csv} and {@code
   * members.csv}.
   */
  NETFLIX(NetflixLayout::new);

  private final BiFunction<Catalog, Vocabulary, Layout> factory;

  OutputFormat(BiFunction<Catalog, Vocabulary, Layout> factory) {
    this.factory = factory;
  }

  /** Returns the layout of a run with the given catalog and vocabulary. */
  public Layout layout(Catalog catalog, Vocabulary vocabulary) {
    return factory.apply(catalog, vocabulary);
  }
}
