package org.vapath.server.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;

/**
 * The cases behind the links on CDS Hooks cards. A card's link must not carry patient data in its
 * URL (it ends up in browser histories and proxy logs), so it carries a random token; the case
 * waits for a limited time, in this instance's memory or, when several instances share a PostgreSQL
 * registry, in the database. The page behind the link asks the clinician to sign in.
 */
public interface CaseLinks {
  /** Keeps a case and returns the token of its link. */
  String remember(Case kase);

  /** The case of a token, unless it is unknown or has expired. */
  Optional<Case> find(String token);

  /**
   * This process's own memory of the links: at most {@code capacity} links and {@code maxBytes} of
   * compressed cases, each for {@code lifetime}; {@code pack} reads the cases back.
   */
  static CaseLinks inMemory(Clock clock, Duration lifetime, int capacity, long maxBytes, KnowledgePack pack) {
    return new MemoryCaseLinks(clock, lifetime, capacity, maxBytes, pack);
  }

  /** A new link token: 144 random bits, URL-safe. */
  static String newToken() {
    return LinkTokens.next();
  }

  /** The path of a token's page. */
  static String path(String token) {
    return "/cds-assessments/" + token;
  }
}
