package io.bingescope.io.run;

import io.bingescope.io.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Checks the header line of a CSV file against the columns a reader expects. */
final class Header {
  private Header() {}

  /**
   * Reads the first record and checks it is exactly {@code columns}.
   *
   * @throws InputException naming the expected and the found columns
   */
  static void check(CsvScanner csv, List<String> columns) throws IOException, InputException {
    if (!csv.next()) {
      throw new InputException(
          csv.fileName() + ":1: expected the header " + String.join(",", columns)
              + ", found an empty file");
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < csv.fields(); i++) {
      found.add(csv.string(i));
    }
    if (!found.isEmpty() && found.get(0).startsWith("\uFEFF")) {
      found.set(0, found.get(0).substring(1));
    }
    if (!found.equals(columns)) {
      List<String> missing = new ArrayList<>(columns);
      missing.removeAll(found);
      throw new InputException(
          csv.fileName() + ":1: expected the header " + String.join(",", columns) + ", found "
              + String.join(",", found)
              + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")"));
    }
  }
}
