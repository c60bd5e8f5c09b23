package io.bingescope.cli;

import io.bingescope.sim.MemberSink;
import io.bingescope.sim.Simulation;
import io.bingescope.sim.World;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on standard error for runs longer than about a second: members done, views written, rate and time
 * left. On a terminal it redraws one line; in a log (no console) it prints a line every few seconds instead.
 */
final class ProgressBar implements Simulation.Progress, AutoCloseable {
  private static final long SHOW_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);
  private final PrintWriter err;
  private final long total;
  private final boolean enabled;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private long members;
  private long views;
  private boolean drawn;

  ProgressBar(PrintWriter err, long total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
    this.terminal = System.console() != null;
  }

  @Override
  public void advanced(long membersDone, long viewsDone) {
    members = membersDone;
    views = viewsDone;
    long now = System.nanoTime();
    long interval = terminal ? 200_000_000L : 5_000_000_000L;
    if (enabled && now - started >= SHOW_AFTER_NANOS && now - lastDrawn >= interval) {
      lastDrawn = now;
      draw(now, false);
    }
  }

  private void draw(long now, boolean last) {
    double seconds = (now - started) / 1e9;
    double fraction = total == 0 ? 1 : (double) members / total;
    int width = 28;
    int filled = (int) Math.round(fraction * width);
    String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
    double rate = seconds > 0 ? views / seconds : 0;
    String eta = fraction > 0 && !last ? duration(seconds / fraction - seconds) : "0:00";
    String line =
        String.format(
            Locale.ROOT,
            "[%s] %5.1f%%  %,d/%,d members  %,d views  %s views/s  %s left",
            bar, 100 * fraction, members, total, views, human(rate), eta);
    err.print(terminal ? "\r" + line : line + System.lineSeparator());
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (enabled && drawn) {
      draw(System.nanoTime(), true);
      if (terminal) {
        err.println();
      }
      err.flush();
    }
  }

  /**
   * Runs all of the world's members through {@code sink} with a progress bar (unless quiet) and returns the number of
   * views generated: the fused runs of the reproduce commands.
   */
  static <B> long runFused(
      World world, int threads, MemberSink<B> sink, PrintWriter err, boolean quiet) throws Exception {
    long[] views = new long[1];
    try (ProgressBar bar = new ProgressBar(err, world.members(), !quiet)) {
      new Simulation(world, threads)
          .run(0, world.members(), sink, (m, v) -> {
            views[0] = v;
            bar.advanced(m, v);
          });
    }
    return views[0];
  }

  static String human(double x) {
    if (x >= 1e9) {
      return String.format(Locale.ROOT, "%.2fG", x / 1e9);
    } else if (x >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", x / 1e6);
    } else if (x >= 1e3) {
      return String.format(Locale.ROOT, "%.1fk", x / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", x);
  }

  static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
