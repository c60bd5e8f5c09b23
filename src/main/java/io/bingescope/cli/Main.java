package io.bingescope.cli;

import io.bingescope.io.InputException;
import io.bingescope.io.OutputException;
import io.bingescope.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bingescope} command and its entry point. */
@Command(
    name = "bingescope",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Simulates what a video streaming platform sees of its members, and what it could infer.",
      "",
      "Examples:",
      "  bingescope simulate tiny -o out",
      "  bingescope analyze out -o out-metrics"
    },
    subcommands = {
      ScenariosCommand.class,
      ValidateCommand.class,
      SimulateCommand.class,
      ImportCommand.class,
      AnalyzeCommand.class,
      QueryCommand.class,
      TitlesCommand.class,
      ProfileCommand.class,
      InferCommand.class,
      ReportCommand.class,
      CalibrateCommand.class,
      ReproduceCommand.class,
      PublishCommand.class,
      CompletionCommand.class,
      RealismCommand.class,
      ReidentifyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // A bad date names what was expected, not java.time's exception (registered before any
    // subcommand is parsed, so every command's date options use it).
    cli.registerConverter(java.time.LocalDate.class, value -> {
      try {
        return java.time.LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "expected a date as yyyy-MM-dd (e.g. 2017-12-10), found '" + value + "'");
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    HelpLayout.install(cli, HelpLayout.widthFrom(System.getenv()));
    // A usage error names what is wrong and where to look, not the whole help (exit 2).
    cli.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine line = ex.getCommandLine();
          PrintWriter e = line.getErr();
          e.println("bingescope: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
          e.println(hint(line.getCommandSpec()));
          e.flush();
          return CommandLine.ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          String message = userMessage(ex);
          if (message == null) {
            throw ex;
          }
          line.getErr().println(message);
          line.getErr().flush();
          return CommandLine.ExitCode.USAGE;
        });
    return cli.execute(args);
  }

  /** Returns the message of an error the user caused, or null for a bug. */
  static String userMessage(Exception ex) {
    if (ex instanceof UserException
        || ex instanceof OutputException
        || ex instanceof InputException) {
      return "bingescope: " + ex.getMessage();
    }
    if (ex instanceof ScenarioException se) {
      return se.getMessage();
    }
    if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      return "bingescope: " + ex.getMessage();
    }
    return null;
  }

  @Override
  public void run() {
    throw missingCommand(spec);
  }

  /** Returns the usage error of a command that needs a subcommand and was given none. */
  static CommandLine.ParameterException missingCommand(CommandLine.Model.CommandSpec spec) {
    String commands = "Commands: " + String.join(", ", spec.subcommands().keySet());
    String n = System.lineSeparator();
    return new CommandLine.ParameterException(
        spec.commandLine(),
        "expected a command" + n + "Usage: " + spec.qualifiedName() + " COMMAND [OPTIONS] [ARGS]" + n
            + String.join(n, HelpLayout.at(HelpLayout.DEFAULT_WIDTH).wrapAtSpaces(commands, 0, 2)));
  }

  /** Returns the one-line hint printed after a usage error. */
  static String hint(CommandLine.Model.CommandSpec spec) {
    return "Try '" + spec.qualifiedName() + " --help' for more information.";
  }

  /** Returns the tool version from the build. */
  public static String version() {
    return io.bingescope.io.Tool.version();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bingescope " + version()};
    }
  }
}
