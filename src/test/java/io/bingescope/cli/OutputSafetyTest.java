package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-loss and leftover reproductions of issue 14, end to end through the command line: what
 * runs in a working directory of its own (the empty path, {@code ..}) or is killed runs in a child
 * JVM, so a regression can never touch the checkout the tests run in.
 */
class OutputSafetyTest {
  @TempDir static Path shared;
  static Path run;
  @TempDir Path tmp;

  @BeforeAll
  static void simulate() {
    run = shared.resolve("run");
    Cli r = Cli.run("simulate", "tiny", "-q", "-o", run.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void emptyOutputPath_withForce_deletesNothing() throws Exception {
    Path cwd = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(cwd.resolve("keep.txt"), "precious");
    Result r = java(cwd, "simulate", "tiny", "-q", "-o", "", "--force");
    assertThat(r.exit).as(r.err).isEqualTo(2);
    assertThat(r.err).contains("output path is empty").doesNotContain("Exception");
    assertThat(names(cwd)).containsExactly("keep.txt");
    assertThat(names(tmp)).containsExactly("a");
  }

  @Test
  void parentOfTheWorkingDirectory_withForce_deletesNothing() throws Exception {
    Path p = tmp.resolve("p");
    Path sub = Files.createDirectories(p.resolve("sub"));
    Files.writeString(p.resolve("keep.txt"), "precious");
    for (String target : List.of("..", ".")) {
      Result r = java(sub, "simulate", "tiny", "-q", "-o", target, "--force");
      assertThat(r.exit).as(target + ": " + r.err).isEqualTo(2);
      assertThat(r.err).contains("working directory").contains("nothing was touched");
    }
    assertThat(names(p)).containsExactly("keep.txt", "sub");
    assertThat(names(sub)).isEmpty();
  }

  @Test
  void analyzeIntoItsInput_withForce_refusesAndKeepsTheViews() throws Exception {
    byte[] views = Files.readAllBytes(run.resolve("views.csv"));
    for (String target : List.of(run.toString(), run.getParent().toString())) {
      Cli r = Cli.run("analyze", run.toString(), "-o", target, "--force", "-q");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("this command's input").doesNotContain("Exception");
    }
    Cli viaFile = Cli.run("analyze", run.resolve("views.csv").toString(), "-o", run.toString(),
        "--force", "-q");
    assertThat(viaFile.exitCode()).isEqualTo(2);
    assertThat(run.resolve("views.csv")).hasBinaryContent(views);
    assertThat(names(run)).containsExactly("manifest.json", "members.csv", "titles.csv",
        "views.csv");
  }

  @Test
  void reportOverItsInput_withForce_refusesAndKeepsTheViews() throws Exception {
    byte[] views = Files.readAllBytes(run.resolve("views.csv"));
    for (String name : List.of("views.csv", "titles.csv", "members.csv", "manifest.json")) {
      Cli r = Cli.run("report", run.toString(), "--html", run.resolve(name).toString(),
          "--force", "-q");
      assertThat(r.exitCode()).as(name + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("refusing").doesNotContain("Exception");
    }
    Cli png = Cli.run("report", run.toString(), "--html", tmp.resolve("r.html").toString(),
        "--png", run.toString(), "--force", "-q");
    assertThat(png.exitCode()).isEqualTo(2);
    assertThat(run.resolve("views.csv")).hasBinaryContent(views);
    assertThat(names(run)).containsExactly("manifest.json", "members.csv", "titles.csv",
        "views.csv");
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void forcedRunsReplaceTheirOwnOutputs_butNotWhatAUserAddedToThem() throws Exception {
    Path metrics = tmp.resolve("metrics");
    assertThat(Cli.run("analyze", run.toString(), "-o", metrics.toString(), "-q").exitCode())
        .isZero();
    assertThat(names(metrics)).containsExactly("manifest.json", "metrics.csv", "summary.json");
    Cli again = Cli.run("analyze", run.toString(), "-o", metrics.toString(), "-q", "--force");
    assertThat(again.exitCode()).as(again.err()).isZero();
    Files.writeString(metrics.resolve("notes.txt"), "mine");
    Cli refused = Cli.run("analyze", run.toString(), "-o", metrics.toString(), "-q", "--force");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("notes.txt").contains("does not list");
    assertThat(metrics.resolve("notes.txt")).hasContent("mine");
    Path claims = tmp.resolve("claims");
    assertThat(Cli.run("infer", run.toString(), "-o", claims.toString(), "-q").exitCode())
        .isZero();
    assertThat(Cli.run("infer", run.toString(), "-o", claims.toString(), "-q", "--force")
        .exitCode()).isZero();
    assertThat(Cli.run("infer", run.toString(), "-o", run.toString(), "-q", "--force")
        .exitCode()).isEqualTo(2);
  }

  @Test
  void aKilledRunsLeftovers_areRemovedByTheNextRun_whichSaysSo() throws Exception {
    Path out = tmp.resolve("big");
    Process p = start(tmp, "simulate", "christmas-prince-2017", "--members", "400000", "-q",
        "--threads", "1", "-o", out.toString());
    Path temp = awaitTemp(tmp, ".big.tmp-" + p.pid() + "-", p);
    p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    assertThat(temp).as("a kill -9 leaves the temporary directory").exists();
    Cli next = Cli.run("simulate", "tiny", "-q", "-o", out.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.err()).contains("removed " + temp).contains("process " + p.pid());
    assertThat(names(tmp)).containsExactly("big");
  }

  @Test
  void anInterruptedReport_leavesNoTemporaryFile() throws Exception {
    Path big = tmp.resolve("big");
    assertThat(Cli.run("simulate", "christmas-prince-2017", "--members", "20000", "-q", "-o",
        big.toString()).exitCode()).isZero();
    Process p = start(tmp, "report", big.toString(), "--html", "r.html", "-q");
    Path temp = awaitTemp(tmp, ".r.html.tmp-" + p.pid() + "-", p);
    p.destroy(); // SIGTERM, as Ctrl-C's SIGINT runs the same shutdown hooks
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(temp).doesNotExist();
    assertThat(names(tmp)).containsExactly("big");
  }

  /** Waits for a temporary name of the child to appear, while the child runs. */
  private static Path awaitTemp(Path dir, String prefix, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("the child ended before writing " + prefix + "*").isTrue();
      try (Stream<Path> s = Files.list(dir)) {
        List<Path> found = s.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
      Thread.sleep(5);
    }
    p.destroyForcibly();
    throw new AssertionError("no " + prefix + "* appeared in 60 s");
  }

  private record Result(int exit, String err) {}

  private static Result java(Path cwd, String... args) throws Exception {
    Process p = start(cwd, args);
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(err, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Starts bingescope in a child JVM with its own working directory, on this test's class path. */
  private static Process start(Path cwd, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
