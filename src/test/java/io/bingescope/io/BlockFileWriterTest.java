package io.bingescope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockFileWriterTest {
  @TempDir Path tmp;

  @Test
  void hashesManyBlocksInTheOrderWritten() throws Exception {
    Path file = tmp.resolve("views.csv");
    SplittableRandom random = new SplittableRandom(3);
    long rows = 0;
    try (BlockFileWriter w = BlockFileWriter.create(file)) {
      w.write("header\n".getBytes(StandardCharsets.UTF_8));
      for (int b = 0; b < 200; b++) {
        ByteBuf block = new ByteBuf();
        int n = random.nextInt(50);
        for (int i = 0; i < n; i++) {
          block.appendInt(random.nextInt()).append((byte) '\n');
          rows++;
        }
        w.write(block);
      }
      w.close();
      byte[] content = Files.readAllBytes(file);
      Manifest.FileEntry entry = w.entry(rows);
      assertThat(entry.bytes()).isEqualTo(content.length);
      assertThat(entry.sha256())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
      assertThat(entry.name()).isEqualTo("views.csv");
    }
  }

  @Test
  void refusesWritesAfterCloseAndEntriesBeforeIt() throws Exception {
    BlockFileWriter w = BlockFileWriter.create(tmp.resolve("f"));
    assertThatThrownBy(() -> w.entry(0)).isInstanceOf(IllegalStateException.class);
    w.close();
    assertThatThrownBy(() -> w.write(new byte[] {1})).hasMessageContaining("closed");
  }
}
