/**
 * What people and scripts read of an analysis: the per-member metrics file, the population
 * summary as JSON and as a terminal table. Writes to streams it is given and prints nothing
 * itself. Imports {@code io.bingescope.model} and {@code io.bingescope.analytics}; the file
 * formats are documented in {@code docs/output-format.md}.
 */
package io.bingescope.report;
