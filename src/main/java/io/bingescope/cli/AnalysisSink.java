package io.bingescope.cli;

import io.bingescope.analytics.MemberMetrics;
import io.bingescope.analytics.MetricOptions;
import io.bingescope.analytics.PopulationSummary;
import io.bingescope.model.Catalog;
import io.bingescope.model.History;
import io.bingescope.model.MemberTraits;
import io.bingescope.report.MetricsCsv;
import io.bingescope.sim.MemberSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Analyses members as they are generated (simulate --analyze-only): each worker computes its members' metrics
 * and formats their metrics.csv rows into its block; blocks are appended and their summaries merged in member order,
 * so the rows are the same bytes {@code analyze} writes from the stored run.
 */
final class AnalysisSink implements MemberSink<AnalysisSink.Block> {
  private final Catalog catalog;
  private final LocalDate first;
  private final LocalDate last;
  private final ThreadLocal<MemberMetrics> metrics;
  private final OutputStream rows;
  private final PopulationSummary summary = new PopulationSummary();
  private long views;

  AnalysisSink(Catalog catalog, LocalDate first, LocalDate last, MetricOptions options, OutputStream rows) {
    this.catalog = catalog;
    this.first = first;
    this.last = last;
    this.metrics = ThreadLocal.withInitial(() -> new MemberMetrics(options));
    this.rows = rows;
  }

  static final class Block {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    final PopulationSummary summary = new PopulationSummary();
    MetricsCsv csv;
    long views;
  }

  @Override
  public Block newBlock() {
    Block b = new Block();
    b.csv = new MetricsCsv(b.bytes, catalog);
    return b;
  }

  @Override
  public void accept(Block block, MemberTraits traits, History history) {
    MemberMetrics m = metrics.get().compute(history, catalog, first, last);
    try {
      block.csv.append(m, history);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    block.summary.add(m);
    block.views += history.size();
  }

  @Override
  public void complete(Block block) throws IOException {
    block.csv.flush();
    block.bytes.writeTo(rows);
    summary.merge(block.summary);
    views += block.views;
  }

  PopulationSummary summary() {
    return summary;
  }

  long views() {
    return views;
  }
}
