package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.io.Manifest;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the members of stored input one at a time, for the commands that analyse every member
 * (analyze, report): the period of per-day figures, and each member in id order, with the members
 * a manifest says exist but that have no view passed as empty histories.
 */
public final class StoredMembers {

  /** Receives one member: its history (reused after the call) and its profile names. */
  public interface Visitor {
    void visit(History h, List<String> profiles) throws IOException, InputException;
  }

  /**
   * The period of per-day metrics, and where it came from ({@code manifest} or {@code views}).
   */
  public record Period(LocalDate first, LocalDate last, String source) {}

  /** What a walk read: views, bytes, and the zones, countries and devices the histories name. */
  public record Totals(long views, long bytes, Vocabulary vocabulary) {}

  private StoredMembers() {}

  /**
   * Passes every member of the input to {@code visitor} in id order, with the members a manifest
   * says exist but that have no view as empty histories.
   *
   * @throws InputException if the input is malformed, or holds a member outside the manifest's
   */
  public static Totals forEach(StoredInput in, Catalog catalog, Visitor visitor)
      throws IOException, InputException {
    MemberRange range = in.manifest().map(MemberRange::of).orElse(null);
    try (MemberSource source = in.open(catalog)) {
      History h = new History();
      History empty = new History();
      // Members without a view have no row in views.csv; the manifest says they exist, and they
      // count in the population (with zeros) like everyone else.
      long next = range == null ? 0 : range.first();
      while (source.next(h)) {
        if (range != null) {
          if (h.memberId() < range.first() || h.memberId() > range.last()) {
            throw new InputException(
                in.views() + ": member " + h.memberId() + " is outside the manifest's members "
                    + range.first() + ".." + range.last());
          }
          for (; next < h.memberId(); next++) {
            visitor.visit(empty.reset((int) next), List.of());
          }
          next = h.memberId() + 1L;
        }
        visitor.visit(h, source.profiles());
      }
      if (range != null) {
        for (; next <= range.last(); next++) {
          visitor.visit(empty.reset((int) next), List.of());
        }
      }
      return new Totals(source.views(), source.bytesRead(), source.vocabulary());
    }
  }

  /**
   * Returns the period of per-day figures: the manifest's, or without one the first to last local
   * day of the views (an extra pass over the file).
   */
  public static Period period(StoredInput in, Catalog catalog) throws IOException, InputException {
    if (in.manifest().isPresent()) {
      Manifest m = in.manifest().get();
      try {
        LocalDate first = LocalDate.parse(m.periodStart());
        LocalDate last = LocalDate.parse(m.periodEnd());
        if (last.isBefore(first)) {
          throw new InputException(
              "manifest.json: period_end " + last + " is before period_start " + first);
        }
        return new Period(first, last, "manifest");
      } catch (DateTimeException e) {
        throw new InputException(
            "manifest.json: expected period_start and period_end as yyyy-MM-dd, found "
                + m.periodStart() + " and " + m.periodEnd());
      }
    }
    // Without a manifest the period is what the views cover: one extra pass over the file, at
    // reading speed.
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    History h = new History();
    try (MemberSource source = in.open(catalog)) {
      while (source.next(h)) {
        for (int i = 0; i < h.size(); i++) {
          long day = h.localDay(i);
          min = Math.min(min, day);
          max = Math.max(max, day);
        }
      }
    }
    if (min > max) {
      throw new InputException(
          in.views() + ": holds no views, and there is no manifest.json to give the period");
    }
    return new Period(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max), "views");
  }

  /** The member ids a manifest says the files hold. */
  public record MemberRange(long first, long last) {
    public static MemberRange of(Manifest m) {
      return new MemberRange(m.firstMember(), m.firstMember() + m.members() - 1);
    }
  }
}
