package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path parent;

  @Test
  void appearsOnlyOnCommit() throws Exception {
    Path target = parent.resolve("report.html");
    try (AtomicFile file = AtomicFile.create(target, false)) {
      file.out().write("<html>".getBytes(StandardCharsets.UTF_8));
      assertThat(target).doesNotExist();
      file.commit();
    }
    assertThat(target).hasContent("<html>");
    assertThat(entries()).containsExactly("report.html");
  }

  @Test
  void leavesNothingBehind_whenClosedWithoutCommit() throws Exception {
    try (AtomicFile file = AtomicFile.create(parent.resolve("report.html"), false)) {
      file.out().write(1);
    }
    assertThat(entries()).isEmpty();
  }

  @Test
  void refusesExistingFile_withoutForce_andReplacesItsOwnWithForce() throws Exception {
    Path target = Files.writeString(parent.resolve("report.html"), "<p>MARK 1</p>");
    assertThatThrownBy(() -> AtomicFile.create(target, false, "MARK"))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("exists");
    try (AtomicFile file = AtomicFile.create(target, true, "MARK")) {
      file.out().write("MARK 2".getBytes(StandardCharsets.UTF_8));
      file.commit();
    }
    assertThat(target).hasContent("MARK 2");
    assertThat(entries()).containsExactly("report.html");
  }

  @Test
  void refusesToReplaceAFileWithoutItsMark_evenWithForce() throws Exception {
    Path target = Files.writeString(parent.resolve("views.csv"), "member_id\n0\n");
    assertThatThrownBy(() -> AtomicFile.create(target, true, "MARK"))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("bingescope did not write it");
    assertThatThrownBy(() -> AtomicFile.create(target, true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("bingescope did not write it");
    assertThat(target).hasContent("member_id\n0");
    assertThat(entries()).containsExactly("views.csv");
  }

  @Test
  void refusesAMarkFoundOnlyPastTheHead_evenWithForce() throws Exception {
    Path target = Files.writeString(parent.resolve("notes.html"),
        "x".repeat(OutputGuard.HEAD_BYTES) + "MARK");
    assertThatThrownBy(() -> AtomicFile.create(target, true, "MARK"))
        .isInstanceOf(OutputException.class);
    assertThat(Files.size(target)).isEqualTo(OutputGuard.HEAD_BYTES + 4);
  }

  private java.util.List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
