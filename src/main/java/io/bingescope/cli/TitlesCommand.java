package io.bingescope.cli;

import io.bingescope.io.run.StoredInput;
import io.bingescope.model.Catalog;
import io.bingescope.model.Names;
import io.bingescope.model.Series;
import io.bingescope.model.Title;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists the series and titles of an input, to find the exact names the queries take. */
@Command(
    name = "titles",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the series and titles (films and episodes) of an input, one per line: 'series', 'film' or",
      "'episode', then the name as 'query' takes it. --search keeps the names holding every word of WORDS,",
      "without regard to case.",
      "",
      "Examples:",
      "  bingescope titles out --search office",
      "  bingescope titles netflix-report.zip --search \"christmas prince\""
    })
final class TitlesCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "A simulate output directory, a views.csv, or a Netflix export.")
  Path input;

  @Option(names = "--search", paramLabel = "WORDS", description = "Only names holding every one of these words.")
  String search;

  @CommandLine.Mixin ImportOptions importOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StoredInput in = importOptions.resolve(input, spec.commandLine().getErr());
    Catalog catalog = in.catalog();
    List<String> words =
        search == null ? List.of() : List.of(search.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    List<String> lines = new ArrayList<>();
    catalog.series().stream()
        .map(Series::name)
        .filter(n -> holdsAll(n, words))
        .sorted(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)))
        .forEach(n -> lines.add("series   " + n));
    for (Title t : catalog.titles()) {
      if (holdsAll(t.name(), words)) {
        lines.add((t.seriesIndex() < 0 ? "film     " : "episode  ") + t.name());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(out::println);
    out.flush();
    if (lines.isEmpty() && search != null) {
      List<String> names = new ArrayList<>();
      catalog.series().forEach(s -> names.add(s.name()));
      catalog.titles().forEach(t -> names.add(t.name()));
      spec.commandLine().getErr().println(
          "bingescope: no series or title of " + input + " holds '" + search + "'" + Names.closest(search, names));
    }
    return 0;
  }

  private static boolean holdsAll(String name, List<String> words) {
    String lower = name.toLowerCase(Locale.ROOT);
    return words.stream().allMatch(lower::contains);
  }
}
