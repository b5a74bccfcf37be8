package org.vapath.server.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vapath.core.Case;

/**
 * The cases behind the links on CDS Hooks cards. A card's link must not carry patient data in its
 * URL (it ends up in browser histories and proxy logs), so it carries a random token; the case
 * waits here, in memory only, for a limited time and number. The page behind the link asks the
 * clinician to sign in.
 */
public final class CaseLinks {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration lifetime;
  private final int capacity;
  private final Map<String, Entry> entries;

  private record Entry(Case kase, Instant expires) {
  }

  public CaseLinks(Clock clock, Duration lifetime, int capacity) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > CaseLinks.this.capacity;
      }
    };
  }

  /** Keeps a case and returns the token of its link. */
  public synchronized String remember(Case kase) {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    entries.put(token, new Entry(kase, clock.instant().plus(lifetime)));
    return token;
  }

  /** The case of a token, unless it is unknown or has expired. */
  public synchronized Optional<Case> find(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(token);
      return Optional.empty();
    }
    return Optional.of(entry.kase());
  }

  /** The path of a token's page. */
  public static String path(String token) {
    return "/cds-assessments/" + token;
  }
}
