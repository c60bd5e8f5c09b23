package io.bingescope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one output file in order, as declared by the constants of a {@link
 * Column.Declared} enum. Headers, the readers' header checks and typed formats (Parquet) take the
 * names and types from here.
 *
 * @param columns the columns, in file order
 */
public record Schema(List<Column> columns) {

  /** Copies the columns and checks that their names are distinct. */
  public Schema {
    columns = List.copyOf(columns);
    List<String> seen = new ArrayList<>();
    for (Column c : columns) {
      if (seen.contains(c.name())) {
        throw new IllegalArgumentException("column " + c.name() + " declared twice");
      }
      seen.add(c.name());
    }
  }

  /** Returns the schema of an enum's constants, in declaration order. */
  public static <E extends Enum<E> & Column.Declared> Schema of(Class<E> declared) {
    List<Column> cs = new ArrayList<>();
    for (E e : declared.getEnumConstants()) {
      cs.add(e.column());
    }
    return new Schema(cs);
  }

  /**
   * Returns one row's values in column order: {@code valueOf} applied to each of an enum's
   * constants (its columns, in declaration order).
   */
  public static <E extends Enum<E>> Object[] row(E[] columns, Function<E, Object> valueOf) {
    Object[] out = new Object[columns.length];
    for (E c : columns) {
      out[c.ordinal()] = valueOf.apply(c);
    }
    return out;
  }

  /** Returns the column names in order. */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /** Returns the number of columns. */
  public int size() {
    return columns.size();
  }

  /** Returns the column at {@code index}. */
  public Column column(int index) {
    return columns.get(index);
  }
}
