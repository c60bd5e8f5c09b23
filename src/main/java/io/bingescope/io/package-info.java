/**
 * Writers of a run's output: the views, titles and members files in each {@link
 * io.bingescope.io.OutputFormat}, formatted member by member straight into byte buffers on worker
 * threads; the manifest with each file's row count and SHA-256; and atomic output, so a run's
 * directory or file appears complete or not at all. Readers of stored runs ({@link
 * io.bingescope.io.StoredInput}, {@link io.bingescope.io.ViewsReader}) turn the files back into
 * histories member by member, with every bad row an {@link io.bingescope.io.InputException}. A
 * member's own Netflix export is read the same way ({@link io.bingescope.io.NetflixExport}, detected
 * by {@link io.bingescope.io.StoredInput#resolve}), and written by the Netflix layout of {@code
 * simulate}. Imports only {@code io.bingescope.model} and libraries. Every file format is
 * documented in {@code docs/output-format.md} and {@code docs/netflix-export.md}.
 */
package io.bingescope.io;
