package org.vapath.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgeError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on standard error and an exit code, never a stack trace: 2 for
 * input that was refused (a case, a file, a knowledge override), 1 for anything else.
 */
final class Errors implements IExecutionExceptionHandler {
  static final int INTERNAL = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("vapath: " + message(e));
    return e instanceof InputError || e instanceof KnowledgeError || isIo(e) ? Main.BAD_INPUT : INTERNAL;
  }

  static String message(Throwable e) {
    if (e instanceof InputError || e instanceof KnowledgeError) {
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
    return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
        + "; please report it with the command that caused it";
  }

  private static boolean isIo(Throwable e) {
    return e instanceof IOException || e instanceof UncheckedIOException;
  }
}
