package io.bingescope.reid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attack against the truth for one aux size and date noise, as the 2008 paper's figures lay it out: of
 * {@code records} aux records drawn from targets, {@code declared} matches, {@code right} of them the target.
 * Precision is right / declared, recall right / records. Decoys (records drawn from no member) have size as set and
 * noise -1; every match declared on one is wrong.
 */
public record AttackSummary(int size, int noiseDays, boolean decoys, int records, int declared, int right,
    double meanEccentricity) {
  /** Returns right / declared (NaN when nothing was declared). */
  public double precision() {
    return declared == 0 ? Double.NaN : (double) right / declared;
  }

  /** Returns right / records. */
  public double recall() {
    return records == 0 ? Double.NaN : (double) right / records;
  }

  /** Returns the summaries of the rows, in order of first appearance of each (size, noise), decoys last. */
  public static List<AttackSummary> of(List<AttackRow> rows) {
    Map<List<Integer>, int[]> counts = new LinkedHashMap<>();
    Map<List<Integer>, double[]> ecc = new LinkedHashMap<>();
    for (AttackRow r : rows) {
      boolean decoy = r.aux().target() < 0;
      List<Integer> key = List.of(r.aux().size(), decoy ? -1 : r.aux().noiseDays(), decoy ? 1 : 0);
      int[] c = counts.computeIfAbsent(key, k -> new int[3]);
      c[0]++;
      c[1] += r.declared() ? 1 : 0;
      c[2] += r.declared() && r.right() ? 1 : 0;
      ecc.computeIfAbsent(key, k -> new double[1])[0] += r.eccentricity();
    }
    List<AttackSummary> out = new ArrayList<>();
    List<AttackSummary> decoys = new ArrayList<>();
    for (Map.Entry<List<Integer>, int[]> e : counts.entrySet()) {
      List<Integer> k = e.getKey();
      int[] c = e.getValue();
      AttackSummary s = new AttackSummary(k.get(0), k.get(1), k.get(2) == 1, c[0], c[1], c[2],
          ecc.get(k)[0] / c[0]);
      (s.decoys() ? decoys : out).add(s);
    }
    out.addAll(decoys);
    return out;
  }
}
