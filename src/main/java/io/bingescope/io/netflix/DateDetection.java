package io.bingescope.io.netflix;

import io.bingescope.io.InputException;
import java.util.List;

/**
 * Detects whether the dates of a simple viewing history are month first ({@code 1/19/19}) or day
 * first ({@code 19/1/19}, {@code 19-01-19}). A first number above 12 settles it; when no date does,
 * the order under which the file runs newest first (as Netflix writes it) does; when neither does,
 * the file is ambiguous and {@code --date-format} must say.
 */
final class DateDetection {
  private DateDetection() {}

  /**
   * Returns the order of dates given as {@code {first, second, third, line}} numbers, or {@link
   * DateOrder#DETECT} when there are none.
   *
   * @throws InputException if the dates fit both orders equally well
   */
  static DateOrder detect(String file, List<int[]> dates) throws InputException {
    if (dates.isEmpty()) {
      return DateOrder.DETECT;
    }
    int monthFirstMisfits = 0;
    int dayFirstMisfits = 0;
    for (int[] d : dates) {
      if (!fits(d[0], d[1])) {
        monthFirstMisfits++;
      }
      if (!fits(d[1], d[0])) {
        dayFirstMisfits++;
      }
    }
    if (monthFirstMisfits < dayFirstMisfits) {
      return DateOrder.MDY;
    }
    if (dayFirstMisfits < monthFirstMisfits) {
      return DateOrder.DMY;
    }
    if (monthFirstMisfits == 0) {
      boolean monthFirst = newestFirst(dates, true);
      boolean dayFirst = newestFirst(dates, false);
      if (monthFirst != dayFirst) {
        return monthFirst ? DateOrder.MDY : DateOrder.DMY;
      }
    }
    int[] e = dates.get(0);
    throw new InputException(file + ":" + e[3] + ": cannot tell the order of the dates: '" + e[0]
        + "/" + e[1] + "/" + e[2] + "' and the others read as "
        + (monthFirstMisfits == 0 ? "both " : "neither ") + DateOrder.MDY.label() + " and "
        + DateOrder.DMY.label() + "; pass --date-format M/D/YY or --date-format D/M/YY");
  }

  private static boolean fits(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** Returns whether the dates never increase from one row to the next under an order. */
  private static boolean newestFirst(List<int[]> dates, boolean monthFirst) {
    long previous = Long.MAX_VALUE;
    for (int[] d : dates) {
      int month = monthFirst ? d[0] : d[1];
      int day = monthFirst ? d[1] : d[0];
      long key = (long) d[2] * 400 + month * 32L + day;
      if (key > previous) {
        return false;
      }
      previous = key;
    }
    return true;
  }
}
