package io.bingescope.io.run;

import io.bingescope.io.InputException;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.Vocabulary;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A {@link MemberSource} that reads another on a thread of its own, up to a few batches of members
 * ahead, so that parsing the views and using them run on two cores. The members, their order and
 * any error are those of the source: an error is thrown by the {@link #next} call that would have
 * read the failing member. The histories are handed over by {@link History#swap}, not copied.
 * Used by one thread; {@link #vocabulary()} is known only once the source is exhausted.
 */
public final class ReadAhead implements MemberSource {
  /** Members per batch handed over: one hand-over per batch keeps the queues out of the way. */
  static final int BATCH = 256;
  /** Batches read ahead at most. */
  private static final int AHEAD = 3;

  private final MemberSource source;
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(AHEAD + 1);
  private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(AHEAD + 1);
  private final Thread reader;
  private Batch current;
  private int next;
  private List<String> profiles = List.of();
  private long views;
  private long bytes;

  /** Members read by the reader thread, with the source's counters after each. */
  private static final class Batch {
    final History[] histories = new History[BATCH];
    @SuppressWarnings("unchecked")
    final List<String>[] profiles = new List[BATCH];
    final long[] views = new long[BATCH];
    final long[] bytes = new long[BATCH];
    int size;
    boolean last;
    Throwable error;

    Batch() {
      for (int i = 0; i < BATCH; i++) {
        histories[i] = new History();
      }
    }
  }

  private ReadAhead(MemberSource source) {
    this.source = source;
    for (int b = 0; b < AHEAD; b++) {
      empty.add(new Batch());
    }
    this.reader = new Thread(this::read, "bingescope-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  /** Returns a source that reads {@code source} ahead on a thread of its own; closes it. */
  public static ReadAhead of(MemberSource source) {
    return new ReadAhead(source);
  }

  private void read() {
    try {
      boolean more = true;
      while (more) {
        Batch b = empty.take();
        b.size = 0;
        try {
          while (b.size < BATCH && (more = source.next(b.histories[b.size]))) {
            b.profiles[b.size] = source.profiles();
            b.views[b.size] = source.views();
            b.bytes[b.size] = source.bytesRead();
            b.size++;
          }
        } catch (IOException | InputException | RuntimeException | Error e) {
          // Handed to the reading thread, which throws it where the source would have.
          b.error = e;
          more = false;
        }
        b.last = !more;
        full.put(b);
      }
    } catch (InterruptedException e) {
      // Closed before the end: nobody waits for more.
    }
  }

  @Override
  public boolean next(History h) throws IOException, InputException {
    while (current == null || next == current.size) {
      if (current != null) {
        if (current.last) {
          throwError(current.error);
          return false;
        }
        empty.add(current);
      }
      try {
        current = full.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading members");
      }
      next = 0;
    }
    int i = next++;
    h.swap(current.histories[i]);
    profiles = current.profiles[i];
    views = current.views[i];
    bytes = current.bytes[i];
    return true;
  }

  private static void throwError(Throwable e) throws IOException, InputException {
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof InputException in) {
      throw in;
    }
    if (e instanceof Error error) {
      throw error;
    }
    if (e != null) {
      throw (RuntimeException) e;
    }
  }

  @Override
  public Catalog catalog() {
    return source.catalog();
  }

  @Override
  public List<String> profiles() {
    return profiles;
  }

  /**
   * Returns the source's vocabulary once {@link #next} has returned false (the reader thread no
   * longer touches the source).
   *
   * @throws IllegalStateException before that
   */
  @Override
  public Vocabulary vocabulary() {
    if (current == null || !current.last || next < current.size) {
      throw new IllegalStateException("the vocabulary is known once every member is read");
    }
    return source.vocabulary();
  }

  @Override
  public long views() {
    return views;
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
