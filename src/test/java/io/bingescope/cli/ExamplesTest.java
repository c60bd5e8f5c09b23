package io.bingescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every example of every command's help and every {@code ./bingescope} line of the README's {@code sh} blocks,
 * in order, in a fresh directory, and checks each exits as documented (issue 14: "the README's commands and the help
 * examples all run as shown").
 *
 * <p>The command line runs in-process, whose working directory cannot change, so relative paths are made absolute
 * inside the temporary directory: the values of the output options, shell redirections, and arguments naming a file
 * that exists there. Only huge runs are made small, each listed in {@link #SMALLER} or {@link #smaller}.
 */
class ExamplesTest {

  /** Member counts an example asks for that would take minutes here, and the count run instead. */
  private static final Map<String, String> SMALLER = Map.of(
      "1000000", "2000", // simulate christmas-prince-2017 -o big; reproduce office-188 (README)
      "10000000", "2000", // reproduce 53-viewers, a tenth of Netflix's scale
      "200000", "5000", // realism christmas-prince-2017, reproduce office-188 --seed 7 (help)
      "50000", "5000"); // realism office-binge-2018 (help)

  /** Options whose value is a path to write; always placed in the temporary directory. */
  private static final Set<String> OUTPUT_OPTIONS = Set.of("-o", "--html", "--png", "--svg", "--targets", "--ledger");

  /** Options that take no value, so that the token after them may be a positional path. */
  private static final Set<String> FLAGS =
      Set.of("--force", "-q", "--strict", "--ids-only", "--schema", "--analyze-only");

  @Test
  void helpExamples_allRunAsShown(@TempDir Path dir) throws IOException {
    writeExports(dir, "D/M/YY");
    try (InputStream targets = getClass().getResourceAsStream("/io/bingescope/realism-targets.yaml")) {
      Files.copy(targets, dir.resolve("my-targets.yaml"));
    }
    List<String> examples = helpExamples();
    // Each command's help has at least one example; a parser that found none would pass vacuously.
    assertThat(examples).hasSizeGreaterThan(35);
    for (String example : examples) {
      run(example, dir);
    }
  }

  @Test
  void readmeCommands_allRunAsShown(@TempDir Path dir) throws IOException {
    writeExports(dir, "M/D/YY");
    List<String> commands = readmeCommands(Files.readString(Path.of("README.md")));
    assertThat(commands).hasSizeGreaterThan(25);
    for (String command : commands) {
      run(command, dir);
    }
  }

  /** Returns every example line of every command's help, once each, in the order of the command tree. */
  static List<String> helpExamples() {
    Set<String> examples = new LinkedHashSet<>();
    collect(new CommandLine(new Main()), new ArrayList<>(), examples);
    return List.copyOf(examples);
  }

  private static void collect(CommandLine line, List<String> path, Set<String> examples) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    Cli help = Cli.run(args.toArray(String[]::new));
    assertThat(help.exitCode()).as(String.join(" ", args)).isZero();
    for (String l : help.out().lines().toList()) {
      String s = l.strip();
      if (s.startsWith("Example:")) {
        s = s.substring("Example:".length()).strip();
      }
      if (s.startsWith("bingescope ")) {
        examples.add(s);
      }
    }
    for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
      if (!sub.getKey().equals("help")) {
        List<String> subPath = new ArrayList<>(path);
        subPath.add(sub.getKey());
        collect(sub.getValue(), subPath, examples);
      }
    }
  }

  /**
   * Returns the README's commands: lines of {@code sh} blocks starting with {@code ./bingescope }, split at
   * {@code &&}. Skipped: {@code --install}, which links into the user's ~/.local/bin and is the launcher's, not the
   * Java command line's (LauncherTest covers it); lines running mvn, bash, apt-get or the bare {@code bingescope}.
   */
  static List<String> readmeCommands(String readme) {
    List<String> commands = new ArrayList<>();
    boolean inSh = false;
    for (String line : readme.lines().toList()) {
      if (line.startsWith("```")) {
        inSh = !inSh && line.strip().equals("```sh");
        continue;
      }
      if (inSh && line.startsWith("./bingescope ") && !line.startsWith("./bingescope --install")) {
        for (String part : line.split(" && ")) {
          commands.add(part.strip());
        }
      }
    }
    return commands;
  }

  /** Runs one example in dir and checks its exit code: 0, or for realism also 3 (its help: "3 a figure misses"). */
  private static void run(String example, Path dir) throws IOException {
    List<String> words = words(example);
    words.remove(0); // bingescope or ./bingescope
    Path redirect = null;
    int gt = words.indexOf(">");
    if (gt >= 0) {
      // ~ becomes a folder of dir: an example's redirection must never write into the real home directory.
      redirect = dir.resolve(words.get(gt + 1).replaceFirst("^~/", "home/"));
      words = new ArrayList<>(words.subList(0, gt));
    }
    List<String> args = smaller(absolute(words, dir));
    Cli r = Cli.run(args.toArray(String[]::new));
    Set<Integer> expected = words.get(0).equals("realism") ? Set.of(0, 3) : Set.of(0);
    assertThat(r.exitCode())
        .as("%s%n(run as %s)%nstderr: %s", example, args, r.err())
        .isIn(expected);
    assertThat(r.err()).as(example).doesNotContain("Exception");
    if (redirect != null) {
      Files.createDirectories(redirect.getParent());
      Files.writeString(redirect, r.out());
    }
  }

  /** Returns the words with output paths, and arguments naming a file in dir, made absolute in dir. */
  private static List<String> absolute(List<String> words, Path dir) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String before = i == 0 ? "" : words.get(i - 1);
      // reidentify's --targets is a count, realism's a file.
      boolean output = OUTPUT_OPTIONS.contains(before) && !w.matches("\\d+");
      boolean positional = !w.startsWith("-") && (!before.startsWith("-") || FLAGS.contains(before));
      out.add(output || (positional && Files.exists(dir.resolve(w))) ? dir.resolve(w).toString() : w);
    }
    return out;
  }

  /**
   * Returns the arguments with huge runs made small: each {@code --members} of {@link #SMALLER}, and 2,000 members
   * where an example relies on a huge default: {@code reproduce 53-viewers} (117,580,000) and {@code simulate
   * office-binge-2018} (50,000 members, ~3M views written; members do not depend on the count, so member 192 is the
   * same). {@code calibrate --members 117580000} stays: it computes an expectation, in seconds at any count.
   */
  private static List<String> smaller(List<String> args) {
    List<String> out = new ArrayList<>(args);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).equals("--members") && SMALLER.containsKey(out.get(i + 1))) {
        out.set(i + 1, SMALLER.get(out.get(i + 1)));
      }
    }
    boolean hugeDefault = String.join(" ", args).startsWith("reproduce 53-viewers")
        || String.join(" ", args).startsWith("simulate office-binge-2018");
    if (hugeDefault && !out.contains("--members")) {
      out.add("--members");
      out.add("2000");
    }
    return out;
  }

  /** Splits a shell line into words: double quotes group, an unquoted # starts a comment. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (!quoted && c == '#' && !inWord) {
        break;
      } else if (!quoted && Character.isWhitespace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }

  /**
   * Writes the user's exports the examples name: the full archive (netflix-report.zip, ViewingActivity.csv and a
   * copy under path/to/) from the test fixture, and a simple NetflixViewingHistory.csv with dates in the given
   * order, holding the Friends episode the README's streak example asks about on 3-5 Jan 2021.
   */
  private static void writeExports(Path dir, String order) throws IOException {
    Path fixture = Path.of("src/test/resources/netflix/ViewingActivity.csv");
    Files.copy(fixture, dir.resolve("ViewingActivity.csv"));
    Files.createDirectories(dir.resolve("path/to"));
    Files.copy(fixture, dir.resolve("path/to/ViewingActivity.csv"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("netflix-report.zip")))) {
      z.putNextEntry(new ZipEntry("netflix-report/CONTENT_INTERACTION/ViewingActivity.csv"));
      z.write(Files.readAllBytes(fixture));
      z.closeEntry();
    }
    boolean dayFirst = order.equals("D/M/YY");
    StringBuilder history = new StringBuilder("Title,Date\n");
    for (int day : new int[] {5, 4, 3}) {
      history.append("\"Friends: Season 1: The One Where It All Began\",\"")
          .append(dayFirst ? day + "/1/21" : "1/" + day + "/21").append("\"\n");
    }
    // A day above 12 makes the order unambiguous.
    history.append("\"A Christmas Prince\",\"").append(dayFirst ? "28/12/20" : "12/28/20").append("\"\n");
    Files.writeString(dir.resolve("NetflixViewingHistory.csv"), history.toString(), StandardCharsets.UTF_8);
  }
}
