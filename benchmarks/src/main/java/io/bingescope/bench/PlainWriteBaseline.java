package io.bingescope.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor for {@code simulate}'s wall time: writes as many bytes as a {@code simulate} output directory holds, in
 * files of the same sizes, with a plain {@link BufferedOutputStream} and nothing else (the bytes are the directory's
 * own, cycled from memory). {@code benchmarks/e2e-simulate} compares the two.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.bingescope.bench.PlainWriteBaseline SIMULATE_DIR SCRATCH_DIR}
 */
public final class PlainWriteBaseline {
  private static final int SAMPLE = 256 << 20;

  private PlainWriteBaseline() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PlainWriteBaseline SIMULATE_DIR SCRATCH_DIR");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path scratch = Files.createDirectories(Path.of(args[1]));
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(source)) {
      list.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    // Samples are read before the clock starts: the baseline times writing only.
    List<byte[]> samples = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        samples.add(in.readNBytes((int) Math.min(Files.size(f), SAMPLE)));
      }
    }
    long started = System.nanoTime();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      total += write(samples.get(i), Files.size(f), scratch.resolve(f.getFileName()));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT, "plain buffered write: %,d bytes in %.2f s (%.0f MB/s)%n", total, seconds,
        total / seconds / 1e6);
  }

  /** Writes {@code size} bytes to {@code to}, cycling {@code sample}; returns them. */
  static long write(byte[] sample, long size, Path to) throws IOException {
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16)) {
      while (written < size) {
        int n = (int) Math.min(sample.length, size - written);
        out.write(sample, 0, n);
        written += n;
      }
    }
    return written;
  }
}
