package io.bingescope.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * One time zone's UTC offsets over a run's period, precomputed in 15-minute slots so the engine converts between local
 * and UTC time with an array lookup instead of {@code java.time} per view. Slots cover the period plus two days on
 * each side; every real zone changes offset only on a quarter hour.
 */
public final class ZoneClock {
  private static final int SLOT = 900;
  private static final int MARGIN_DAYS = 2;

  private final String id;
  private final long baseLocal;
  private final long baseUtc;
  private final int[] offsetByLocalSlot;
  private final int[] offsetByUtcSlot;
  // The zone's one offset over the whole covered span, or NO_FIXED_OFFSET when it changes (daylight saving).
  private final int fixedOffset;
  private final long endLocal;
  private final long endUtc;
  private static final int NO_FIXED_OFFSET = Integer.MIN_VALUE;

  /** Precomputes the zone's offsets for the days {@code start .. end}. */
  public ZoneClock(String zoneId, LocalDate start, LocalDate end) {
    this.id = zoneId;
    ZoneRules rules = ZoneId.of(zoneId).getRules();
    LocalDate from = start.minusDays(MARGIN_DAYS);
    long days = end.toEpochDay() + MARGIN_DAYS - from.toEpochDay() + 1;
    int slots = Math.toIntExact(days * 86400 / SLOT);
    baseLocal = from.toEpochDay() * 86400;
    baseUtc = baseLocal - 14 * 3600;
    offsetByLocalSlot = new int[slots];
    offsetByUtcSlot = new int[slots + 28 * 3600 / SLOT];
    for (int i = 0; i < offsetByLocalSlot.length; i++) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(baseLocal + (long) i * SLOT, 0, ZoneOffset.UTC);
      ZoneOffsetTransition gap = rules.getTransition(local);
      // In a gap (clocks spring forward) a wall time does not exist: it is read with the offset before the gap,
      // as java.time does, which lands it after the gap. In an overlap the earlier offset wins.
      offsetByLocalSlot[i] =
          gap != null && gap.isGap()
              ? gap.getOffsetBefore().getTotalSeconds()
              : rules.getValidOffsets(local).get(0).getTotalSeconds();
    }
    for (int i = 0; i < offsetByUtcSlot.length; i++) {
      offsetByUtcSlot[i] =
          rules.getOffset(Instant.ofEpochSecond(baseUtc + (long) i * SLOT)).getTotalSeconds();
    }
    fixedOffset = fixedOffset(offsetByLocalSlot, offsetByUtcSlot);
    endLocal = baseLocal + (long) offsetByLocalSlot.length * SLOT;
    endUtc = baseUtc + (long) offsetByUtcSlot.length * SLOT;
  }

  private static int fixedOffset(int[] byLocal, int[] byUtc) {
    int first = byUtc[0];
    for (int o : byLocal) {
      if (o != first) {
        return NO_FIXED_OFFSET;
      }
    }
    for (int o : byUtc) {
      if (o != first) {
        return NO_FIXED_OFFSET;
      }
    }
    return first;
  }

  /** Returns the zone id. */
  public String id() {
    return id;
  }

  /** Returns the UTC instant (epoch seconds) of a local wall time given as local epoch seconds. */
  public long toUtc(long localEpochSecond) {
    if (fixedOffset != NO_FIXED_OFFSET) {
      // Most zones keep one offset over a run's period: the same answer without the table.
      if (localEpochSecond < baseLocal || localEpochSecond >= endLocal) {
        throw new IllegalArgumentException("local time outside the precomputed period");
      }
      return localEpochSecond - fixedOffset;
    }
    return localEpochSecond - offsetByLocalSlot[slot(localEpochSecond - baseLocal)];
  }

  /** Returns the zone's UTC offset in seconds at the given instant. */
  public int offsetAt(long utcEpochSecond) {
    if (fixedOffset != NO_FIXED_OFFSET && utcEpochSecond >= baseUtc && utcEpochSecond < endUtc) {
      return fixedOffset;
    }
    int i = (int) Math.floorDiv(utcEpochSecond - baseUtc, SLOT);
    if (i < 0 || i >= offsetByUtcSlot.length) {
      throw new IllegalArgumentException("instant outside the precomputed period: " + utcEpochSecond);
    }
    return offsetByUtcSlot[i];
  }

  private int slot(long sinceBase) {
    int i = (int) Math.floorDiv(sinceBase, SLOT);
    if (i < 0 || i >= offsetByLocalSlot.length) {
      throw new IllegalArgumentException("local time outside the precomputed period");
    }
    return i;
  }
}
