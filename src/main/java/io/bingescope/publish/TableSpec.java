package io.bingescope.publish;

import io.bingescope.model.History;

/** A table of member counts: its shape, and the cells one member counts in (at most one per row). */
public interface TableSpec {

  /** Returns the table's shape, as far as the members counted so far have made it known (see {@link #hours}). */
  Table table();

  /** Returns the most cells one member can count in (the scratch {@link #cells} needs). */
  int maxPerMember();

  /**
   * Writes the interior cells (row-major indices, ascending) member {@code h} counts in to {@code out}, which holds
   * {@link #maxPerMember()} slots, and returns how many. A cell may lie beyond the table as known before the call.
   */
  int cells(History h, int[] out);
}
