package io.bingescope.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The precomputed clock against java.time, the reference, across DST changes and odd offsets. */
class ZoneClockTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu",
        "America/St_Johns", "Pacific/Chatham", "Asia/Kolkata", "America/Sao_Paulo", "UTC"
      })
  void matchesJavaTimeOnRandomTimesAcrossAYear(String id) {
    LocalDate start = LocalDate.of(2017, 1, 1);
    LocalDate end = LocalDate.of(2017, 12, 31);
    ZoneClock clock = new ZoneClock(id, start, end);
    ZoneId zone = ZoneId.of(id);
    SplittableRandom random = new SplittableRandom(id.hashCode());
    for (int i = 0; i < 20_000; i++) {
      long local = start.toEpochDay() * 86400 + random.nextLong(365L * 86400);
      LocalDateTime wall = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
      long expectedUtc = ZonedDateTime.of(wall, zone).toEpochSecond();
      assertThat(clock.toUtc(local)).as("toUtc %s in %s", wall, id).isEqualTo(expectedUtc);
      long utc = expectedUtc;
      assertThat(clock.offsetAt(utc))
          .isEqualTo(zone.getRules().getOffset(java.time.Instant.ofEpochSecond(utc)).getTotalSeconds());
    }
  }
}
