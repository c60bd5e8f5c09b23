package io.bingescope.io;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;

/**
 * One output file fed member by member. Implementations are immutable after construction and safe
 * to share between worker threads: each worker appends to its own {@link ByteBuf}, and a single
 * writer thread writes {@link #header()} and then the buffers in member order.
 */
public interface RecordFormat {

  /** Returns the file's name inside the output directory, e.g. {@code views.csv}. */
  String fileName();

  /** Returns the header line including its line end, or an empty array when the format has none. */
  byte[] header();

  /**
   * Appends the member's rows; returns how many rows were appended. The history is read during the
   * call only, so a reused instance may be refilled as soon as it returns.
   */
  int append(MemberTraits traits, History history, ByteBuf out);
}
