package io.bingescope.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium for browser checks of the report, found on the PATH; the tests never
 * install it (.ci/run and README.md do, explicitly). Without it the test fails under CI ({@code
 * CI=true}, or {@code BINGESCOPE_REQUIRE_CHROMIUM=true}) and is elsewhere aborted with a loud message
 * naming what is missing, never passed.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");
  private static final long RUN_TIMEOUT_S = 60;

  private final Path binary;
  private final Path profile;

  /** What one run of the browser printed. */
  record Run(String stdout, String stderr) {
    /** Returns the lines the page's console wrote (Chromium logs them as {@code CONSOLE}). */
    List<String> console() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /** Returns the browser; without one, fails under CI and aborts (a skip with a note) elsewhere. */
  static Chromium require(Path profile) {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String message = missing(System.getenv());
      System.err.println("\n*** " + message + " ***\n");
      if (required(System.getenv())) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    return new Chromium(found.get(), profile);
  }

  /** Returns whether a missing browser fails the build: under CI, or when asked to. */
  static boolean required(java.util.Map<String, String> env) {
    return "true".equalsIgnoreCase(env.get("CI")) || "true".equals(env.get("BINGESCOPE_REQUIRE_CHROMIUM"));
  }

  /** Returns the message naming what is missing and how to install it. */
  static String missing(java.util.Map<String, String> env) {
    return "BROWSER CHECK NOT RUN: no chromium or chromium-browser on the PATH. Install it (Debian/Ubuntu:"
        + " sudo apt-get install -y chromium) to check that the HTML report renders in a real browser"
        + (required(env) ? "; CI requires it" : "");
  }

  private static Optional<Path> find() {
    for (String name : NAMES) {
      Optional<Path> p = find(name);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** Returns the executable called {@code name} on the PATH. */
  private static Optional<Path> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Runs the headless browser on a page with extra arguments, and returns what it printed. */
  Run run(Path page, Path work, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(args));
    command.add(page.toUri().toString());
    Path out = work.resolve("chromium.out");
    Path err = work.resolve("chromium.err");
    Process p = new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assertions.fail("chromium did not finish within " + RUN_TIMEOUT_S + " s: " + command);
    }
    Run run = new Run(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    if (p.exitValue() != 0) {
      Assertions.fail(
          "chromium exited with " + p.exitValue() + ": " + command + "\n" + run.stderr());
    }
    return run;
  }
}
