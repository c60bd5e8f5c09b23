/**
 * Re-identification: how few known views single a member out of a population (unicity, after de Montjoye et al.),
 * and a de-anonymisation attack scored against the truth (Scoreboard-RH, after Narayanan and Shmatikov). A
 * member's trace is its qualifying views as (title, local day) points ({@link io.bingescope.reid.Trace}); every
 * pass takes one member at a time, one matcher per thread, with mergeable tallies, so that memory grows with the
 * targets and not with the population. Definitions in {@code docs/reidentification.md}.
 */
package io.bingescope.reid;
