package org.vapath.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Local accounts: usernames with a bcrypt hash of the password (never the password) and a role.
 * Every creation is recorded in the audit log. Thread-safe.
 */
public final class Accounts {
  /** Shorter passwords are refused: the accounts guard patient records. */
  public static final int MINIMUM_PASSWORD_LENGTH = 12;
  private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);
  private static final String DUMMY_HASH = BCRYPT.encode("not a password of anyone");

  private final Jdbi jdbi;

  Accounts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Creates an account; refused when the name is taken or the password too short. */
  public void create(String username, char[] password, Role role, String createdBy) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw new RegistryError("a username is 2-100 letters, digits or . _ @ -");
    }
    if (password.length < MINIMUM_PASSWORD_LENGTH) {
      throw new RegistryError("a password has at least " + MINIMUM_PASSWORD_LENGTH + " characters");
    }
    String hash = BCRYPT.encode(new String(password));
    jdbi.useTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM accounts WHERE username = :u").bind("u", username)
          .mapTo(Integer.class).one() > 0) {
        throw new RegistryError("the username " + username + " is taken");
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

  /** The role of a user whose password matches; empty otherwise (unknown user or wrong password alike). */
  public Optional<Role> authenticate(String username, char[] password) {
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
}
