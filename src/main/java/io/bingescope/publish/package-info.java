/**
 * Releases of counts a platform might publish, under a disclosure policy: raw, a suppression threshold with
 * complementary suppression, or differential privacy (contribution bounding and exactly sampled two-sided geometric
 * noise), with the privacy budget's ledger and what each policy costs and protects measured against the truth.
 * Definitions, guarantees and references are in {@code docs/publication.md}.
 */
package io.bingescope.publish;
