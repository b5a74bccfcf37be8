package org.vapath.server;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;

/**
 * The server's configuration, built once at start-up: where it listens, the URL the EHR calls it by
 * (the JWT audience), the EHRs it trusts with their key sets, the request size limit, the browser
 * origins allowed, the knowledge pack, the registry ({@code null}: no registry API), and the clock
 * that says what "today" is for everything the server assesses (by default the hospital's own
 * calendar day: the system clock in the system's time zone).
 * {@code insecureDevelopmentMode} turns authentication
 * off: for a developer's machine only, never the default.
 */
public record ServerConfig(
    int port,
    URI publicUrl,
    List<TrustedIssuer> issuers,
    boolean insecureDevelopmentMode,
    long maxRequestBytes,
    List<String> corsOrigins,
    KnowledgePack pack,
    Registry registry,
    Clock clock) {

  public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;

  /** The same configuration without a registry. */
  public ServerConfig(int port, URI publicUrl, List<TrustedIssuer> issuers, boolean insecureDevelopmentMode,
      long maxRequestBytes, List<String> corsOrigins, KnowledgePack pack) {
    this(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack, null);
  }

  /** The same configuration on the system clock. */
  public ServerConfig(int port, URI publicUrl, List<TrustedIssuer> issuers, boolean insecureDevelopmentMode,
      long maxRequestBytes, List<String> corsOrigins, KnowledgePack pack, Registry registry) {
    this(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack, registry,
        Clock.system(ZoneId.systemDefault()));
  }

  /** A copy on another clock (a test's fixed day). */
  public ServerConfig withClock(Clock other) {
    return new ServerConfig(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack,
        registry, other);
  }

  public ServerConfig {
    Objects.requireNonNull(publicUrl, "publicUrl == null");
    Objects.requireNonNull(pack, "pack == null");
    Objects.requireNonNull(clock, "clock == null");
    issuers = List.copyOf(issuers);
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxRequestBytes <= 0) {
      throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
    }
  }

  /** An EHR allowed to call: its {@code iss} and where its public keys are (an https URL or a file). */
  public record TrustedIssuer(String issuer, String jwks) {
    public TrustedIssuer {
      Objects.requireNonNull(issuer, "issuer == null");
      Objects.requireNonNull(jwks, "jwks == null");
    }
  }
}
