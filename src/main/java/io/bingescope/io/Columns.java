package io.bingescope.io;

import java.util.List;

/** A file's columns pre-encoded in one syntax: the header, each field's prefix and the row end. */
final class Columns {
  private final List<String> names;
  private final byte[] header;
  private final byte[][] prefixes;
  private final byte[] end;

  Columns(RowSyntax syntax, List<String> names) {
    this.names = List.copyOf(names);
    this.header = syntax.header(names);
    this.prefixes = new byte[names.size()][];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = syntax.prefix(i, names.get(i));
    }
    this.end = syntax.end();
  }

  /** Returns the column names in order. */
  List<String> names() {
    return names;
  }

  /** Returns a copy of the header line. */
  byte[] header() {
    return header.clone();
  }

  /** Returns the prefix of the column at {@code index}. */
  byte[] prefix(int index) {
    return prefixes[index];
  }

  /** Returns the row end. */
  byte[] end() {
    return end;
  }

  /** Returns the total length of every prefix and the row end, for sizing a row's bound. */
  int framingLength() {
    int n = end.length;
    for (byte[] p : prefixes) {
      n += p.length;
    }
    return n;
  }

  /**
   * Starts a row in {@code out}; for files off the hot path, where a checked row beats raw speed.
   */
  Row row(ByteBuf out) {
    return new Row(out);
  }

  /**
   * One row being written: each {@link #next()} starts the next column, {@link #end()} checks none
   * was missed.
   */
  final class Row {
    private final ByteBuf out;
    private int column;

    private Row(ByteBuf out) {
      this.out = out;
    }

    /** Appends the next column's prefix and returns the buffer to append its value to. */
    ByteBuf next() {
      return out.append(prefixes[column++]);
    }

    /** Ends the row. */
    void end() {
      if (column != prefixes.length) {
        throw new IllegalStateException(
            "row has " + column + " of " + prefixes.length + " columns");
      }
      out.append(Columns.this.end);
    }
  }
}
