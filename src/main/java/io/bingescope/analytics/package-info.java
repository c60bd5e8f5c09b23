/**
 * Pure computations over one member's {@link io.bingescope.model.History}: which views qualify
 * as watching a title ({@link io.bingescope.analytics.Level}), queries that select members
 * (streaks, episodes in a window) and the per-member figures of
 * {@link io.bingescope.analytics.MemberMetrics}.
 * Nothing here does I/O or resolves time zones: local time is the history's {@code startLocal}, and
 * the hot path makes no object per view. Every definition is in {@code docs/metrics.md}.
 */
package io.bingescope.analytics;
