package io.bingescope.model;

/**
 * The type of an output column's values, rich enough for a typed format (Parquet) to derive its
 * schema and for the text formats to spell each value: CSV and JSON Lines write each type one way.
 */
public enum ColumnType {
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A 32-bit signed integer (ids, counts). */
  INT,
  /** A 64-bit signed integer (sums of seconds). */
  LONG,
  /** A double; written with the column's fixed decimals when it has them. */
  DOUBLE,
  /** UTF-8 text. */
  STRING,
  /** A calendar date, ISO {@code 2017-12-01}. */
  DATE,
  /** A minute of the day, {@code HH:MM}. */
  TIME_OF_DAY,
  /** An instant in UTC to the second, ISO {@code 2017-12-01T20:15:00Z}. */
  TIMESTAMP_UTC,
  /** A wall-clock date and time without zone to the second, ISO {@code 2017-12-01T21:15:00}. */
  TIMESTAMP_LOCAL,
  /** A list of values of the column's element type (CSV joins them with {@code |}). */
  LIST,
  /** A record of named fields, each a column of its own (only as the element of a list). */
  RECORD
}
