package io.bingescope.infer;

import java.time.LocalDate;

/**
 * Small formatting helpers for claims: integer arithmetic instead of String.format, which costs a
 * microsecond a call and a claim has several figures.
 */
final class Text {
  private Text() {}

  /** Returns a minute of the day as {@code HH:MM}, wrapping past midnight. */
  static String clock(int minute) {
    int m = Math.floorMod(minute, 1440);
    int h = m / 60;
    int r = m % 60;
    return (h < 10 ? "0" : "") + h + (r < 10 ? ":0" : ":") + r;
  }

  /** Returns a UTC offset in seconds as {@code UTC+05:30} or {@code UTC-06:00}. */
  static String offset(int seconds) {
    int m = Math.abs(seconds) / 60;
    return "UTC" + (seconds < 0 ? "-" : "+") + clock(m);
  }

  /** Returns a share as a whole percentage, {@code 78%}. */
  static String percent(double share) {
    return Math.round(100 * share) + "%";
  }

  /** Returns a value with one decimal, rounded half up: {@code 2.5}. */
  static String oneDecimal(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + tenths / 10 + "." + tenths % 10;
  }

  /** Returns hours from seconds with one decimal: {@code 2.5 h}. */
  static String hours(long seconds) {
    return oneDecimal(seconds / 3600.0) + " h";
  }

  /** Returns an epoch day as {@code yyyy-MM-dd}. */
  static String date(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  /** Returns "1 night" or "3 nights". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Parses {@code HH:MM} into a minute of the day, or -1 if malformed. */
  static int parseClock(String s) {
    if (s.length() != 5 || s.charAt(2) != ':') {
      return -1;
    }
    try {
      return Integer.parseInt(s.substring(0, 2)) * 60 + Integer.parseInt(s.substring(3));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Returns the circular distance in minutes between two minutes of the day. */
  static int clockDistance(int a, int b) {
    int d = Math.floorMod(a - b, 1440);
    return Math.min(d, 1440 - d);
  }
}
