package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {
  private static final DateTimeFormatter ORACLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final long START_1970 = 0;
  private static final long END_2100 =
      LocalDateTime.of(2101, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  // Real-world offsets, including half and quarter hours, as DST shifts produce them.
  private static final int[] OFFSETS_MINUTES = {
    -720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120,
    180, 210, 240, 270, 300, 330, 345, 360, 390, 420, 480, 525, 540, 570, 600, 630, 660, 720, 765,
    780, 840
  };

  @Test
  void matchesJavaTime_onSeededRandomInstants1970To2100() {
    SplittableRandom random = new SplittableRandom(20171210);
    byte[] b = new byte[IsoTime.DATE_TIME_CHARS];
    for (int i = 0; i < 100_000; i++) {
      long utc = random.nextLong(START_1970, END_2100);
      int offset = 60 * OFFSETS_MINUTES[random.nextInt(OFFSETS_MINUTES.length)];
      long local = utc + offset;
      IsoTime.putDateTime(b, 0, local, (byte) 'T');
      String expected =
          LocalDateTime.ofEpochSecond(utc, 0, ZoneOffset.ofTotalSeconds(offset)).format(ORACLE);
      assertThat(new String(b, StandardCharsets.US_ASCII)).as("utc %d offset %d", utc, offset)
          .isEqualTo(expected);
    }
  }

  @Test
  void matchesJavaTime_atCalendarEdges() {
    String[] edges = {
      "1970-01-01T00:00:00", "1969-12-31T12:00:00", "1972-02-29T23:59:59", "1999-12-31T23:59:59",
      "2000-02-29T00:00:00", "2000-03-01T00:00:00", "2017-12-01T02:14:05", "2100-02-28T23:59:59",
      "2100-03-01T00:00:00", "2100-12-31T23:59:59", "0000-01-01T00:00:00", "9999-12-31T23:59:59"
    };
    byte[] b = new byte[IsoTime.DATE_TIME_CHARS];
    for (String edge : edges) {
      long s = LocalDateTime.parse(edge).toEpochSecond(ZoneOffset.UTC);
      IsoTime.putDateTime(b, 0, s, (byte) 'T');
      assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo(edge);
    }
  }

  @Test
  void usesTheGivenSeparator_forOtherLayouts() {
    byte[] b = new byte[IsoTime.DATE_TIME_CHARS];
    IsoTime.putDateTime(b, 0, 1_512_094_445L, (byte) ' ');
    assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("2017-12-01 02:14:05");
  }

  @Test
  void rejectsYears_beyondFourDigits() {
    byte[] b = new byte[IsoTime.DATE_TIME_CHARS];
    long year10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    assertThatThrownBy(() -> IsoTime.putDateTime(b, 0, year10000, (byte) 'T'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsMinutesOfDay_asHoursAndMinutes() {
    byte[] b = new byte[5];
    IsoTime.putMinuteOfDay(b, 0, 23 * 60 + 5);
    assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("23:05");
    IsoTime.putMinuteOfDay(b, 0, 0);
    assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("00:00");
  }
}
