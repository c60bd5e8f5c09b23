package io.bingescope.io;

/**
 * The files of one run's output directory in one {@link io.bingescope.io.run.OutputFormat}, bound
 * to the run's catalog and vocabulary. Building a layout pre-encodes every catalog and vocabulary string once; the
 * formats it returns are then shared by all worker threads.
 */
public interface Layout {

  /** Returns the format of the views file, one row per view. */
  RecordFormat views();

  /** Returns the format of the members file, one row per member (the ground truth). */
  RecordFormat members();

  /** Returns the writer of the titles file. */
  TitlesWriter titles();

  /**
   * Returns whether each member's views go to a file of their own, {@code
   * members/<member_id>/<views file name>}, rather than all into one views file.
   */
  default boolean viewsPerMember() {
    return false;
  }

  /** Returns the path, inside the output directory, of a member's own views file. */
  static String memberViewsPath(int memberId, RecordFormat views) {
    return "members/" + memberId + "/" + views.fileName();
  }
}
