package io.bingescope.scenario;

/**
 * One thing wrong with a scenario, with where it is and what was expected.
 *
 * @param file the file name, bundled scenario, or {@code --set PATH} for an override
 * @param line 1-based line, or 0 when the problem has no position (missing file, override)
 * @param column 1-based column, or 0 when the problem has no position
 * @param path the YAML path of the value, e.g. {@code personas[1].rhythm.hours}; empty for the file
 * @param message what was expected and what was found
 */
public record Problem(String file, int line, int column, String path, String message) {

  /** Returns {@code file:line:column: path: message}, leaving out a zero position or empty path. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ");
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}
