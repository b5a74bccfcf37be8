package org.vapath.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vapath} command. */
@Command(name = "vapath", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Decision support for percutaneous vertebroplasty and kyphoplasty. It informs a clinician's"
        + " judgement; it does not replace it.",
    subcommands = {AssessCommand.class, ValidateCommand.class, KnowledgeCommand.class, ServeCommand.class,
        SheetCommand.class, AdminCommand.class, ScreenCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for input that was refused: a bad case, option, file or knowledge override. */
  public static final int BAD_INPUT = 2;

  private final InputStream in;
  private final OutputStream out;

  private Main(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, System.in, System.out, err));
  }

  /** Runs the command line with the given streams, for tests and for {@link #main}. */
  public static int run(String[] args, InputStream in, OutputStream out, PrintWriter err) {
    return run(args, in, out, err, System.getenv());
  }

  /** The same, with {@code environment} for the variables {@code serve} reads ({@link ServeEnvironment}). */
  static int run(String[] args, InputStream in, OutputStream out, PrintWriter err, Map<String, String> environment) {
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(in, out));
    cli.getSubcommands().get("serve").setDefaultValueProvider(new ServeEnvironment(environment));
    cli.setOut(text);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Errors());
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("vapath: " + e.getMessage());
      err.println("Try 'vapath " + commandName(e.getCommandLine()) + "--help'.");
      return BAD_INPUT;
    });
    int exit;
    try {
      exit = cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Input far beyond any case (a nesting or an array of millions): said in one line, never a stack trace.
      err.println("vapath: out of memory or stack (" + e.getClass().getSimpleName() + ") on this input; it is far"
          + " larger or deeper than any case, or give Java more memory (-Xmx)");
      exit = Errors.INTERNAL;
    }
    text.flush();
    return exit;
  }

  /** Standard input, where {@code -} reads from. */
  InputStream in() {
    return in;
  }

  /** Standard output as bytes, for streams of JSON lines. */
  OutputStream out() {
    return out;
  }

  private static String commandName(CommandLine command) {
    return command.getParent() == null ? "" : command.getCommandName() + " ";
  }

  /** The version of the command line, from the jar's manifest when built. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vapath " + (version == null ? "(development build)" : version)};
    }
  }
}
