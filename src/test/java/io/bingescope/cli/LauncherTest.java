package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ./bingescope} launcher from links elsewhere, against a copy of the checkout whose jar is
 * up to date and a stand-in {@code java} that prints what it was asked to run.
 */
class LauncherTest {
  @TempDir Path tmp;
  Path checkout;
  Path bin;

  @BeforeEach
  void fakeCheckout() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
    checkout = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(Path.of("bingescope"), checkout.resolve("bingescope"));
    executable(checkout.resolve("bingescope"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    Files.createDirectories(checkout.resolve("src/main"));
    Files.createDirectories(checkout.resolve("scenarios"));
    Path jar = Files.createDirectories(checkout.resolve("target")).resolve("bingescope.jar");
    Files.writeString(jar, "");
    // Newer than the sources, so the launcher runs it without building.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600)));
    bin = Files.createDirectories(tmp.resolve("fake-bin"));
    Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");
    executable(bin.resolve("java"));
  }

  @Test
  void launcher_runsTheCheckoutsJar_whenSymlinkedOntoPath() throws Exception {
    Path path = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(path.resolve("bingescope"), checkout.resolve("bingescope"));
    Result r = run(tmp, "bash", "-c", "bingescope --version");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("-jar " + checkout.toRealPath().resolve("target/bingescope.jar") + " --version");
  }

  @Test
  void launcher_followsAChainOfRelativeLinks() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path path = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(a.resolve("bs"), Path.of("../checkout/bingescope"));
    Files.createSymbolicLink(path.resolve("bingescope"), Path.of("../a/bs"));
    Result r = run(tmp, "bash", "-c", "bingescope scenarios");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("-jar " + checkout.toRealPath().resolve("target/bingescope.jar") + " scenarios");
  }

  @Test
  void launcher_followsLinks_whereReadlinkHasNoDashF() throws Exception {
    // As on macOS before 12.3: readlink without -f.
    Files.writeString(
        bin.resolve("readlink"),
        "#!/usr/bin/env bash\nfor a in \"$@\"; do [ \"$a\" = -f ] && exit 1; done\nexec /usr/bin/env -u X readlink \"$@\"\n"
            .replace("/usr/bin/env -u X readlink", realReadlink()));
    executable(bin.resolve("readlink"));
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path path = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(a.resolve("bs"), Path.of("../checkout/bingescope"));
    Files.createSymbolicLink(path.resolve("bingescope"), a.resolve("bs"));
    Result r = run(tmp, "bash", "-c", "bingescope scenarios");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("-jar " + checkout.toRealPath().resolve("target/bingescope.jar") + " scenarios");
  }

  private static String realReadlink() {
    for (String candidate : List.of("/usr/bin/readlink", "/bin/readlink")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new org.opentest4j.TestAbortedException("no readlink");
  }

  @Test
  void install_linksTheScriptIntoTheDirectory() throws Exception {
    Path into = tmp.resolve("home/.local/bin");
    Result r = run(tmp, checkout.resolve("bingescope").toString(), "--install", into.toString());
    assertThat(r.code()).as(r.output()).isZero();
    Path link = into.resolve("bingescope");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(link.toRealPath()).isEqualTo(checkout.resolve("bingescope").toRealPath());
    assertThat(r.output()).contains("is not on PATH");
  }

  @Test
  void install_refusesToReplaceAFileThatIsNotALink() throws Exception {
    Path into = Files.createDirectories(tmp.resolve("bin2"));
    Files.writeString(into.resolve("bingescope"), "mine");
    Result r = run(tmp, checkout.resolve("bingescope").toString(), "--install", into.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readString(into.resolve("bingescope"))).isEqualTo("mine");
  }

  @Test
  void completion_isABashScriptThatCompletesCommandsAndOptions() throws Exception {
    Cli c = Cli.run("completion");
    assertThat(c.exitCode()).isZero();
    Path script = tmp.resolve("completion.bash");
    Files.writeString(script, c.out());
    String probe =
        "source " + script + " 2>/dev/null\n"
            + "probe() { COMP_LINE=\"$*\"; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_POINT=${#COMP_LINE};"
            + " _complete_bingescope 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
            + "probe bingescope query str\nprobe bingescope analyze --sitting\n";
    Result r = run(tmp, "bash", "-c", probe);
    assertThat(r.output().lines().toList()).containsExactly("streak", "--sitting-gap-min");
  }

  private record Result(int code, String output) {}

  private Result run(Path dir, String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + tmp.resolve("path") + ":/usr/bin:/bin");
    env.put("HOME", tmp.resolve("home").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
