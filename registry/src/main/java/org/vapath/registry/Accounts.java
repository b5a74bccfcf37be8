package org.vapath.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vapath.core.InputError;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Local accounts: usernames with a bcrypt hash of the password (never the password) and a role.
 * Every creation and every sign-in (failed and refused ones too) is recorded in the audit log.
 * Thread-safe.
 */
public final class Accounts {
  /** Shorter passwords are refused: the accounts guard patient records. */
  public static final int MINIMUM_PASSWORD_LENGTH = 12;
  /** bcrypt reads no more than 72 bytes of a password; a longer one would be cut silently, so it is refused. */
  public static final int MAXIMUM_PASSWORD_BYTES = 72;
  /** The audit log's actor column. */
  private static final int ACTOR_LENGTH = 100;
  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);
  private static final String DUMMY_HASH = BCRYPT.encode("not a password of anyone");

  /** Who creates the first administrator, with a generated password: that account must choose its own. */
  public static final String FIRST_START = "vapath serve (first start)";
  /** The file, in the data folder, holding the first administrator's generated password until it is changed. */
  public static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
  private static final String CHANGE_PASSWORD = "CHANGE_PASSWORD";

  private final Jdbi jdbi;
  /** The embedded registry's folder, or {@code null} for a database server: where the generated password lies. */
  private final Path folder;

  Accounts(Jdbi jdbi, Path folder) {
    this.jdbi = jdbi;
    this.folder = folder;
  }

  /** Creates an account; refused, naming {@code username} or {@code password}, when the name is taken or bad. */
  public void create(String username, char[] password, Role role, String createdBy) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw new InputError("username", username == null ? null : '"' + printable(username, 40) + '"',
          "must be 2-100 letters, digits or . _ @ -");
    }
    checkPassword("password", password);
    String hash = BCRYPT.encode(new String(password));
    jdbi.useTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM accounts WHERE username = :u").bind("u", username)
          .mapTo(Integer.class).one() > 0) {
        throw new InputError("username", '"' + username + '"', "is taken");
      }
      h.createUpdate("INSERT INTO accounts (username, password_hash, role, created_at, created_by)"
              + " VALUES (:u, :hash, :role, :at, :by)")
          .bind("u", username).bind("hash", hash).bind("role", role.name())
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("by", createdBy).execute();
      h.createUpdate("INSERT INTO audit_log (at, actor, action, case_id) VALUES (:at, :actor, :action, NULL)")
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", createdBy)
          .bind("action", "CREATE_ACCOUNT " + role.name()).execute();
    });
  }

  /** Refuses, naming {@code field}, a password too short or longer than bcrypt reads. */
  private static void checkPassword(String field, char[] password) {
    if (password.length < MINIMUM_PASSWORD_LENGTH) {
      throw new InputError(field, null, "must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
    }
    if (utf8Length(password) > MAXIMUM_PASSWORD_BYTES) {
      throw new InputError(field, null, "must have at most " + MAXIMUM_PASSWORD_BYTES + " bytes in UTF-8"
          + " (bcrypt reads no more); use fewer or plainer characters");
    }
  }

  /**
   * Whether the account still has the password generated at first start: it was made by
   * {@link #FIRST_START} and has never changed its password (the audit log says so).
   */
  public boolean mustChangePassword(String username) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts a WHERE a.username = :u"
            + " AND a.created_by = :first AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.actor = :u"
            + " AND l.action = :change)").bind("u", username).bind("first", FIRST_START)
        .bind("change", CHANGE_PASSWORD).mapTo(Integer.class).one() > 0);
  }

  /**
   * Changes a user's password, the current one given again; the new one follows the rules of
   * {@link #create}. The generated first password's file is deleted once it no longer opens anything.
   */
  public void changePassword(String username, char[] current, char[] chosen) {
    if (authenticate(username, current).isEmpty()) {
      throw new InputError("currentPassword", null, "is not your current password");
    }
    checkPassword("newPassword", chosen);
    if (java.util.Arrays.equals(current, chosen)) {
      throw new InputError("newPassword", null, "is the current password; choose another");
    }
    boolean generated = mustChangePassword(username);
    String hash = BCRYPT.encode(new String(chosen));
    jdbi.useTransaction(h -> {
      h.createUpdate("UPDATE accounts SET password_hash = :hash WHERE username = :u").bind("hash", hash)
          .bind("u", username).execute();
      h.createUpdate("INSERT INTO audit_log (at, actor, action, case_id) VALUES (:at, :actor, :action, NULL)")
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", username).bind("action", CHANGE_PASSWORD)
          .execute();
    });
    if (generated && folder != null) {
      try {
        Files.deleteIfExists(folder.resolve(INITIAL_PASSWORD_FILE));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + folder.resolve(INITIAL_PASSWORD_FILE), e);
      }
    }
  }

  /** The role of a user whose password matches; empty otherwise (unknown user or wrong password alike). */
  public Optional<Role> authenticate(String username, char[] password) {
    if (username.length() > ACTOR_LENGTH || utf8Length(password) > MAXIMUM_PASSWORD_BYTES) {
      BCRYPT.matches("not a password of anyone", DUMMY_HASH); // no such account can exist: same time
      return Optional.empty();
    }
    Optional<String[]> account = jdbi.withHandle(h -> h.createQuery(
            "SELECT password_hash, role FROM accounts WHERE username = :u").bind("u", username)
        .map((rs, ctx) -> new String[] {rs.getString("password_hash"), rs.getString("role")}).findOne());
    if (account.isEmpty()) {
      BCRYPT.matches(new String(password), DUMMY_HASH); // same time for unknown users as for known ones
      return Optional.empty();
    }
    return BCRYPT.matches(new String(password), account.get()[0]) ? Optional.of(Role.valueOf(account.get()[1]))
        : Optional.empty();
  }

  /** Whether any administrator exists: the first one is created from the command line. */
  public boolean hasAdmin() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN'")
        .mapTo(Integer.class).one() > 0);
  }

  /** Records a sign-in: {@code outcome} is SIGN_IN, SIGN_IN_FAILED or SIGN_IN_REFUSED; {@code address} the client's. */
  public void recordSignIn(String username, String outcome, String address) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_log (at, actor, action, case_id, detail)"
            + " VALUES (:at, :actor, :action, NULL, :detail)")
        .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", printable(username, ACTOR_LENGTH))
        .bind("action", outcome).bind("detail", printable("from " + address, 200)).execute());
  }

  /** The latest sign-ins recorded, oldest first: actor, outcome and detail. */
  public List<String> signInLog(int limit) {
    List<String> newestFirst = jdbi.withHandle(h -> h.createQuery("SELECT actor, action, detail FROM audit_log"
            + " WHERE action LIKE 'SIGN_IN%' ORDER BY id DESC").setMaxRows(limit)
        .map((rs, ctx) -> rs.getString("actor") + " " + rs.getString("action") + " " + rs.getString("detail"))
        .list());
    List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** What a client typed, as the log can hold it: control characters replaced, cut to the column's size. */
  private static String printable(String text, int max) {
    String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= max ? clean : clean.substring(0, max - 3) + "...";
  }

  private static int utf8Length(char[] password) {
    return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
  }
}
