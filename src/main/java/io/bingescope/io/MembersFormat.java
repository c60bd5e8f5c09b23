package io.bingescope.io;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.model.MemberTraits.LifeEvent;
import io.bingescope.model.MemberTraits.Profile;
import io.bingescope.model.MemberTraits.WorkPattern;
import io.bingescope.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The members file: each member's hidden traits, one row per member, the columns of {@link
 * MembersColumn}. A row costs a few times less written here than through the generic {@link
 * RowWriter} (about 1 us against 2-3 us a member, ~10% of generating and formatting a member's
 * views), so this writer stays specialised; its header comes from {@link MembersColumn#SCHEMA},
 * and a test holds its bytes to {@link RowWriter} writing {@link MembersColumn}'s values.
 */
public final class MembersFormat implements RecordFormat {
  /** The column names, in order ({@link MembersColumn}). */
  public static final List<String> COLUMNS = MembersColumn.SCHEMA.names();

  private final String fileName;
  private final RowSyntax syntax;
  private final Columns columns;
  private final List<String> devices;

  public MembersFormat(RowSyntax syntax, Vocabulary vocabulary) {
    this.fileName = "members." + syntax.extension();
    this.syntax = syntax;
    this.columns = new Columns(syntax, COLUMNS);
    this.devices = vocabulary.devices();
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
  public int append(MemberTraits traits, History history, ByteBuf out) {
    List<String> names = new ArrayList<>();
    List<String> kidsNames = new ArrayList<>();
    List<String> profileDevices = new ArrayList<>();
    List<String> favourites = new ArrayList<>();
    boolean anyFavourite = false;
    for (Profile p : traits.profiles()) {
      favourites.add(p.favourite() == null ? "" : p.favourite());
      anyFavourite |= p.favourite() != null;
      names.add(p.name());
      if (p.kids()) {
        kidsNames.add(p.name());
      }
      profileDevices.add(devices.get(p.device()));
    }
    WorkPattern work = traits.work();
    boolean works = !work.equals(WorkPattern.NONE);
    Columns.Row row = columns.row(out);
    row.next().appendInt(traits.memberId());
    row.next().append(syntax.string(traits.persona()));
    row.next().append(syntax.string(traits.country()));
    row.next().append(syntax.string(traits.homeZone()));
    row.next().append(syntax.string(traits.household().kind()));
    row.next().appendInt(traits.household().adults());
    row.next().appendInt(traits.household().kids());
    row.next().append(syntax.list(names));
    row.next().append(syntax.list(kidsNames));
    row.next().append(syntax.list(profileDevices));
    minuteOfDay(row.next(), traits.sleep().bedtimeMinute());
    minuteOfDay(row.next(), traits.sleep().wakeMinute());
    row.next().append(syntax.string(work.kind()));
    if (works) {
      minuteOfDay(row.next(), work.startMinute());
      minuteOfDay(row.next(), work.endMinute());
    } else {
      row.next().append(syntax.absent());
      row.next().append(syntax.absent());
    }
    workDays(row.next(), works ? work.dayMask() : 0);
    lifeEvents(row.next(), traits.lifeEvents());
    // Aligned with the profiles when any profile has a favourite; an empty list when none has.
    row.next().append(syntax.list(anyFavourite ? favourites : List.of()));
    row.end();
    return 1;
  }

  private void minuteOfDay(ByteBuf out, int minute) {
    byte[] q = syntax.quote();
    byte[] b = out.reserve(5 + 2 * q.length);
    out.append(q);
    IsoTime.putMinuteOfDay(b, out.size(), minute);
    out.size(out.size() + 5);
    out.append(q);
  }

  private void workDays(ByteBuf out, int dayMask) {
    // Digits and bars never need CSV quoting, so both syntaxes can write the days directly.
    boolean json = syntax.structured();
    if (json) {
      out.append((byte) '[');
    }
    boolean first = true;
    for (int day = 1; day <= 7; day++) {
      if ((dayMask & (1 << (day - 1))) != 0) {
        if (!first) {
          out.append(json ? (byte) ',' : (byte) '|');
        }
        out.appendInt(day);
        first = false;
      }
    }
    if (json) {
      out.append((byte) ']');
    }
  }

  private void lifeEvents(ByteBuf out, List<LifeEvent> events) {
    if (syntax.structured()) {
      out.append((byte) '[');
      for (int i = 0; i < events.size(); i++) {
        LifeEvent e = events.get(i);
        out.appendAscii(i == 0 ? "{" : ",{")
            .append(syntax.string("kind")).append((byte) ':').append(syntax.string(e.kind()))
            .append((byte) ',')
            .append(syntax.string("start")).append((byte) ':')
            .append(syntax.string(e.start().toString()))
            .append((byte) ',')
            .append(syntax.string("end")).append((byte) ':')
            .append(syntax.string(e.end().toString()))
            .append((byte) '}');
      }
      out.append((byte) ']');
    } else {
      List<String> items = new ArrayList<>(events.size());
      for (LifeEvent e : events) {
        items.add(e.kind() + ":" + e.start() + ".." + e.end());
      }
      out.append(syntax.list(items));
    }
  }
}
