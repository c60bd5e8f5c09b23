package io.bingescope.sim;

import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;

/**
 * Where generated members go. Members are handed over in fixed blocks: a worker thread fills a block with
 * {@link #accept}, then the run's calling thread completes the blocks one by one in member order. A sink is how
 * writers (format on the worker, write on completion) and analytics (measure on the worker, merge on completion)
 * share one run loop.
 *
 * @param <B> the per-block state
 */
public interface MemberSink<B> {

  /** Returns fresh state for a block of members; called on a worker thread. */
  B newBlock();

  /**
   * Takes one member into its block; called on a worker thread, the history is valid only during the call. The
   * traits are {@code null} when {@link #readsTraits} is false.
   */
  void accept(B block, MemberTraits traits, History history);

  /** Completes a block; called on the calling thread, in member order. */
  void complete(B block) throws Exception;

  /**
   * Returns whether {@link #accept} reads the member's traits; when not, it is given {@code null} and the run
   * skips building them (a fused count over the views alone).
   */
  default boolean readsTraits() {
    return true;
  }
}
