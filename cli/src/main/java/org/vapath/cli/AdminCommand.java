package org.vapath.cli;

import org.vapath.core.json.KnowledgePackJson;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.vapath.core.InputError;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vapath admin create}: creates an account (the first administrator among others) from the command line. */
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = AdminCommand.Create.class,
    description = "Manage the registry's local accounts from the command line.")
final class AdminCommand {

  /** Creates one account; the password is asked twice on a terminal, or read as the first line of standard input. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create an account (default role ADMIN). The password is asked on the terminal, without echo,"
          + " or read from the first line of standard input.")
  static final class Create implements Callable<Integer> {
    @ParentCommand
    private AdminCommand admin;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--username", required = true, paramLabel = "NAME", description = "The account's name.")
    private String username;

    @Option(names = "--role", defaultValue = "ADMIN", paramLabel = "ROLE",
        description = "CLINICIAN, AUDITOR or ADMIN (default ADMIN).")
    private Role role;

    @Override
    public Integer call() throws Exception {
      char[] password = password();
      try (Registry registry = database.open(KnowledgePackJson.embedded())) {
        registry.accounts().create(username, password, role, "command line");
      } catch (InputError e) {
        // The name came from --username; the password from the terminal or standard input.
        throw e.field().equals("username") ? new InputError("--username", e.value(), e.problem()) : e;
      } finally {
        Arrays.fill(password, ' ');
      }
      spec.commandLine().getErr().println("vapath: account " + username + " (" + role + ") created in "
          + database.describe());
      return 0;
    }

    private char[] password() throws java.io.IOException {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password for %s: ", username);
        char[] again = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, again)) {
          throw new InputError("password", null, "the two entries differ");
        }
        return first;
      }
      String line = new BufferedReader(new InputStreamReader(admin.main().in(), StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new InputError("password", null, "is required on the first line of standard input");
      }
      return line.toCharArray();
    }
  }

  @ParentCommand
  private Main main;

  Main main() {
    return main;
  }
}
