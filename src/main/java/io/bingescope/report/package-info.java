/**
 * What people and scripts read of an analysis: the per-member metrics file, the population
 * summary as JSON and as a terminal table, and the self-contained HTML report with its charts
 * ({@link io.bingescope.report.HtmlReport}). Charts are models ({@link
 * io.bingescope.report.Heatmap}, {@link io.bingescope.report.BarChart}) painted through one
 * {@link io.bingescope.report.Canvas} onto SVG for the page and Java2D for PNG files, so both show
 * the same drawing; every string from data goes through {@link io.bingescope.report.Html}. Writes
 * to streams it is given and prints nothing itself. Imports {@code io.bingescope.model}, {@code
 * io.bingescope.analytics} and {@code io.bingescope.infer}; the formats are documented in {@code
 * docs/output-format.md} and {@code docs/report.md}.
 */
package io.bingescope.report;
