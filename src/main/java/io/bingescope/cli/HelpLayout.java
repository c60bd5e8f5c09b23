package io.bingescope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out every command's help text so that lines break only at spaces and examples stay whole.
 *
 * <p>Picocli wraps with {@link java.text.BreakIterator}, which breaks after '.', '-' and '/'
 * ("metrics.⏎csv", "--sitting-⏎gap-min"). Here picocli renders each section on one unbounded line
 * and this class wraps it again: in a description, consecutive unindented lines form one paragraph
 * wrapped at spaces, and an indented line (an example) is printed as written, however long; in the
 * synopsis and the option and command tables, wrapped lines continue under the text they belong to.
 */
final class HelpLayout {
  /** The width picocli renders at, so that it never wraps itself. */
  private static final int UNBOUNDED = 4096;

  /** The width of the help when the environment names none. */
  static final int DEFAULT_WIDTH = 100;

  /** The narrowest width honoured; picocli's own minimum. */
  private static final int MIN_WIDTH = 55;

  private final int width;

  private HelpLayout(int width) {
    this.width = width;
  }

  /** Installs the layout on a command and all its subcommands, wrapping at the given width. */
  static void install(CommandLine root, int width) {
    HelpLayout layout = new HelpLayout(Math.max(MIN_WIDTH, width));
    layout.installOn(root);
  }

  /** Returns the width of the help: $COLUMNS when it is a number (at least 55), else 100. */
  static int widthFrom(Map<String, String> env) {
    String columns = env.get("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      return Math.max(MIN_WIDTH, Integer.parseInt(columns.strip()));
    }
    return DEFAULT_WIDTH;
  }

  private void installOn(CommandLine line) {
    line.setUsageHelpWidth(UNBOUNDED);
    Map<String, IHelpSectionRenderer> sections = line.getHelpSectionMap();
    wrap(sections, UsageMessageSpec.SECTION_KEY_HEADER, this::paragraphs);
    wrap(sections, UsageMessageSpec.SECTION_KEY_DESCRIPTION, this::paragraphs);
    wrap(sections, UsageMessageSpec.SECTION_KEY_FOOTER, this::paragraphs);
    wrap(sections, UsageMessageSpec.SECTION_KEY_SYNOPSIS, this::synopsis);
    IHelpSectionRenderer options = sections.get(UsageMessageSpec.SECTION_KEY_OPTION_LIST);
    IHelpSectionRenderer parameters = sections.get(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST);
    if (options != null) {
      sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> table(options.render(help), optionColumn(help)));
    }
    if (parameters != null) {
      sections.put(
          UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> table(parameters.render(help), optionColumn(help)));
    }
    IHelpSectionRenderer commands = sections.get(UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
    if (commands != null) {
      sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commandTable(commands.render(help)));
    }
    line.setHelpSectionMap(sections);
    for (CommandLine sub : line.getSubcommands().values()) {
      installOn(sub);
    }
  }

  private interface Rewrap {
    String apply(String rendered, Help help);
  }

  private static void wrap(Map<String, IHelpSectionRenderer> sections, String key, Rewrap rewrap) {
    IHelpSectionRenderer original = sections.get(key);
    if (original != null) {
      sections.put(key, help -> rewrap.apply(original.render(help), help));
    }
  }

  /** Joins consecutive unindented lines into paragraphs wrapped at spaces; indented lines stay as written. */
  private String paragraphs(String rendered, Help help) {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines(rendered)) {
      boolean prose = !line.isBlank() && !Character.isWhitespace(line.charAt(0));
      if (prose) {
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(line.strip());
        continue;
      }
      flush(paragraph, out);
      out.append(line.stripTrailing()).append(System.lineSeparator());
    }
    flush(paragraph, out);
    return out.toString();
  }

  private void flush(StringBuilder paragraph, StringBuilder out) {
    if (paragraph.length() > 0) {
      for (String line : wrapAtSpaces(paragraph.toString(), 0, 0)) {
        out.append(line).append(System.lineSeparator());
      }
      paragraph.setLength(0);
    }
  }

  /** Wraps the synopsis so that continued lines start under the first option. */
  private String synopsis(String rendered, Help help) {
    StringBuilder out = new StringBuilder();
    // The heading ("Usage: ") is its own section, printed before the first line.
    int heading = help.synopsisHeadingLength();
    int indent = heading + help.commandSpec().qualifiedName().length() + 1;
    for (String line : lines(rendered)) {
      List<String> parts = wrapAtSpaces(" ".repeat(heading) + line, indent, indent);
      out.append(parts.get(0).substring(heading)).append(System.lineSeparator());
      for (String part : parts.subList(1, parts.size())) {
        out.append(part).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /** Returns where the description column of the option and parameter tables starts. */
  private static int optionColumn(Help help) {
    Help.Column[] columns = help.createDefaultLayout().textTable().columns();
    int start = 0;
    for (int i = 0; i < columns.length - 1; i++) {
      start += columns[i].width;
    }
    return start + columns[columns.length - 1].indent;
  }

  /** Wraps each row's description after the given column, continuing two spaces further in. */
  private String table(String rendered, int column) {
    StringBuilder out = new StringBuilder();
    for (String line : lines(rendered)) {
      for (String part : wrapAtSpaces(line, column, column + 2)) {
        out.append(part).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /** Wraps each command's description after its name and the spaces that follow it. */
  private String commandTable(String rendered) {
    StringBuilder out = new StringBuilder();
    for (String line : lines(rendered)) {
      int name = 0;
      while (name < line.length() && line.charAt(name) == ' ') {
        name++;
      }
      int column = line.indexOf(' ', name);
      while (column >= 0 && column < line.length() && line.charAt(column) == ' ') {
        column++;
      }
      column = column < 0 ? 0 : column;
      for (String part : wrapAtSpaces(line, column, column + 2)) {
        out.append(part).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /**
   * Splits a line at spaces after {@code keep} so that each piece fits the width; continued pieces are
   * indented by {@code indent}. A word longer than the width stays whole on its own line.
   */
  List<String> wrapAtSpaces(String line, int keep, int indent) {
    List<String> out = new ArrayList<>();
    String rest = line.stripTrailing();
    String prefix = "";
    while (prefix.length() + rest.length() > width) {
      int limit = width - prefix.length();
      int cut = rest.lastIndexOf(' ', limit);
      int floor = prefix.isEmpty() ? keep : 0;
      if (cut <= floor) {
        cut = rest.indexOf(' ', Math.max(floor + 1, limit));
        if (cut < 0) {
          break;
        }
      }
      String head = rest.substring(0, cut).stripTrailing();
      if (head.isBlank()) {
        break;
      }
      out.add(prefix + head);
      rest = rest.substring(cut).stripLeading();
      prefix = " ".repeat(indent);
    }
    out.add(prefix + rest);
    return out;
  }

  private static List<String> lines(String rendered) {
    return rendered.isEmpty() ? List.of() : rendered.lines().toList();
  }

  /** Returns a layout that wraps at the given width. */
  static HelpLayout at(int width) {
    return new HelpLayout(width);
  }
}
