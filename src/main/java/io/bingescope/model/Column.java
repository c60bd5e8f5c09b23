package io.bingescope.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One column of an output file, or one figure: its name in files, the type of its values, its
 * unit, what the input must have recorded for it to be available, and how it is spelled as text.
 * Each file's columns are the constants of one enum (its {@link Schema}); the writers, the readers'
 * header checks, the summaries and the availability rules all read them from there, so a figure is
 * declared once and a misspelt name cannot compile.
 *
 * @param name the name in headers and JSON keys, e.g. {@code viewing_s}
 * @param type the type of the values
 * @param element the type of a list's items, else null
 * @param fields the fields of a {@link ColumnType#RECORD} element, in order, else empty
 * @param unit the unit, e.g. {@code s}, {@code h/day}, {@code count}; empty when none
 * @param needs what the input must have recorded (see {@link Observed#records})
 * @param decimals the fixed decimals a {@link ColumnType#DOUBLE} is written with, or -1 for the
 *     shortest text that reads back as the same double
 * @param optional whether a row may have no value (CSV writes an empty field, JSON {@code null})
 */
public record Column(
    String name,
    ColumnType type,
    ColumnType element,
    List<Column> fields,
    String unit,
    Set<Need> needs,
    int decimals,
    boolean optional) {

  /** Checks that the type and its element agree. */
  public Column {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    if ((type == ColumnType.LIST) != (element != null) || element == ColumnType.LIST
        || type == ColumnType.RECORD) {
      throw new IllegalArgumentException(name + ": a list needs a non-list element type; "
          + "only a list has one, and a record is only a list's element");
    }
    if ((element == ColumnType.RECORD) == fields.isEmpty()) {
      throw new IllegalArgumentException(name + ": a list of records needs its fields");
    }
    if (decimals >= 0 && type != ColumnType.DOUBLE) {
      throw new IllegalArgumentException(name + ": only a double has decimals");
    }
    fields = List.copyOf(fields);
    needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
  }

  /** Returns a required column of a scalar type, with no unit, that needs nothing. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, null, List.of(), "", Set.of(), -1, false);
  }

  /** Returns a list column whose items are of {@code element}. */
  public static Column listOf(String name, ColumnType element) {
    return new Column(name, ColumnType.LIST, element, List.of(), "", Set.of(), -1, false);
  }

  /** Returns a list column whose items are records of {@code fields}. */
  public static Column listOfRecords(String name, Column... fields) {
    return new Column(name, ColumnType.LIST, ColumnType.RECORD, List.of(fields), "", Set.of(), -1,
        false);
  }

  /** Returns this column with the unit {@code unit}. */
  public Column unit(String unit) {
    return new Column(name, type, element, fields, unit, needs, decimals, optional);
  }

  /** Returns this column needing {@code what} of the input. */
  public Column needs(Need... what) {
    return new Column(name, type, element, fields, unit, Set.copyOf(Arrays.asList(what)), decimals,
        optional);
  }

  /** Returns this column needing what {@code other} needs. */
  public Column needsAsMuchAs(Column other) {
    return new Column(name, type, element, fields, unit, other.needs, decimals, optional);
  }

  /** Returns this double column written with {@code n} fixed decimals, rounded half up. */
  public Column decimals(int n) {
    return new Column(name, type, element, fields, unit, needs, n, optional);
  }

  /** Returns this column allowing rows without a value. */
  public Column asOptional() {
    return new Column(name, type, element, fields, unit, needs, decimals, true);
  }

  /**
   * Something whose constants are columns: each file's column enum implements this, and its
   * constants, in declaration order, are the file's columns.
   */
  public interface Declared {
    /** Returns the column. */
    Column column();
  }
}
