package io.bingescope.io.netflix;

import io.bingescope.io.ByteBuf;
import io.bingescope.io.IsoTime;
import io.bingescope.io.RecordFormat;
import io.bingescope.io.RowSyntax;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.Supplemental;
import io.bingescope.model.Title;
import io.bingescope.model.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's views as Netflix's full archive writes them, {@code
 * CONTENT_INTERACTION/ViewingActivity.csv}: Netflix's header, newest view first, start times in
 * UTC ({@code YYYY-MM-DD HH:MM:SS}), durations and bookmarks {@code HH:MM:SS}, {@code Autoplayed:
 * user action: None; } for autoplayed views, episode titles {@code Series: Season N: Name (Episode
 * K)}, hooks named {@code Title_hook_primary_16x9}, countries {@code US (United States)}. Bookmark
 * and Latest Bookmark are documented in docs/netflix-export.md. Importing the file gives back the
 * same views.
 */
final class NetflixActivityFormat implements RecordFormat {
  /** The file's path inside a member's export folder. */
  static final String FILE_NAME = ExportLocator.ACTIVITY_DIR + "/" + ExportLocator.ACTIVITY;

  /** The suffix Netflix gives the title of a hook. */
  static final String HOOK_SUFFIX = "_hook_primary_16x9";

  private static final byte[] AUTOPLAYED =
      "Autoplayed: user action: None; ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_LATEST = "Not latest view".getBytes(StandardCharsets.US_ASCII);

  private final byte[] header;
  private final byte[][] titles;
  private final byte[][] hooks;
  private final int[] runtimes;
  private final byte[][] devices;
  private final byte[][] countries;
  private final byte[][] supplementals;

  NetflixActivityFormat(Catalog catalog, Vocabulary vocabulary) {
    this.header = (String.join(",", NetflixImporter.ACTIVITY_COLUMNS) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    List<Title> all = catalog.titles();
    this.titles = new byte[all.size()][];
    this.hooks = new byte[all.size()][];
    this.runtimes = new int[all.size()];
    for (Title t : all) {
      titles[t.id()] = RowSyntax.csvField(t.name());
      hooks[t.id()] = RowSyntax.csvField(t.name() + HOOK_SUFFIX);
      runtimes[t.id()] = t.runtimeS();
    }
    this.devices = encode(vocabulary.devices());
    this.countries = new byte[vocabulary.countries().size()][];
    for (int i = 0; i < countries.length; i++) {
      countries[i] = RowSyntax.csvField(CountryZones.label(vocabulary.countries().get(i)));
    }
    Supplemental[] kinds = Supplemental.values();
    this.supplementals = new byte[kinds.length][];
    for (Supplemental s : kinds) {
      supplementals[s.ordinal()] = s.label().getBytes(StandardCharsets.US_ASCII);
    }
  }

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public byte[] header() {
    return header.clone();
  }

  @Override
  public int append(MemberTraits traits, History h, ByteBuf out) {
    byte[][] profiles = new byte[traits.profiles().size()][];
    for (int k = 0; k < profiles.length; k++) {
      profiles[k] = RowSyntax.csvField(traits.profiles().get(k).name());
    }
    // Newest first, as Netflix writes it; the first view met of a profile and title is its latest.
    Set<Long> seen = new HashSet<>();
    byte[] time = new byte[IsoTime.DATE_TIME_CHARS];
    int n = h.size();
    for (int i = n - 1; i >= 0; i--) {
      int title = h.title(i);
      Supplemental kind = h.supplemental(i);
      out.append(profiles[h.profile(i)]).append((byte) ',');
      IsoTime.putDateTime(time, 0, h.startUtc(i), (byte) ' ');
      out.append(time).append((byte) ',');
      duration(out, h.durationS(i)).append((byte) ',');
      if (h.autoplayed(i)) {
        out.append(AUTOPLAYED);
      }
      out.append((byte) ',');
      out.append(kind == Supplemental.HOOK ? hooks[title] : titles[title]).append((byte) ',');
      out.append(supplementals[kind.ordinal()]).append((byte) ',');
      out.append(devices[h.device(i)]).append((byte) ',');
      // Bookmark: where playback stopped, for a view played from the start.
      int bookmark = Math.min(h.durationS(i), runtimes[title]);
      duration(out, bookmark).append((byte) ',');
      if (seen.add((long) h.profile(i) << 32 | title)) {
        duration(out, bookmark);
      } else {
        out.append(NOT_LATEST);
      }
      out.append((byte) ',').append(countries[h.country(i)]).append((byte) '\n');
    }
    return n;
  }

  /** Appends {@code HH:MM:SS}. */
  private static ByteBuf duration(ByteBuf out, int seconds) {
    int hours = seconds / 3_600;
    int minutes = seconds / 60 % 60;
    if (hours < 10) {
      out.append((byte) '0');
    }
    out.appendInt(hours).append((byte) ':');
    two(out, minutes).append((byte) ':');
    return two(out, seconds % 60);
  }

  private static ByteBuf two(ByteBuf out, int v) {
    return out.append((byte) ('0' + v / 10)).append((byte) ('0' + v % 10));
  }

  private static byte[][] encode(List<String> values) {
    byte[][] encoded = new byte[values.size()][];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = RowSyntax.csvField(values.get(i));
    }
    return encoded;
  }
}
