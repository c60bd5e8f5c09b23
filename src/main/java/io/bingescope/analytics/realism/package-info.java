/**
 * How close a population's viewing is to published figures of real viewing: one pass per member into fixed-size,
 * mergeable sums kept per batch of members ({@link io.bingescope.analytics.realism.RealismPass},
 * {@link io.bingescope.analytics.realism.RealismTally}), each figure with its 95% batch-means interval
 * ({@link io.bingescope.analytics.realism.RealismResults}), and the targets they are judged against
 * ({@link io.bingescope.analytics.realism.Targets}). Imports only {@code model} (and {@code analytics}' qualifying
 * rule). Every definition is in {@code docs/realism.md}.
 */
package io.bingescope.analytics.realism;
