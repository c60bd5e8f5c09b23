package io.bingescope.cli;

import io.bingescope.analytics.Level;
import io.bingescope.analytics.MetricOptions;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of docs/metrics.md that commands analysing views share, mapped onto {@link MetricOptions}. */
final class MetricOptionsMixin {
  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "watcher",
      converter = LevelConverter.class,
      description = "How much of a title a view must cover: starter (2 min), watcher (70%%, Netflix's"
          + " rule) or completer (90%%) (default: ${DEFAULT-VALUE}).")
  Level level;

  @Option(
      names = "--sitting-gap-min",
      paramLabel = "MIN",
      defaultValue = "30",
      description = "Longest pause within a sitting, in minutes (default: ${DEFAULT-VALUE}).")
  int sittingGapMin;

  @Option(
      names = "--binge-episodes",
      paramLabel = "N",
      defaultValue = "3",
      description = "Episodes of one series in a sitting that make it a binge (default: ${DEFAULT-VALUE}).")
  int bingeEpisodes;

  @Option(
      names = "--window-days",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "Days of 24 h of the episodes-in-a-window figure (default: ${DEFAULT-VALUE}).")
  int windowDays;

  /** Returns the options, or fails with a message naming the bad option. */
  MetricOptions toOptions() {
    if (sittingGapMin < 0 || sittingGapMin > 24 * 60) {
      throw new UserException("--sitting-gap-min must be between 0 and 1440, got " + sittingGapMin);
    }
    if (bingeEpisodes < 1) {
      throw new UserException("--binge-episodes must be at least 1, got " + bingeEpisodes);
    }
    if (windowDays < 1 || windowDays > 3_660) {
      throw new UserException("--window-days must be between 1 and 3660, got " + windowDays);
    }
    MetricOptions d = MetricOptions.DEFAULTS;
    return new MetricOptions(
        level, d.thresholds(), sittingGapMin * 60, bingeEpisodes, windowDays, d.nightStartS(),
        d.nightEndS(), d.workStartS(), d.workEndS());
  }

  /** Converts a level name, case-insensitively. */
  static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      try {
        return Level.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected starter, watcher or completer, got '" + value + "'");
      }
    }
  }
}
