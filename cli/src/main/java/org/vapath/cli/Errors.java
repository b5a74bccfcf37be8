package org.vapath.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgeError;
import org.vapath.registry.RegistryError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on standard error and an exit code, never a stack trace: 2 for
 * input that was refused (a case, a file, a knowledge override, a data folder in use), 1 for
 * anything else.
 */
final class Errors implements IExecutionExceptionHandler {
  static final int INTERNAL = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("vapath: " + oneLine(message(e)));
    return e instanceof InputError || e instanceof KnowledgeError || e instanceof RegistryError || isIo(e)
        ? Main.BAD_INPUT : INTERNAL;
  }

  static String message(Throwable e) {
    if (e instanceof InputError || e instanceof KnowledgeError || e instanceof RegistryError) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return message(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof IOException) {
      return "cannot read or write: " + e.getMessage();
    }
    return "internal error (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage())
        + "; please report it with the command that caused it";
  }

  /**
   * A message as one line, and not a page long: standard error gets one line per failure, and a value
   * quoted from the input may hold line breaks or other control characters.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ");
    return line.length() <= 500 ? line : line.substring(0, 500) + "...";
  }

  private static boolean isIo(Throwable e) {
    return e instanceof IOException || e instanceof UncheckedIOException;
  }
}
