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
  final AliasTable items;
  final Sampler bedtime;
  final Sampler wake;
  final Sampler workStart;
  final Sampler workHours;
  final int workDayMask;
  final int[] comfortItems;
  final AliasTable comfortTable;

  PersonaModel(Scenario.Persona p, CatalogBuilder.Item[] catalogItems, double[] seasonMax) {
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
    double[] w = new double[catalogItems.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = catalogItems[i].popularity() * affinity(catalogItems[i]) * seasonMax[i];
    }
    items = AliasTable.of(w);
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
      comfortTable = count == 0 ? null : AliasTable.of(cw);
    } else {
      comfortItems = new int[0];
      comfortTable = null;
    }
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
