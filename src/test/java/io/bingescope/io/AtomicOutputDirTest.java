package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputDirTest {
  @TempDir Path parent;

  @Test
  void movesIntoPlace_onCommit() throws Exception {
    Path target = parent.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.writeString(dir.resolve("views.csv"), "a\n");
      assertThat(target).doesNotExist();
      assertThat(dir.dir().getParent()).isEqualTo(parent.toAbsolutePath().normalize());
      assertThat(dir.dir().getFileName().toString()).startsWith(".out.tmp-");
      dir.commit();
    }
    assertThat(target.resolve("views.csv")).hasContent("a");
    assertThat(entries(parent)).containsExactly("out");
  }

  @Test
  void leavesNothingBehind_whenClosedWithoutCommit() throws Exception {
    Path target = parent.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.createDirectories(dir.resolve("nested"));
      Files.writeString(dir.resolve("nested").resolve("views.csv"), "half a row");
    }
    assertThat(entries(parent)).isEmpty();
  }

  @Test
  void refusesNonEmptyDirectory_withoutForce() throws IOException {
    Path target = Files.createDirectory(parent.resolve("out"));
    Files.writeString(target.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> AtomicOutputDir.create(target, false))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("is not empty")
        .hasMessageContaining(target.getFileName().toString());
    assertThat(target.resolve("keep.txt")).hasContent("mine");
    assertThat(entries(parent)).containsExactly("out");
  }

  @Test
  void acceptsEmptyDirectory_withoutForce() throws Exception {
    Path target = Files.createDirectory(parent.resolve("out"));
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.writeString(dir.resolve("views.csv"), "new");
      dir.commit();
    }
    assertThat(target.resolve("views.csv")).hasContent("new");
    assertThat(entries(parent)).containsExactly("out");
  }

  @Test
  void replacesItsOwnDirectory_withForce() throws Exception {
    Path target = parent.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.writeString(dir.resolve("old.txt"), "old");
      dir.commit();
    }
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, true)) {
      Files.writeString(dir.resolve("views.csv"), "new");
      assertThat(target.resolve("old.txt")).exists();
      dir.commit();
    }
    assertThat(entries(target)).containsExactly("manifest.json", "views.csv");
    assertThat(entries(parent)).containsExactly("out");
  }

  @Test
  void listsEveryFileInTheManifest_whenTheCommandWroteNone() throws Exception {
    Path target = parent.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.writeString(dir.resolve("metrics.csv"), "abc");
      Files.createDirectories(dir.resolve("sub"));
      Files.writeString(dir.resolve("sub").resolve("a.png"), "12345");
      dir.commit();
    }
    var json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(target.resolve("manifest.json").toFile());
    assertThat(json.get("tool").asText()).isEqualTo("bingescope");
    assertThat(json.get("tzdata_version").asText()).isEqualTo(Tool.tzdataVersion());
    assertThat(json.get("files").toString())
        .isEqualTo("[{\"name\":\"metrics.csv\",\"bytes\":3},{\"name\":\"sub/a.png\",\"bytes\":5}]");
  }

  @Test
  void refusesFile_evenWithForce() throws IOException {
    Path target = Files.writeString(parent.resolve("out"), "a file");
    assertThatThrownBy(() -> AtomicOutputDir.create(target, true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void refusesCommit_whenTargetFilledMeanwhile() throws Exception {
    Path target = parent.resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      Files.createDirectory(target);
      Files.writeString(target.resolve("other.txt"), "someone else's");
      assertThatThrownBy(dir::commit).isInstanceOf(OutputException.class);
    }
    assertThat(entries(parent)).containsExactly("out");
    assertThat(entries(target)).containsExactly("other.txt");
  }

  @Test
  void createsMissingParents() throws Exception {
    Path target = parent.resolve("a").resolve("b").resolve("out");
    try (AtomicOutputDir dir = AtomicOutputDir.create(target, false)) {
      dir.commit();
    }
    assertThat(target).isDirectory();
  }

  private static Stream<String> names(Path dir) throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
  }

  private static java.util.List<String> entries(Path dir) throws IOException {
    try (Stream<String> s = names(dir)) {
      return s.toList();
    }
  }
}
