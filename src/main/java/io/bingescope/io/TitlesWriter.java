package io.bingescope.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the catalog's titles file once per run, header included. */
public interface TitlesWriter {

  /** Returns the file's name inside the output directory, e.g. {@code titles.csv}. */
  String fileName();

  /**
   * Writes the whole file to {@code out} (without closing it) and returns the number of rows
   * written.
   */
  long write(OutputStream out) throws IOException;
}
