/**
 * What a platform could conclude about a member from the viewing log alone: {@link
 * io.bingescope.infer.Claim}s, each of a {@link io.bingescope.infer.ClaimKind}, with a confidence
 * and the {@link io.bingescope.infer.Evidence} behind it; and, on simulated data, the {@link
 * io.bingescope.infer.Scorecard} that holds the claims against the members' hidden traits.
 * Inference reads only views (a {@link io.bingescope.model.History}) and the catalog; the traits
 * are used only to score it.
 */
package io.bingescope.infer;
