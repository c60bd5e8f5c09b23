package io.bingescope.publish;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.Thresholds;
import io.bingescope.analytics.WindowQuery;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Series;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.TitleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The tables {@code publish} can release; each row's cells bin one figure, so a member counts once per row. */
public final class Tables {
  private Tables() {}

  /** The default bins of the binge table: lower bounds of distinct episodes of one series in 7 x 24 h. */
  public static final int[] BINGE_BINS = {1, 2, 4, 7, 13, 25, 50};

  /** The default bins of the hours table: lower bounds of mean weekly viewing hours. */
  public static final int[] HOURS_BINS = {0, 1, 2, 5, 10, 20, 40};

  /**
   * Members by the longest run of consecutive local days (within {@code first..last}) on which they watched each
   * film: one row per film, columns 1 .. N-1 and "N+" days. A member who watched it on no day is not counted.
   */
  public static TableSpec streaks(Catalog catalog, List<Title> films, int maxDays, LocalDate first, LocalDate last,
      Level level) {
    if (maxDays < 1) {
      throw new IllegalArgumentException("--days must be at least 1, got " + maxDays);
    }
    int[] rowOf = new int[catalog.size()];
    Arrays.fill(rowOf, -1);
    int[] minSeconds = new int[catalog.size()];
    List<String> rows = new ArrayList<>();
    for (Title t : films) {
      rowOf[t.id()] = rows.size();
      minSeconds[t.id()] = level.minSeconds(t.runtimeS(), Thresholds.DEFAULTS);
      rows.add(t.name());
    }
    List<String> columns = new ArrayList<>();
    for (int k = 1; k <= maxDays; k++) {
      columns.add(k < maxDays ? Integer.toString(k) : maxDays + "+");
    }
    Table table = new Table("streaks", String.format(Locale.ROOT, "members by the most consecutive local days on"
        + " which they watched the film (%s, a view of the film reaching the level), %s..%s; the last column is %d"
        + " days or more", level.name().toLowerCase(Locale.ROOT), first, last, maxDays), rows, columns, true);
    long from = first.toEpochDay();
    long to = last.toEpochDay();
    return new Spec(table) {
      @Override
      public int cells(History h, int[] out) {
        long[] keys = new long[h.size()];
        int n = 0;
        for (int i = 0; i < h.size(); i++) {
          int title = h.title(i);
          long day = h.localDay(i);
          if (rowOf[title] >= 0 && day >= from && day <= to && h.supplemental(i) == Supplemental.NONE
              && h.durationS(i) >= minSeconds[title]) {
            keys[n++] = ((long) rowOf[title] << 32) | (day - from);
          }
        }
        Arrays.sort(keys, 0, n);
        int count = 0;
        int i = 0;
        while (i < n) {
          int row = (int) (keys[i] >>> 32);
          int best = 0;
          int run = 0;
          long previous = Long.MIN_VALUE;
          for (; i < n && (int) (keys[i] >>> 32) == row; i++) {
            long day = keys[i] & 0xFFFFFFFFL;
            if (day != previous) {
              run = day == previous + 1 ? run + 1 : 1;
              previous = day;
              best = Math.max(best, run);
            }
          }
          out[count++] = row * maxDays + Math.min(best, maxDays) - 1;
        }
        return count;
      }
    };
  }

  /** Returns the films of a catalog, all or those with a tag (null: all). */
  public static List<Title> films(Catalog catalog, String tag) {
    return catalog.titles().stream()
        .filter(t -> t.kind() == TitleKind.FILM && (tag == null || t.hasTag(tag)))
        .toList();
  }

  /**
   * Members by the most distinct episodes of each series they watched within {@code days} x 24 h ({@link
   * WindowQuery}), binned by {@code bins} (ascending lower bounds from 1). A member who watched none is not counted.
   */
  public static TableSpec binge(Catalog catalog, List<Series> series, int days, int[] bins, Level level) {
    List<String> rows = series.stream().map(Series::name).toList();
    WindowQuery[] queries = new WindowQuery[series.size()];
    int[] rowOf = new int[catalog.series().size()];
    Arrays.fill(rowOf, -1);
    for (int r = 0; r < series.size(); r++) {
      queries[r] = new WindowQuery(series.get(r).index(), days, level);
      rowOf[series.get(r).index()] = r;
    }
    Table table = new Table("binge", String.format(Locale.ROOT, "members by the most distinct episodes of the series"
        + " they watched (%s) within %d x 24 hours, binned", level.name().toLowerCase(Locale.ROOT), days), rows,
        binLabels(bins), true);
    boolean[] seen = new boolean[series.size()];
    return new Spec(table) {
      @Override
      public int cells(History h, int[] out) {
        Arrays.fill(seen, false);
        for (int i = 0; i < h.size(); i++) {
          int s = catalog.title(h.title(i)).seriesIndex();
          if (s >= 0 && rowOf[s] >= 0) {
            seen[rowOf[s]] = true;
          }
        }
        int count = 0;
        for (int r = 0; r < seen.length; r++) {
          if (seen[r]) {
            int episodes = queries[r].maxEpisodes(h, catalog);
            if (episodes > 0) {
              out[count++] = r * bins.length + bin(bins, episodes);
            }
          }
        }
        return count;
      }
    };
  }

  /**
   * Members by their mean weekly viewing hours over {@code periodDays} days (every view's duration, extras
   * included), binned by {@code bins}, in the row of the country where they viewed most (ties: the first country).
   * A member without views is not counted.
   */
  public static TableSpec hours(Supplier<List<String>> countries, long periodDays, int[] bins) {
    if (periodDays < 1) {
      throw new IllegalArgumentException("the period needs a day, got " + periodDays);
    }
    String definition = String.format(Locale.ROOT, "members by mean weekly viewing hours over the %d days of the"
        + " period, binned, by the country they viewed most from (the rows are the countries of the input)",
        periodDays);
    List<String> columns = hourLabels(bins);
    long[] seconds = new long[History.MAX_VOCABULARY];
    return new Spec(null) {
      @Override
      public Table table() {
        List<String> rows = countries.get();
        return new Table("hours", definition, rows.isEmpty() ? List.of("(none)") : rows, columns, true);
      }

      @Override
      public int cells(History h, int[] out) {
        if (h.size() == 0) {
          return 0;
        }
        for (int i = 0; i < h.size(); i++) {
          seconds[h.country(i)] = 0;
        }
        long total = 0;
        for (int i = 0; i < h.size(); i++) {
          seconds[h.country(i)] += h.durationS(i);
          total += h.durationS(i);
        }
        int row = h.country(0);
        for (int i = 0; i < h.size(); i++) {
          int c = h.country(i);
          if (seconds[c] > seconds[row] || (seconds[c] == seconds[row] && c < row)) {
            row = c;
          }
        }
        // Whole hours per week compared with whole bin bounds: total / 3600 / weeks >= b  <=>  total * 7 >= b * 3600 * days
        int bin = 0;
        for (int b = 1; b < bins.length; b++) {
          if (total * 7 >= (long) bins[b] * 3_600L * periodDays) {
            bin = b;
          }
        }
        out[0] = row * bins.length + bin;
        return 1;
      }
    };
  }

  /** One cell: the members a query selects (as {@code query streak} or {@code query window} would list them). */
  public static TableSpec query(String description, Predicate<History> query) {
    Table table = new Table("query", "members selected by the query: " + description, List.of(description),
        List.of("members"), false);
    return new Spec(table) {
      @Override
      public int cells(History h, int[] out) {
        if (query.test(h)) {
          out[0] = 0;
          return 1;
        }
        return 0;
      }
    };
  }

  /** Returns the labels of bins given by ascending lower bounds: "1", "2-3", ..., "50+". */
  static List<String> binLabels(int[] bins) {
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < bins.length; b++) {
      if (b + 1 == bins.length) {
        labels.add(bins[b] + "+");
      } else if (bins[b + 1] - 1 == bins[b]) {
        labels.add(Integer.toString(bins[b]));
      } else {
        labels.add(bins[b] + "-" + (bins[b + 1] - 1));
      }
    }
    return labels;
  }

  /** Returns the labels of hour bins by lower bounds: "0-1 h" (from 0 to under 1), ..., "40+ h". */
  static List<String> hourLabels(int[] bins) {
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < bins.length; b++) {
      labels.add(b + 1 == bins.length ? bins[b] + "+ h" : bins[b] + "-" + bins[b + 1] + " h");
    }
    return labels;
  }

  private static int bin(int[] bins, int value) {
    int b = 0;
    while (b + 1 < bins.length && value >= bins[b + 1]) {
      b++;
    }
    return b;
  }

  private abstract static class Spec implements TableSpec {
    private final Table table;

    Spec(Table table) {
      this.table = table;
    }

    @Override
    public Table table() {
      return table;
    }

    @Override
    public int maxPerMember() {
      return table == null ? 1 : table.rows().size();
    }
  }
}
