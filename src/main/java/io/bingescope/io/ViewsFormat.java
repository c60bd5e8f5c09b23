package io.bingescope.io;

import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The views file: one row per view. This is the hot path, so every string a row can hold is encoded
 * once (titles, zones, devices, countries per layout; profile names per member) and a row is one
 * pass of array copies and digit writes into the buffer's array, with no object made per view.
 */
public final class ViewsFormat implements RecordFormat {
  /** The column names, in order ({@link ViewsColumn}). */
  public static final List<String> COLUMNS = ViewsColumn.SCHEMA.names();

  private static final long SECONDS_PER_DAY = 86_400;
  private static final int DATE_CHARS = 10;

  private final String fileName;
  private final Columns columns;
  private final RowSyntax syntax;
  private final byte[] quote;
  private final byte[][] titles;
  private final byte[][] zones;
  private final byte[][] devices;
  private final byte[][] countries;
  private final byte[][] supplementals;
  private final byte[] yes;
  private final byte[] no;
  // The longest a row can be, bar its profile name: lets a row reserve room once rather than per
  // field.
  private final int rowBound;

  ViewsFormat(RowSyntax syntax, Catalog catalog, Vocabulary vocabulary) {
    this.fileName = "views." + syntax.extension();
    this.syntax = syntax;
    this.columns = new Columns(syntax, COLUMNS);
    this.quote = syntax.quote();
    this.titles = encode(syntax, catalog.titles().stream().map(Title::name).toList());
    this.zones = encode(syntax, vocabulary.zones());
    this.devices = encode(syntax, vocabulary.devices());
    this.countries = encode(syntax, vocabulary.countries());
    Supplemental[] kinds = Supplemental.values();
    this.supplementals = new byte[kinds.length][];
    for (Supplemental s : kinds) {
      supplementals[s.ordinal()] = syntax.string(s.label());
    }
    this.yes = "true".getBytes(StandardCharsets.US_ASCII);
    this.no = "false".getBytes(StandardCharsets.US_ASCII);
    this.rowBound =
        columns.framingLength()
            + 3 * Digits.MAX_LONG_CHARS
            + 2 * (IsoTime.DATE_TIME_CHARS + 1 + 2 * quote.length)
            + longest(titles)
            + longest(zones)
            + longest(devices)
            + longest(countries)
            + longest(supplementals)
            + no.length;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public byte[] header() {
    return columns.header();
  }

  @Override
  public int append(MemberTraits traits, History h, ByteBuf out) {
    int memberId = h.memberId();
    if (traits.memberId() != memberId) {
      throw new IllegalArgumentException(
          "traits of member " + traits.memberId() + " given with history of member " + memberId);
    }
    List<MemberTraits.Profile> profiles = traits.profiles();
    byte[][] names = new byte[profiles.size()][];
    int longestName = 0;
    for (int k = 0; k < names.length; k++) {
      names[k] = syntax.string(profiles.get(k).name());
      longestName = Math.max(longestName, names[k].length);
    }
    byte[] p0 = columns.prefix(0);
    byte[] p1 = columns.prefix(1);
    byte[] p2 = columns.prefix(2);
    byte[] p3 = columns.prefix(3);
    byte[] p4 = columns.prefix(4);
    byte[] p5 = columns.prefix(5);
    byte[] p6 = columns.prefix(6);
    byte[] p7 = columns.prefix(7);
    byte[] p8 = columns.prefix(8);
    byte[] p9 = columns.prefix(9);
    byte[] p10 = columns.prefix(10);
    byte[] p11 = columns.prefix(11);
    byte[] end = columns.end();
    byte[] q = quote;
    int bound = rowBound + longestName;
    // Views are in time order, so most rows fall on the day before them: their date is copied from
    // the row already in the buffer rather than computed again. Positions survive the buffer
    // growing, as it copies its contents.
    long lastUtcDay = Long.MIN_VALUE;
    long lastLocalDay = Long.MIN_VALUE;
    int lastUtcAt = 0;
    int lastLocalAt = 0;
    int n = h.size();
    for (int i = 0; i < n; i++) {
      byte[] b = out.reserve(bound);
      int p = out.size();
      p = put(b, p, p0);
      p = Digits.put(b, p, memberId);
      p = put(b, p, p1);
      p = put(b, p, names[h.profile(i)]);
      p = put(b, p, p2);
      int title = h.title(i);
      p = Digits.put(b, p, title);
      p = put(b, p, p3);
      p = put(b, p, titles[title]);
      p = put(b, p, p4);
      p = put(b, p, q);
      long utc = h.startUtc(i);
      long utcDay = Math.floorDiv(utc, SECONDS_PER_DAY);
      if (utcDay == lastUtcDay) {
        System.arraycopy(b, lastUtcAt, b, p, DATE_CHARS);
        IsoTime.putTime(b, p + DATE_CHARS, utc - utcDay * SECONDS_PER_DAY, (byte) 'T');
      } else {
        IsoTime.putDateTime(b, p, utc, (byte) 'T');
        lastUtcDay = utcDay;
        lastUtcAt = p;
      }
      p += IsoTime.DATE_TIME_CHARS;
      b[p++] = 'Z';
      p = put(b, p, q);
      p = put(b, p, p5);
      p = put(b, p, q);
      long localDay = h.localDay(i);
      if (localDay == lastLocalDay) {
        System.arraycopy(b, lastLocalAt, b, p, DATE_CHARS);
        IsoTime.putTime(b, p + DATE_CHARS, h.secondOfDay(i), (byte) 'T');
      } else {
        IsoTime.putDateTime(b, p, h.startLocal(i), (byte) 'T');
        lastLocalDay = localDay;
        lastLocalAt = p;
      }
      p += IsoTime.DATE_TIME_CHARS;
      p = put(b, p, q);
      p = put(b, p, p6);
      p = put(b, p, zones[h.zone(i)]);
      p = put(b, p, p7);
      p = Digits.put(b, p, h.durationS(i));
      p = put(b, p, p8);
      p = put(b, p, devices[h.device(i)]);
      p = put(b, p, p9);
      p = put(b, p, countries[h.country(i)]);
      p = put(b, p, p10);
      p = put(b, p, h.autoplayed(i) ? yes : no);
      p = put(b, p, p11);
      p = put(b, p, supplementals[h.supplemental(i).ordinal()]);
      p = put(b, p, end);
      out.size(p);
    }
    return n;
  }

  private static int put(byte[] b, int p, byte[] src) {
    int n = src.length;
    // Most fields are a handful of bytes; a plain loop beats arraycopy's call overhead there.
    if (n <= 8) {
      for (int k = 0; k < n; k++) {
        b[p + k] = src[k];
      }
    } else {
      System.arraycopy(src, 0, b, p, n);
    }
    return p + n;
  }

  private static byte[][] encode(RowSyntax syntax, List<String> values) {
    byte[][] encoded = new byte[values.size()][];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = syntax.string(values.get(i));
    }
    return encoded;
  }

  private static int longest(byte[][] values) {
    int n = 0;
    for (byte[] v : values) {
      n = Math.max(n, v.length);
    }
    return n;
  }
}
