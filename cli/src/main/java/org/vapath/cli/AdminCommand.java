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

/**
 * {@code vapath admin}: creates an account (the first administrator among others) from the command
 * line; backs up and restores the embedded registry.
 */
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = {AdminCommand.Create.class,
    AdminCommand.Backup.class, AdminCommand.Restore.class},
    description = "Manage the registry's local accounts, and back up and restore the embedded registry.")
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

  /** Backs up the embedded registry to a new zip its owner alone may read; a PostgreSQL registry is pg_dump's. */
  @Command(name = "backup", mixinStandardHelpOptions = true,
      description = {"Back up the embedded registry to a new file (a zip, readable by its owner only), as of one"
          + " moment while it is in use (H2's BACKUP TO).", "For a PostgreSQL registry use pg_dump."})
  static final class Backup implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (never"
        + " overwritten).")
    private java.nio.file.Path to;

    @Override
    public Integer call() {
      if (database.url != null) {
        throw new InputError("--database-url", database.url, "is a PostgreSQL registry: back it up with pg_dump"
            + " (e.g. pg_dump --format=custom --file=vapath.dump DBNAME) and restore it with pg_restore");
      }
      try (Registry registry = database.open(KnowledgePackJson.embedded())) {
        registry.backup(to);
      }
      spec.commandLine().getErr().println("vapath: registry " + database.describe() + " backed up to "
          + to.toAbsolutePath());
      return 0;
    }
  }

  /** Restores a backup into a folder that holds no registry. */
  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Restore a backup made by vapath admin backup into a data folder that holds no registry yet.")
  static final class Restore implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    private java.nio.file.Path from;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder to restore into;"
        + " refused when it holds a registry.")
    private java.nio.file.Path data;

    @Override
    public Integer call() {
      Registry.restore(from, data, KnowledgePackJson.embedded());
      spec.commandLine().getErr().println("vapath: registry restored from " + from.toAbsolutePath() + " into "
          + data.toAbsolutePath());
      return 0;
    }
  }

  @ParentCommand
  private Main main;

  Main main() {
    return main;
  }
}
