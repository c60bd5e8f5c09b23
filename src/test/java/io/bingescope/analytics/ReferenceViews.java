package io.bingescope.analytics;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A history as a list of plain objects with java.time values, resolved through the real time zone
 * rather than the stored offset: the oracle the fast code is checked against.
 */
record ReferenceViews(List<ReferenceViews.View> views) {

  /** One view; {@code localStart} comes from the zone's rules, {@code localEnd} adds duration. */
  record View(
      int index,
      int profile,
      Title title,
      Instant start,
      Instant end,
      LocalDateTime localStart,
      LocalDateTime localEnd,
      int durationS,
      boolean supplemental) {}

  static ReferenceViews of(History h, Catalog c, Vocabulary v) {
    List<View> views = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      Instant start = Instant.ofEpochSecond(h.startUtc(i));
      LocalDateTime local = start.atZone(ZoneId.of(v.zones().get(h.zone(i)))).toLocalDateTime();
      views.add(
          new View(
              i,
              h.profile(i),
              c.title(h.title(i)),
              start,
              start.plusSeconds(h.durationS(i)),
              local,
              local.plusSeconds(h.durationS(i)),
              h.durationS(i),
              h.supplemental(i) != Supplemental.NONE));
    }
    return new ReferenceViews(views);
  }

  /** Returns whether the view qualifies, comparing shares as exact decimals. */
  static boolean qualifies(View view, Level level, Thresholds t) {
    if (view.supplemental()) {
      return false;
    }
    BigDecimal duration = BigDecimal.valueOf(view.durationS());
    BigDecimal runtime = BigDecimal.valueOf(view.title().runtimeS());
    return switch (level) {
      case STARTER -> view.durationS() >= t.starterS();
      case WATCHER ->
          duration.compareTo(BigDecimal.valueOf(t.watcherShare()).multiply(runtime)) >= 0;
      case COMPLETER ->
          duration.compareTo(BigDecimal.valueOf(t.completerShare()).multiply(runtime)) >= 0;
    };
  }
}
