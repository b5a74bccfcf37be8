package org.vapath.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * What the instances of the service share through a PostgreSQL registry, so that any instance answers
 * any request: the JWT ids already used, the cases behind the cards' links, and the failed sign-ins
 * counted per account and address (the web sessions are in the same database, in Jetty's session
 * table). Each row names the moment it becomes worthless; {@link #purge} deletes those. The times
 * come from the caller's clock, as the in-memory versions' do. Thread-safe.
 */
public final class SharedState {
  /** Longer names (a username typed by the thousand characters) are kept as their SHA-256. */
  private static final int NAME_LIMIT = 200;

  private final Jdbi jdbi;
  private final DataSource dataSource;

  SharedState(Jdbi jdbi, DataSource dataSource) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
  }

  /** The registry's connections, for the web server's session store. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * True for the first use of a token id, in whichever instance; false for a replay while an earlier
   * use is kept. One statement: the primary key decides between two instances racing on one id, and
   * an earlier use past {@code keepUntil} (not yet purged) is taken over as new.
   */
  public boolean firstUse(String tokenId, Instant keepUntil, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("INSERT INTO used_tokens AS u (token_hash, keep_until)"
            + " VALUES (:hash, :until) ON CONFLICT (token_hash) DO UPDATE SET keep_until = EXCLUDED.keep_until"
            + " WHERE u.keep_until < :now")
        .bind("hash", sha256(tokenId)).bind("until", at(keepUntil)).bind("now", at(now)).execute()) == 1;
  }

  /** Keeps the case (its JSON) behind a card's link until {@code expires}. */
  public void keepLink(String token, String caseJson, Instant expires) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO case_links (token, case_json, expires_at) VALUES (:token,"
        + " :json, :expires)").bind("token", token).bind("json", caseJson).bind("expires", at(expires)).execute());
  }

  /** The case JSON behind a link, unless it is unknown or expired. */
  public Optional<String> link(String token, Instant now) {
    return jdbi.withHandle(h -> h.createQuery("SELECT case_json FROM case_links WHERE token = :token"
            + " AND expires_at > :now").bind("token", token).bind("now", at(now)).mapTo(String.class).findOne());
  }

  /** Until when an account or address ({@code kind}) is locked, if it is now. */
  public Optional<Instant> lockedUntil(String kind, String name, Instant now) {
    return jdbi.withHandle(h -> h.createQuery("SELECT locked_until FROM sign_in_failures WHERE kind = :kind"
            + " AND name = :name AND locked_until > :now").bind("kind", kind).bind("name", key(name))
        .bind("now", at(now)).mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant));
  }

  /**
   * Counts a failed sign-in, atomically across instances: a count whose time has passed starts again
   * at one; reaching {@code allowed} locks until {@code lockEnd}, when the count is forgotten.
   */
  public void failed(String kind, String name, int allowed, Instant now, Instant lockEnd) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO sign_in_failures AS f (kind, name, failures, locked_until,"
            + " forget_at) VALUES (:kind, :name, 1, :firstLock, :end) ON CONFLICT (kind, name) DO UPDATE SET"
            + " failures = CASE WHEN f.forget_at <= :now THEN 1 ELSE f.failures + 1 END,"
            + " locked_until = CASE WHEN (CASE WHEN f.forget_at <= :now THEN 1 ELSE f.failures + 1 END) >= :allowed"
            + " THEN :end ELSE NULL END, forget_at = :end")
        .bind("kind", kind).bind("name", key(name)).bind("firstLock", allowed <= 1 ? at(lockEnd) : null)
        .bind("end", at(lockEnd)).bind("now", at(now)).bind("allowed", allowed).execute());
  }

  /** Forgets the failures of an account or address (after a good sign-in). */
  public void forget(String kind, String name) {
    jdbi.useHandle(h -> h.createUpdate("DELETE FROM sign_in_failures WHERE kind = :kind AND name = :name")
        .bind("kind", kind).bind("name", key(name)).execute());
  }

  /** Deletes every row whose time has passed; returns how many. */
  public int purge(Instant now) {
    OffsetDateTime at = at(now);
    return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM used_tokens WHERE keep_until < :now")
        .bind("now", at).execute()
        + h.createUpdate("DELETE FROM case_links WHERE expires_at <= :now").bind("now", at).execute()
        + h.createUpdate("DELETE FROM sign_in_failures WHERE forget_at <= :now").bind("now", at).execute());
  }

  private static String key(String name) {
    return name.length() <= NAME_LIMIT ? name : "sha256:" + sha256(name);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
          StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
