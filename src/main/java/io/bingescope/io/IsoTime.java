package io.bingescope.io;

/**
 * Formats epoch seconds as ISO-8601 dates and times with integer arithmetic, so the hot path makes
 * no java.time object per view. Days come from Howard Hinnant's {@code civil_from_days} (proleptic
 * Gregorian calendar, floor division, so instants before 1970 work too). Years must be 0000..9999
 * so that the year is always four digits; views fall well inside 1970..2100.
 */
public final class IsoTime {
  /** Bytes of {@code yyyy-MM-ddTHH:mm:ss}. */
  public static final int DATE_TIME_CHARS = 19;

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long MIN_EPOCH_DAY = -719_528; // 0000-01-01
  private static final long MAX_EPOCH_DAY = 2_932_896; // 9999-12-31

  private IsoTime() {}

  /**
   * Writes {@code yyyy-MM-dd<sep>HH:mm:ss} for the given epoch second at {@code p} and returns the
   * position after it. Seconds are always written; there is no fraction and no zone.
   */
  public static int putDateTime(byte[] b, int p, long epochSecond, byte separator) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    putDate(b, p, day);
    putTime(b, p + 10, epochSecond - day * SECONDS_PER_DAY, separator);
    return p + DATE_TIME_CHARS;
  }

  /**
   * Writes {@code <sep>HH:mm:ss} for a second of the day (0..86399) at {@code p}; it takes nine
   * bytes.
   */
  static void putTime(byte[] b, int p, long secondOfDay, byte separator) {
    int s = (int) secondOfDay;
    int hour = s / 3600;
    int rest = s - hour * 3600;
    int minute = rest / 60;
    b[p] = separator;
    Digits.put2(b, p + 1, hour);
    b[p + 3] = ':';
    Digits.put2(b, p + 4, minute);
    b[p + 6] = ':';
    Digits.put2(b, p + 7, rest - minute * 60);
  }

  /** Writes {@code yyyy-MM-dd} for the given epoch day at {@code p}; it takes ten bytes. */
  static void putDate(byte[] b, int p, long epochDay) {
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      throw new IllegalArgumentException("epoch day outside years 0000..9999: " + epochDay);
    }
    // civil_from_days: shift the epoch to 0000-03-01 so leap days fall at the end of a 400-year
    // era's years.
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int mp = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    Digits.put2(b, p, year / 100);
    Digits.put2(b, p + 2, year % 100);
    b[p + 4] = '-';
    Digits.put2(b, p + 5, month);
    b[p + 7] = '-';
    Digits.put2(b, p + 8, day);
  }

  /** Writes {@code HH:mm} for a minute of the day (0..1439) at {@code p}; it takes five bytes. */
  static void putMinuteOfDay(byte[] b, int p, int minuteOfDay) {
    if (minuteOfDay < 0 || minuteOfDay >= 1440) {
      throw new IllegalArgumentException("minute of day outside 0..1439: " + minuteOfDay);
    }
    Digits.put2(b, p, minuteOfDay / 60);
    b[p + 2] = ':';
    Digits.put2(b, p + 3, minuteOfDay % 60);
  }
}
