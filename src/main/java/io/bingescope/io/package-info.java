/**
 * bingescope's own file formats and the one way outputs are written: the views, titles and members
 * row formats ({@link io.bingescope.io.RecordFormat}, {@link io.bingescope.io.RowSyntax}, {@link
 * io.bingescope.io.CsvStyle}), formatted member by member straight into byte buffers on worker
 * threads, and the {@link io.bingescope.io.FileSink} that writes a generated run's files in member
 * order; the manifest with each file's row count and SHA-256; atomic output, so a run's directory
 * or file appears complete or not at all ({@link io.bingescope.io.AtomicOutputDir}, {@link
 * io.bingescope.io.AtomicFile}, {@link io.bingescope.io.OutputGuard}); and {@link
 * io.bingescope.io.InputException}, every bad input's message. Readers of stored runs are in
 * {@code io.run}, the Netflix export's own format in {@code io.netflix}. Imports {@code
 * io.bingescope.model}, {@code io.bingescope.sim} (the sink interface) and libraries. Every file
 * format is documented in {@code docs/output-format.md} and {@code docs/netflix-export.md}.
 */
package io.bingescope.io;
