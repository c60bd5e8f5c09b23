package io.bingescope.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a world's members through a sink, spread over worker threads in fixed blocks of members, with the blocks
 * completed in member order. Memory stays bounded: at most a few blocks per thread are in flight.
 */
public final class Simulation {
  /** Members per block: large enough to amortise hand-over, small enough to keep blocks in cache and memory low. */
  public static final int DEFAULT_BLOCK = 2048;

  /** Told of progress after each completed block; called on the calling thread. */
  public interface Progress {
    /** Reports that members up to {@code membersDone} (from the run's first) are complete. */
    void advanced(long membersDone, long viewsDone);

    /** No-op progress. */
    Progress NONE = (m, v) -> {};
  }

  private final World world;
  private final int threads;
  private final int blockSize;

  public Simulation(World world, int threads) {
    this(world, threads, DEFAULT_BLOCK);
  }

  public Simulation(World world, int threads, int blockSize) {
    if (threads < 1 || blockSize < 1) {
      throw new IllegalArgumentException("threads and block size must be >= 1");
    }
    this.world = world;
    this.threads = threads;
    this.blockSize = blockSize;
  }

  /** Generates members {@code from} (inclusive) to {@code to} (exclusive) into the sink. */
  public <B> void run(long from, long to, MemberSink<B> sink, Progress progress) throws Exception {
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "bingescope-sim-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<MemberGenerator> generators = ThreadLocal.withInitial(() -> new MemberGenerator(world));
    Deque<Future<Result<B>>> inFlight = new ArrayDeque<>();
    int window = Math.min(threads, 1 << 16) * 3;
    long next = from;
    long done = 0;
    long views = 0;
    try {
      while (next < to || !inFlight.isEmpty()) {
        while (next < to && inFlight.size() < window) {
          long start = next;
          long end = Math.min(to, start + blockSize);
          inFlight.add(pool.submit(() -> block(generators.get(), sink, start, end)));
          next = end;
        }
        Result<B> r;
        try {
          r = inFlight.removeFirst().get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Exception ex) {
            throw ex;
          }
          throw (Error) cause;
        }
        sink.complete(r.block);
        done += r.members;
        views += r.views;
        progress.advanced(done, views);
      }
    } finally {
      for (Future<?> f : inFlight) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
  }

  private static <B> Result<B> block(MemberGenerator gen, MemberSink<B> sink, long start, long end) {
    B block = sink.newBlock();
    long views = 0;
    boolean traits = sink.readsTraits();
    for (long m = start; m < end; m++) {
      gen.generate(m);
      views += gen.history().size();
      sink.accept(block, traits ? gen.traits() : null, gen.history());
    }
    return new Result<>(block, end - start, views);
  }

  private record Result<B>(B block, long members, long views) {}
}
