package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for what an output may replace, through both kinds of output. */
class OutputGuardTest {
  @TempDir Path tmp;

  @Test
  void refusesTheEmptyPath_theWorkingDirectoryAndItsParents_andTheRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p : List.of(Path.of(""), Path.of("."), Path.of(".."), cwd, cwd.getParent(),
        cwd.getRoot(), Path.of("./sub/../.."))) {
      assertThatThrownBy(() -> AtomicOutputDir.create(p, true))
          .as("'%s'", p)
          .isInstanceOf(OutputException.class)
          .hasMessageMatching("(?s).*(is empty|working directory|root directory).*");
      assertThatThrownBy(() -> AtomicFile.create(p, true, "MARK"))
          .as("'%s'", p)
          .isInstanceOf(OutputException.class);
    }
    assertThat(cwd).isDirectory();
  }

  @Test
  void refusesTheHomeDirectoryAndItsParents() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("users").resolve("me"));
    Files.writeString(home.resolve("thesis.tex"), "years");
    String saved = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      for (Path p : List.of(home, home.getParent())) {
        assertThatThrownBy(() -> AtomicOutputDir.create(p, true))
            .isInstanceOf(OutputException.class)
            .hasMessageContaining("home directory");
      }
    } finally {
      System.setProperty("user.home", saved);
    }
    assertThat(home.resolve("thesis.tex")).hasContent("years");
  }

  @Test
  void refusesAnInput_orADirectoryHoldingOne_evenThroughALink() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("run"));
    Path views = Files.writeString(run.resolve("views.csv"), "member_id\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), run);
    for (Path[] c : List.of(new Path[] {run, run}, new Path[] {run, views},
        new Path[] {run, link.resolve("views.csv")}, new Path[] {link, run}, new Path[] {tmp, views})) {
      assertThatThrownBy(() -> AtomicOutputDir.create(c[0], true, c[1]))
          .as("%s with input %s", c[0], c[1])
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("this command's input");
    }
    assertThatThrownBy(() -> AtomicFile.create(link.resolve("views.csv"), true, "member_id", run, views))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("this command's input");
    assertThat(views).hasContent("member_id");
    assertThat(names(run)).containsExactly("views.csv");
  }

  @Test
  void writesBesideAnInput_whenItIsNeitherTheInputNorHoldsIt() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("run"));
    Path views = Files.writeString(run.resolve("views.csv"), "member_id\n");
    try (AtomicOutputDir dir = AtomicOutputDir.create(run.resolve("metrics"), false, run, views)) {
      dir.commit();
    }
    assertThat(names(run)).containsExactly("metrics", "views.csv");
  }

  @Test
  void refusesToReplaceALink_evenWithForce() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Path link = Files.createSymbolicLink(tmp.resolve("out"), mine);
    assertThatThrownBy(() -> AtomicOutputDir.create(link, true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("symbolic link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void refusesAForcedReplacement_ofADirectoryBingescopeDidNotWrite() throws Exception {
    Path noManifest = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(noManifest.resolve("keep.txt"), "mine");
    Path otherTool = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(otherTool.resolve("manifest.json"), "{\"tool\": \"npm\", \"files\": []}");
    Path notJson = Files.createDirectories(tmp.resolve("c"));
    Files.writeString(notJson.resolve("manifest.json"), "my notes");
    for (Path p : List.of(noManifest, otherTool, notJson)) {
      assertThatThrownBy(() -> AtomicOutputDir.create(p, true))
          .as(p.toString())
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("refusing to replace");
    }
    assertThat(noManifest.resolve("keep.txt")).hasContent("mine");
    assertThat(notJson.resolve("manifest.json")).hasContent("my notes");
  }

  @Test
  void refusesAForcedReplacement_ofItsOwnDirectoryHoldingAFileItDidNotList() throws Exception {
    Path out = tmp.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(out, false)) {
      Files.writeString(dir.resolve("metrics.csv"), "m");
      dir.commit();
    }
    Files.createDirectories(out.resolve("notes"));
    Files.writeString(out.resolve("notes").resolve("todo.txt"), "mine");
    assertThatThrownBy(() -> AtomicOutputDir.create(out, true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("notes/todo.txt");
    assertThat(out.resolve("notes").resolve("todo.txt")).hasContent("mine");
  }

  @Test
  void removesTheLeftoversOfDeadProcesses_andSaysSo_butNotOfLiveOnes() throws Exception {
    long dead = deadPid();
    long live = ProcessHandle.current().parent().orElseThrow().pid();
    Path killedDir = Files.createDirectories(tmp.resolve(".out.tmp-" + dead + "-0"));
    Files.writeString(killedDir.resolve("views.csv"), "half");
    Path killedOld = Files.createDirectories(tmp.resolve(".out.old-" + dead + "-3"));
    Path running = Files.createDirectories(tmp.resolve(".out.tmp-" + live + "-0"));
    Path otherName = Files.createDirectories(tmp.resolve(".outer.tmp-" + dead + "-0"));
    Files.createDirectories(tmp.resolve("out")); // in place: the one moved aside is not put back
    Path killedPage = Files.writeString(tmp.resolve(".r.html.tmp-" + dead + "-1"), "");
    try (AtomicOutputDir dir = AtomicOutputDir.create(tmp.resolve("out"), false)) {
      assertThat(dir.notes()).hasSize(2).allMatch(n -> n.contains("process " + dead));
      assertThat(String.join("\n", dir.notes())).contains(killedDir.toString())
          .contains(killedOld.toString());
    }
    assertThat(killedDir).doesNotExist();
    assertThat(killedOld).doesNotExist();
    assertThat(running).exists();
    assertThat(otherName).exists();
    try (AtomicFile page = AtomicFile.create(tmp.resolve("r.html"), false, "MARK")) {
      assertThat(page.notes()).singleElement().asString().contains(killedPage.toString());
    }
    assertThat(killedPage).doesNotExist();
    assertThat(names(tmp)).containsExactlyInAnyOrder(running.getFileName().toString(),
        otherName.getFileName().toString(), "out");
  }

  @Test
  void putsBackAPreviousOutput_thatAKilledRunHadMovedAside() throws Exception {
    long dead = deadPid();
    Path aside = Files.createDirectories(tmp.resolve(".out.old-" + dead + "-0"));
    Files.writeString(aside.resolve("views.csv"), "previous");
    Files.writeString(aside.resolve("manifest.json"),
        "{\"tool\": \"bingescope\", \"files\": [{\"name\": \"views.csv\"}]}");
    Path out = tmp.resolve("out");
    // Back in place, it is an existing output again: refused without --force, and the user told.
    assertThatThrownBy(() -> AtomicOutputDir.create(out, false))
        .isInstanceOf(OutputException.class)
        .hasMessageStartingWith("restored " + out)
        .hasMessageContaining("is not empty; use --force");
    assertThat(out.resolve("views.csv")).hasContent("previous");
    assertThat(names(tmp)).containsExactly("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(out, true)) {
      assertThat(dir.notes()).isEmpty();
    }
  }

  @Test
  void leavesNoPlaceholder_whenTheOldOutputCannotBeMovedAside() throws Exception {
    // A read-only mount point cannot be renamed (EBUSY): the placeholder claimed for it must go.
    Path mountPoint = Files.createDirectories(tmp.resolve("ro"));
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs",
        mountPoint.toString()), "needs permission to mount a tmpfs (skipped: not root)");
    try {
      try (AtomicOutputDir dir = AtomicOutputDir.create(mountPoint, false)) {
        Files.writeString(dir.resolve("views.csv"), "new");
        assertThatThrownBy(dir::commit).isInstanceOf(OutputException.class)
            .hasMessageContaining("cannot move output into place");
      }
    } finally {
      run("umount", mountPoint.toString());
    }
    assertThat(names(tmp)).containsExactly("ro");
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  /** Returns a pid no process has (Linux's pid_max is at most 2^22). */
  static long deadPid() {
    for (long pid = 4_194_000; pid > 1000; pid -= 7) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
    throw new IllegalStateException("no free pid found");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
