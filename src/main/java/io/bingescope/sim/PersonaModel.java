package io.bingescope.sim;

import io.bingescope.scenario.Scenario;
import java.util.List;

/** A persona's parameters in the form the engine draws from: samplers and tables built once per run. */
final class PersonaModel {
  final Scenario.Persona spec;
  final String name;
  final double[] hourWeights = new double[24];
  final double[] weekdayFactor = new double[7];
  final Sampler sessionsPerDay;
  final Sampler sessionMinutes;
  /** The ordinary choices' table, or null when the persona has no title to choose outside its comfort tag. */
  final AliasTable items;
  final Sampler bedtime;
  final Sampler wake;
  final Sampler workStart;
  final Sampler workHours;
  final int workDayMask;
  final int[] comfortItems;
  final double[] comfortWeights;
  final AliasTable comfortTable;
  /** The series an adult profile may have as an old favourite: popularity x affinity x episodes. */
  final AliasTable favouriteTable;
  final int[] favouriteItems;
  final Scenario.Habits habits;
  private final double[] itemWeights;

  PersonaModel(
      Scenario.Persona p, CatalogBuilder.Item[] catalogItems, double[] seasonMax, int[] episodes) {
    this.spec = p;
    this.name = p.name();
    for (int h = 0; h < 24; h++) {
      hourWeights[h] = p.rhythm().hours().get(h);
    }
    double mean = p.rhythm().weekdays().stream().mapToDouble(Double::doubleValue).average().orElse(1);
    for (int d = 0; d < 7; d++) {
      // Normalised so the weekday pattern moves sessions between days without changing the weekly mean.
      weekdayFactor[d] = p.rhythm().weekdays().get(d) / mean;
    }
    sessionsPerDay = Sampler.of(p.sessionsPerDay());
    sessionMinutes = Sampler.of(p.sessionMinutes());
    // A comfort persona watches titles with its comfort tag only through its comfort habit (adopt, then rewatch
    // day after day), never through ordinary choices: its daily watching of such a title is then exactly the
    // day-level chain StreakExpectation computes.
    String comfortTag = p.comfort() == null ? null : p.comfort().tag();
    double[] w = new double[catalogItems.length];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      boolean excluded = comfortTag != null && catalogItems[i].matches(comfortTag);
      w[i] = excluded ? 0 : catalogItems[i].popularity() * affinity(catalogItems[i]) * seasonMax[i];
      total += w[i];
    }
    // No title outside the comfort tag (or every weight so small it rounds to 0): the persona then watches only its
    // comfort rewatches, and a session that would choose a title ends (null table).
    items = total > 0 ? AliasTable.of(w) : null;
    itemWeights = w;
    habits = p.habits();
    // Rewatching favours long sitcoms rather than short series in loops (Nielsen SVOD 2020: The Office was the
    // most-streamed title): a series' chance to be a favourite grows with its episodes.
    int favourites = 0;
    for (int i = 0; i < w.length; i++) {
      favourites += w[i] > 0 && catalogItems[i].series() >= 0 ? 1 : 0;
    }
    favouriteItems = new int[favourites];
    double[] fw = new double[favourites];
    int f = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0 && catalogItems[i].series() >= 0) {
        favouriteItems[f] = i;
        fw[f++] = catalogItems[i].popularity() * affinity(catalogItems[i]) * episodes[i];
      }
    }
    favouriteTable = favourites == 0 ? null : AliasTable.of(fw);
    Scenario.Sleep sleep = p.sleep();
    bedtime = Sampler.of(sleep.bedtime());
    wake = Sampler.of(sleep.wake());
    Scenario.Work work = p.work();
    workStart = work == null ? null : Sampler.of(work.start());
    workHours = work == null ? null : Sampler.of(work.hours());
    int mask = 0;
    if (work != null) {
      for (int d : work.days()) {
        mask |= 1 << (d - 1);
      }
    }
    workDayMask = mask;
    if (p.comfort() != null) {
      String tag = p.comfort().tag();
      int count = 0;
      for (CatalogBuilder.Item item : catalogItems) {
        count += item.matches(tag) ? 1 : 0;
      }
      comfortItems = new int[count];
      double[] cw = new double[count];
      int k = 0;
      for (int i = 0; i < catalogItems.length; i++) {
        if (catalogItems[i].matches(tag)) {
          comfortItems[k] = i;
          cw[k++] = catalogItems[i].popularity() * affinity(catalogItems[i]);
        }
      }
      comfortWeights = cw;
      comfortTable = count == 0 ? null : AliasTable.of(cw);
    } else {
      comfortItems = new int[0];
      comfortWeights = new double[0];
      comfortTable = null;
    }
  }

  /** Returns the weight of item {@code i} in this persona's ordinary choices (0 for its comfort titles). */
  double itemWeight(int i) {
    return itemWeights[i];
  }

  private double affinity(CatalogBuilder.Item item) {
    double f = 1;
    for (var e : spec.affinities().entrySet()) {
      if (item.matches(e.getKey())) {
        f *= e.getValue();
      }
    }
    return f;
  }

}
