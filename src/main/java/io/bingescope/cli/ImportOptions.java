package io.bingescope.cli;

import io.bingescope.io.InputException;
import io.bingescope.io.netflix.DateOrder;
import io.bingescope.io.netflix.ImportSettings;
import io.bingescope.io.run.StoredInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of reading a member's own Netflix export, shared by every command that takes INPUT
 * ({@code import}, {@code analyze}, {@code query}, {@code infer}, {@code profile}, {@code report}).
 * Stored runs of {@code simulate} ignore them. {@link #resolve} detects the input through {@link
 * StoredInput} and prints the import's notes and skipped rows on standard error, so no command
 * needs code of its own for exports.
 */
final class ImportOptions {
  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "Netflix export: the time zone of every view (IANA id such as Europe/Berlin)"
          + " instead of each country's primary zone.")
  ZoneId zone;

  @Option(
      names = "--date-format",
      paramLabel = "ORDER",
      defaultValue = "detect",
      converter = DateOrderConverter.class,
      description = "NetflixViewingHistory.csv: the order of its dates, M/D/YY, D/M/YY (also"
          + " DD-MM-YY) or YYYY-MM-DD (default: detected from the file).")
  DateOrder dateOrder;

  @Option(
      names = "--strict",
      description = "Netflix export: stop at the first malformed row (exit code 2) instead of"
          + " skipping, counting and reporting it.")
  boolean strict;

  /** Returns the settings these options give. */
  ImportSettings settings() {
    return new ImportSettings(Optional.ofNullable(zone),
        dateOrder == null ? DateOrder.DETECT : dateOrder, strict);
  }

  /** Detects and resolves an input, printing the import's notes (if any) on {@code err}. */
  StoredInput resolve(Path input, PrintWriter err) throws IOException, InputException {
    StoredInput in = StoredInput.resolve(input, settings());
    printNotes(in, err);
    return in;
  }

  /** Prints an input's notes, one per line, on {@code err}. */
  static void printNotes(StoredInput in, PrintWriter err) {
    for (String note : in.notes()) {
      err.println("bingescope: " + note);
    }
    err.flush();
  }

  /** Converts an IANA zone id. */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException(
            "expected an IANA time zone id such as America/New_York or Europe/Berlin, got '"
                + value + "'");
      }
    }
  }

  /** Converts a date order. */
  static final class DateOrderConverter implements CommandLine.ITypeConverter<DateOrder> {
    @Override
    public DateOrder convert(String value) {
      return DateOrder.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "expected M/D/YY, D/M/YY, DD-MM-YY, YYYY-MM-DD or detect, got '" + value + "'"));
    }
  }
}
