/**
 * Stored runs: the layouts a run is written in ({@link io.bingescope.io.run.OutputFormat}), what a
 * command's input is ({@link io.bingescope.io.run.StoredInput#resolve}: a stored run, {@link
 * io.bingescope.io.run.SimulateOutput}, or a member's own Netflix export, {@link
 * io.bingescope.io.run.NetflixExport}), and the readers that turn the files back into histories
 * member by member ({@link io.bingescope.io.run.ViewsReader}, a {@link
 * io.bingescope.io.run.MemberSource} over byte-level CSV, {@link io.bingescope.io.run.CsvScanner};
 * {@link io.bingescope.io.run.TitlesReader}; {@link io.bingescope.io.run.MembersReader}, the
 * truth), every bad row an {@link io.bingescope.io.InputException} with FILE:LINE; {@link
 * io.bingescope.io.run.StoredMembers} walks every member of an input in id order, and {@link
 * io.bingescope.io.run.ImportWriter} stores an imported export as a run. Imports {@code
 * io.bingescope.io}, {@code io.bingescope.io.netflix} and {@code io.bingescope.model}.
 */
package io.bingescope.io.run;
