package io.bingescope.reid;

/**
 * The unicity of one p and setting: of {@code targets} members sampled among the {@code eligible} (of
 * {@code examined}) with at least p points, {@code unique} are the only member matching their p points.
 *
 * @param p the points known
 * @param setting how they were chosen, and the date tolerance
 * @param population the members the matching pass counted
 * @param examined the members the targets were sampled from (the population, or a fused run's candidates)
 * @param eligible the members of those with at least p points
 * @param targets the targets
 * @param unique the targets alone in their anonymity set
 * @param low the Wilson 95% interval's lower end of the unicity
 * @param high its upper end
 * @param meanSetSize the mean size of the targets' anonymity sets (the target included)
 * @param medianSetSize their median size (the lower middle for an even count)
 */
public record UnicityRow(int p, Setting setting, long population, long examined, long eligible, int targets,
    int unique, double low, double high, double meanSetSize, long medianSetSize) {
  /** Returns the share of targets alone in their set. */
  public double unicity() {
    return targets == 0 ? Double.NaN : (double) unique / targets;
  }
}
