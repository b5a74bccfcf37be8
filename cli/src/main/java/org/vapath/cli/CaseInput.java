package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The case a command reads: a file, or standard input for {@code -}. */
final class CaseInput {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String name;

  InputStream open() throws IOException {
    Main main = (Main) command.parent().userObject();
    return CaseSource.open(name, main.in());
  }
}
