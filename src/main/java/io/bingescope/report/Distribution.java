package io.bingescope.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Counts of members by bins of a figure: bin {@code i} holds values in {@code [edges[i],
 * edges[i+1])}, the last bin everything from its edge up. Fixed memory; distributions of
 * consecutive blocks of members {@link #merge} exactly.
 */
public final class Distribution {
  private final double[] edges;
  private final boolean whole;
  private final long[] counts;

  /**
   * Creates an empty distribution.
   *
   * @param edges the bins' lower edges, increasing
   * @param whole whether the figure takes whole values, so a bin of one value is labelled by it
   */
  public Distribution(double[] edges, boolean whole) {
    if (edges.length == 0) {
      throw new IllegalArgumentException("a distribution needs at least one bin");
    }
    for (int i = 1; i < edges.length; i++) {
      if (!(edges[i] > edges[i - 1])) {
        throw new IllegalArgumentException("edges must increase: " + Arrays.toString(edges));
      }
    }
    this.edges = edges.clone();
    this.whole = whole;
    this.counts = new long[edges.length];
  }

  /** Counts one value; a value below the first edge counts in the first bin. */
  public void add(double v) {
    int i = Arrays.binarySearch(edges, v);
    int bin = i >= 0 ? i : Math.max(0, -i - 2);
    counts[bin]++;
  }

  /** Adds another distribution's counts (same edges) to this one and returns this one. */
  public Distribution merge(Distribution other) {
    if (!Arrays.equals(edges, other.edges)) {
      throw new IllegalArgumentException("distributions with different bins");
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    return this;
  }

  /** Returns the number of bins. */
  public int bins() {
    return counts.length;
  }

  /** Returns the count of bin {@code i}. */
  public long count(int i) {
    return counts[i];
  }

  /** Returns the number of values counted. */
  public long total() {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }

  /** Returns the label of bin {@code i}: {@code 3}, {@code 6-7}, {@code 2-4}, {@code 30+}. */
  public String label(int i) {
    String low = number(edges[i]);
    if (i == edges.length - 1) {
      return low + "+";
    }
    if (whole) {
      double top = Math.ceil(edges[i + 1]) - 1;
      return top <= edges[i] ? low : low + "-" + number(top);
    }
    return low + "-" + number(edges[i + 1]);
  }

  /**
   * Returns a bar chart of the bins up to the last one that holds a value (at least the first),
   * so bins beyond anything seen are not drawn.
   */
  public BarChart chart(String title, String description, String xAxis, String yAxis) {
    int shown = 1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        shown = i + 1;
      }
    }
    List<String> labels = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      labels.add(label(i));
    }
    return new BarChart(title, description, labels, Arrays.copyOf(counts, shown), xAxis, yAxis);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
