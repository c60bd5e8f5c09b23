package io.bingescope.reid;

/**
 * What an attacker knows of one person: items, each a title and a local day (epoch day). {@code target} is the
 * member it was drawn from, or -1 when none (a decoy, or a record a researcher brought); {@code size} and
 * {@code noiseDays} name the setting it was made under (0 for a record brought).
 */
public record AuxRecord(String ref, int target, int size, int noiseDays, int[] titles, long[] days) {
  public AuxRecord {
    if (titles.length != days.length) {
      throw new IllegalArgumentException("titles and days differ in length");
    }
  }

  /** Returns the number of items. */
  public int items() {
    return titles.length;
  }
}
