package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.util.List;

/**
 * Histories read from stored input, one member at a time and in member order, into a history the
 * caller reuses, so memory stays bounded by one member's views. The stored views of {@code
 * simulate} are one implementation; an importer of a platform's own export is another.
 */
public interface MemberSource extends AutoCloseable {

  /** Returns the catalog the histories' title ids refer to. */
  Catalog catalog();

  /**
   * Reads the next member into {@code h} (reset first) and returns whether there was one. The
   * history is in time order.
   *
   * @throws InputException if the input is malformed or out of order; the message says where
   */
  boolean next(History h) throws IOException, InputException;

  /** Returns the profile names of the member last read, indexed like the history's profiles. */
  List<String> profiles();

  /** Returns the zones, countries and devices seen so far, indexed like the histories' fields. */
  Vocabulary vocabulary();

  /** Returns the number of views read so far. */
  long views();

  /** Returns the number of bytes read so far, for progress and throughput. */
  long bytesRead();

  @Override
  void close() throws IOException;
}
