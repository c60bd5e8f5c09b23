package io.bingescope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time and the members and views handled in it, per iteration: on a machine shared with
 * other jobs {@code cpuMembers / cpuNanos} and {@code cpuViews / cpuNanos} are the rates while the thread ran, which
 * wall-clock rates are not. Both passes over the same {@link Fixture} count both, so their costs per member compare
 * directly (deciding against the metrics pass, in one run).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public long cpuNanos;
  public long cpuMembers;
  public long cpuViews;

  @Setup(Level.Iteration)
  public void clear() {
    cpuNanos = 0;
    cpuMembers = 0;
    cpuViews = 0;
  }

  /** Returns the thread's CPU time now, in nanoseconds. */
  long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds a pass that started at {@code started} (from {@link #now}) over the given members and views. */
  void add(long started, long members, long views) {
    cpuNanos += now() - started;
    cpuMembers += members;
    cpuViews += views;
  }
}
