package io.bingescope.cli;

import io.bingescope.io.AtomicFile;
import io.bingescope.io.AtomicOutputDir;
import io.bingescope.io.OutputException;
import io.bingescope.io.run.StoredInput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Opens every command's outputs through io's one rule ({@code AtomicOutputDir}, {@code AtomicFile}:
 * never an input, the working, home or root directory, and with --force only what bingescope
 * wrote), and tells the user on standard error which leftovers of killed runs it removed.
 */
final class Outputs {
  private Outputs() {}

  /** Opens an output directory; {@code inputs} are the paths the command reads (nulls skipped). */
  static AtomicOutputDir dir(CommandLine.Model.CommandSpec spec, Path target, boolean force,
      Path... inputs) throws OutputException {
    AtomicOutputDir dir = AtomicOutputDir.create(target, force, present(inputs));
    tell(spec, dir.notes());
    return dir;
  }

  /** Opens a single output file whose every version holds {@code mark} in its head. */
  static AtomicFile file(CommandLine.Model.CommandSpec spec, Path target, boolean force,
      String mark, Path... inputs) throws OutputException {
    AtomicFile file = AtomicFile.create(target, force, mark, present(inputs));
    tell(spec, file.notes());
    return file;
  }

  /**
   * Returns the paths a command reads: a stored input as given, the views file it resolved to and
   * its truth, and any {@code more} (nulls skipped).
   */
  static Path[] inputs(Path given, StoredInput in, Path... more) {
    List<Path> paths = new ArrayList<>(List.of(given, in.views()));
    in.members().ifPresent(paths::add);
    paths.addAll(java.util.Arrays.asList(more));
    return paths.toArray(Path[]::new);
  }

  /** Returns the scenario file a scenario argument names, or null for a bundled name. */
  static Path scenarioFile(String scenario) {
    if (scenario == null) {
      return null;
    }
    try {
      Path p = Path.of(scenario);
      return Files.isRegularFile(p) ? p : null;
    } catch (InvalidPathException notAPath) {
      return null;
    }
  }

  private static Path[] present(Path[] inputs) {
    List<Path> present = new ArrayList<>();
    for (Path p : inputs) {
      if (p != null) {
        present.add(p);
      }
    }
    return present.toArray(Path[]::new);
  }

  private static void tell(CommandLine.Model.CommandSpec spec, List<String> notes) {
    PrintWriter err = spec.commandLine().getErr();
    for (String n : notes) {
      err.println("bingescope: " + n);
    }
    err.flush();
  }
}
