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
 * Debian's headless Chromium for browser checks of the report: found on the PATH, or installed with
 * apt-get when the tests run as root. Where neither works, the test is aborted with a loud message
 * naming what is missing (or fails, when {@code BINGESCOPE_REQUIRE_CHROMIUM=true}), never passed.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");
  private static final long INSTALL_TIMEOUT_S = 600;
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

  /** Returns the browser, installing it if it is missing and that is possible; else aborts. */
  static Chromium require(Path profile) throws IOException, InterruptedException {
    Optional<Path> found = find();
    String tried = "";
    if (found.isEmpty()) {
      tried = install();
      found = find();
    }
    if (found.isEmpty()) {
      String message =
          "BROWSER CHECK NOT RUN: Debian's chromium is not on the PATH and could not be installed"
              + " (" + tried + "). Install it (apt-get install chromium) to check that the HTML"
              + " report renders in a real browser.";
      System.err.println("\n*** " + message + " ***\n");
      if ("true".equals(System.getenv("BINGESCOPE_REQUIRE_CHROMIUM"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    return new Chromium(found.get(), profile);
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

  /** Tries apt-get as root; returns what was tried and how it went, for the abort message. */
  private static String install() throws IOException, InterruptedException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return "not root, so apt-get was not tried";
    }
    if (find("apt-get").isEmpty()) {
      return "no apt-get on this machine";
    }
    System.err.println("chromium is missing: installing it with apt-get (up to "
        + INSTALL_TIMEOUT_S + " s)...");
    int code = apt("install", "-y", "--no-install-recommends", "chromium");
    if (code != 0) {
      // Fresh containers often have no package lists yet.
      apt("update");
      code = apt("install", "-y", "--no-install-recommends", "chromium");
    }
    return "apt-get install chromium exited with " + code;
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

  private static int apt(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("apt-get", "-q"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    if (!p.waitFor(INSTALL_TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
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
