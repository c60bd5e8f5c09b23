/**
 * The Netflix export's own format, both ways: finding the viewing file in a folder or zip ({@link
 * io.bingescope.io.netflix.ExportLocator}), reading it line by line ({@link
 * io.bingescope.io.netflix.ExportLines}) into a catalog and one history ({@link
 * io.bingescope.io.netflix.NetflixImporter}, with {@link io.bingescope.io.netflix.TitleParser},
 * {@link io.bingescope.io.netflix.CountryZones}, {@link io.bingescope.io.netflix.DateDetection} and
 * an {@link io.bingescope.io.netflix.ImportReport} of every skipped row), and writing a simulated
 * member's views as the export they could download ({@link io.bingescope.io.netflix.NetflixLayout},
 * {@link io.bingescope.io.netflix.NetflixActivityFormat}). Imports {@code io.bingescope.io} and
 * {@code io.bingescope.model}; the format is documented in {@code docs/netflix-export.md}.
 */
package io.bingescope.io.netflix;
