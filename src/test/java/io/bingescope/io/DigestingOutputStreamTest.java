package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestingOutputStreamTest {
  @TempDir Path dir;

  @Test
  void hashEqualsHashOfTheFile_forMixedWrites() throws Exception {
    Path file = dir.resolve("views.csv");
    SplittableRandom random = new SplittableRandom(3);
    DigestingOutputStream out = DigestingOutputStream.create(file);
    try (out) {
      for (int i = 0; i < 300; i++) {
        byte[] chunk = new byte[random.nextInt(200_000)];
        random.nextBytes(chunk);
        out.write(chunk, 0, chunk.length);
        out.write(i);
      }
    }
    byte[] written = Files.readAllBytes(file);
    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written));
    assertThat(out.sha256()).isEqualTo(expected);
    assertThat(out.bytes()).isEqualTo(written.length);
    assertThat(out.entry(7))
        .isEqualTo(new Manifest.FileEntry("views.csv", 7, written.length, expected));
  }

  @Test
  void refusesHash_whileOpen() throws IOException {
    try (DigestingOutputStream out = DigestingOutputStream.create(dir.resolve("a"))) {
      assertThatThrownBy(out::sha256).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void refusesToOverwrite_anExistingFile() throws IOException {
    Files.writeString(dir.resolve("a"), "x");
    assertThatThrownBy(() -> DigestingOutputStream.create(dir.resolve("a")))
        .isInstanceOf(FileAlreadyExistsException.class);
  }
}
