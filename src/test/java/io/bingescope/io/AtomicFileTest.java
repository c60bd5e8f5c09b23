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
  void refusesExistingFile_withoutForce_andReplacesItWithForce() throws Exception {
    Path target = Files.writeString(parent.resolve("report.html"), "old");
    assertThatThrownBy(() -> AtomicFile.create(target, false))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("exists");
    try (AtomicFile file = AtomicFile.create(target, true)) {
      file.out().write('n');
      file.commit();
    }
    assertThat(target).hasContent("n");
    assertThat(entries()).containsExactly("report.html");
  }

  private java.util.List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
