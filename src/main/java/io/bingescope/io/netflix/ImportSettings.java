package io.bingescope.io.netflix;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How a platform's own export is read: the time zone of its views (else each country's primary
 * zone), the order of day, month and year in the simple history's dates (else detected from the
 * file), and whether the first malformed row stops the import (else bad rows are skipped, counted
 * and reported). Stored runs of {@code simulate} ignore these settings.
 *
 * @param zone the zone of every view, overriding the country's
 * @param dateOrder the order of the simple history's dates
 * @param strict whether the first malformed row is an error
 */
public record ImportSettings(Optional<ZoneId> zone, DateOrder dateOrder, boolean strict) {

  /** The defaults: zones from countries, date order detected, bad rows skipped and reported. */
  public static final ImportSettings DEFAULTS =
      new ImportSettings(Optional.empty(), DateOrder.DETECT, false);

  public ImportSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(dateOrder, "dateOrder");
  }
}
