package io.bingescope.cli;

import io.bingescope.io.CsvStyle;
import picocli.CommandLine.Option;

/** The {@code --spreadsheet-safe} option of the commands that write CSV, defined once. */
final class SpreadsheetSafe {
  @Option(
      names = "--spreadsheet-safe",
      description = "Prefixes with ' every CSV text field that begins with = + - @, TAB or CR, so a"
          + " spreadsheet shows it instead of running it as a formula (OWASP). Numbers are never"
          + " changed. bingescope itself refuses to read such a run back.")
  boolean on;

  /** Returns how CSV text fields are spelled. */
  CsvStyle style() {
    return on ? CsvStyle.SPREADSHEET_SAFE : CsvStyle.EXACT;
  }
}
