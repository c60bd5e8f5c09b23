package io.bingescope.cli;

import io.bingescope.io.InputException;
import io.bingescope.io.run.StoredInput;
import io.bingescope.io.run.StoredMembers;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.reid.Ranks;
import io.bingescope.reid.TargetSampler;
import io.bingescope.reid.Trace;
import io.bingescope.scenario.Scenario;
import io.bingescope.sim.MemberGenerator;
import io.bingescope.sim.MemberSink;
import io.bingescope.sim.World;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The population a re-identification study streams, as many times as it needs: a stored run re-read from its
 * files, or a scenario's members regenerated (a fused run; members are a pure function of the scenario and seed,
 * so every pass sees the same ones). Each pass hands each member to a per-thread consumer; the consumers are
 * returned for merging.
 */
abstract class ReidPopulation {
  private int passes;

  /** Returns what the population is, for the summary line. */
  abstract String describe();

  /** Returns the catalog. */
  abstract Catalog catalog();

  /** Returns the paths the population is read from (nulls skipped by the output guard). */
  abstract java.nio.file.Path[] inputs();

  /** Returns the number of members, if known before a pass (a fused run), else -1. */
  abstract long members();

  /** Streams every member once through consumers made by {@code perThread}; returns them all. */
  final <T> List<T> pass(Supplier<T> perThread, BiConsumer<T, History> accept) throws Exception {
    passes++;
    return stream(perThread, accept);
  }

  abstract <T> List<T> stream(Supplier<T> perThread, BiConsumer<T, History> accept) throws Exception;

  /**
   * Counts the supports of the release (each trace less the points a release with {@code dropShare} misses) in one
   * pass.
   */
  final io.bingescope.reid.Supports supports(Supplier<Trace> traces, long seed, double dropShare) throws Exception {
    record One(Trace trace, io.bingescope.reid.Supports supports) {}
    int titles = catalog().size();
    return io.bingescope.reid.Supports.merged(pass(() -> new One(traces.get(), new io.bingescope.reid.Supports(titles)),
        (o, h) -> o.supports.add(o.trace.read(h).drop(seed, dropShare))).stream().map(One::supports).toList());
  }

  /** Returns the passes made so far. */
  final int passes() {
    return passes;
  }

  /**
   * Samples the targets. A stored run has no way to a member but a pass ({@code sampler} is then filled by one,
   * with {@code alsoSeen} given every member's trace on the way: the supports); a fused run generates the
   * candidates alone, in rank order, until every p has its targets.
   */
  abstract void sample(TargetSampler sampler, Trace trace, java.util.function.Consumer<Trace> alsoSeen)
      throws Exception;

  /** Returns whether {@link #sample} saw every member (a stored run). */
  abstract boolean sampleSeesEveryone();

  /** A stored run: its views re-read on each pass, on the calling thread. */
  static final class Stored extends ReidPopulation {
    private final StoredInput in;
    private final Catalog catalog;

    private final java.nio.file.Path given;

    Stored(java.nio.file.Path given, StoredInput in) throws IOException, InputException {
      this.given = given;
      this.in = in;
      this.catalog = in.catalog();
    }

    @Override
    String describe() {
      return in.views().toString();
    }

    @Override
    Catalog catalog() {
      return catalog;
    }

    @Override
    java.nio.file.Path[] inputs() {
      return Outputs.inputs(given, in);
    }

    @Override
    long members() {
      return -1;
    }

    @Override
    <T> List<T> stream(Supplier<T> perThread, BiConsumer<T, History> accept) throws Exception {
      T one = perThread.get();
      StoredMembers.forEach(in, catalog, (h, profiles) -> accept.accept(one, h));
      return List.of(one);
    }

    @Override
    void sample(TargetSampler sampler, Trace trace, java.util.function.Consumer<Trace> alsoSeen) throws Exception {
      pass(() -> sampler, (s, h) -> {
        s.offer(h, trace.read(h));
        alsoSeen.accept(trace);
      });
    }

    @Override
    boolean sampleSeesEveryone() {
      return true;
    }
  }

  /** A scenario's members, generated on every pass, nothing written. */
  static final class Fused extends ReidPopulation {
    private final String name;
    private final Scenario scenario;
    private final World world;
    private final int threads;
    private final PrintWriter err;
    private final boolean quiet;

    Fused(String name, Scenario scenario, int threads, PrintWriter err, boolean quiet) {
      this.name = name;
      this.scenario = scenario;
      this.world = World.of(scenario);
      this.threads = threads;
      this.err = err;
      this.quiet = quiet;
    }

    @Override
    String describe() {
      return name + " (scenario seed " + scenario.seed() + ", generated on each pass, nothing written)";
    }

    @Override
    Catalog catalog() {
      return world.catalog();
    }

    @Override
    java.nio.file.Path[] inputs() {
      return new java.nio.file.Path[] {Outputs.scenarioFile(name)};
    }

    @Override
    long members() {
      return world.members();
    }

    @Override
    <T> List<T> stream(Supplier<T> perThread, BiConsumer<T, History> accept) throws Exception {
      List<T> all = Collections.synchronizedList(new ArrayList<>());
      ThreadLocal<T> mine = ThreadLocal.withInitial(() -> {
        T t = perThread.get();
        all.add(t);
        return t;
      });
      MemberSink<T> sink = new MemberSink<>() {
        @Override
        public T newBlock() {
          return mine.get();
        }

        @Override
        public void accept(T block, io.bingescope.model.MemberTraits traits, History history) {
          accept.accept(block, history);
        }

        @Override
        public void complete(T block) {}

        @Override
        public boolean readsTraits() {
          return false;
        }
      };
      ProgressBar.runFused(world, threads, sink, err, quiet);
      return new ArrayList<>(all);
    }

    @Override
    void sample(TargetSampler sampler, Trace trace, java.util.function.Consumer<Trace> alsoSeen) {
      // Candidates in rank order, a batch at a time (one scan of the ids each, no generation), each generated
      // alone; the first eligible ones are the targets a stored run of the same members would pick.
      MemberGenerator gen = new MemberGenerator(world);
      int batch = Math.max(1_024, 4 * targetCount(sampler));
      long after = -1;
      long afterRank = 0;
      while (!sampler.full()) {
        long[] ids = Ranks.next(sampler.seed(), world.members(), after, afterRank, batch);
        for (long id : ids) {
          History h = gen.generate(id);
          sampler.offer(h, trace.read(h));
          after = id;
          afterRank = Ranks.rank(sampler.seed(), id);
          if (sampler.full()) {
            return;
          }
        }
        if (ids.length < batch) {
          return;
        }
      }
    }

    private static int targetCount(TargetSampler s) {
      return s.count();
    }

    @Override
    boolean sampleSeesEveryone() {
      return false;
    }
  }
}
