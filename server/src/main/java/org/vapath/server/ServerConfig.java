package org.vapath.server;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;

/**
 * The server's configuration, built once at start-up: where it listens, the URL the EHR calls it by
 * (the JWT audience), the EHRs it trusts with their key sets and FHIR servers, the request size limit,
 * the browser origins allowed, the knowledge pack, the registry ({@code null}: no registry API) and
 * the {@link Security} settings, and the clock that says what "today" is for everything the server
 * assesses or checks a date against (by default the hospital's own calendar day: the system clock in
 * the system's time zone), and how it is run and watched ({@link Operations}: metrics, access log,
 * online backups). {@code insecureDevelopmentMode} turns authentication off: for a
 * developer's machine only, never the default.
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
    Security security,
    Clock clock,
    Operations operations) {

  public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;

  /** The same configuration without a registry. */
  public ServerConfig(int port, URI publicUrl, List<TrustedIssuer> issuers, boolean insecureDevelopmentMode,
      long maxRequestBytes, List<String> corsOrigins, KnowledgePack pack) {
    this(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack, null);
  }

  /** The same configuration with the default security settings, on the system clock. */
  public ServerConfig(int port, URI publicUrl, List<TrustedIssuer> issuers, boolean insecureDevelopmentMode,
      long maxRequestBytes, List<String> corsOrigins, KnowledgePack pack, Registry registry) {
    this(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack, registry,
        Security.DEFAULTS, Clock.system(ZoneId.systemDefault()));
  }

  /** The same configuration with the default operations settings. */
  public ServerConfig(int port, URI publicUrl, List<TrustedIssuer> issuers, boolean insecureDevelopmentMode,
      long maxRequestBytes, List<String> corsOrigins, KnowledgePack pack, Registry registry, Security security,
      Clock clock) {
    this(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack, registry, security,
        clock, Operations.DEFAULTS);
  }

  public ServerConfig {
    Objects.requireNonNull(operations, "operations == null");
    Objects.requireNonNull(publicUrl, "publicUrl == null");
    Objects.requireNonNull(pack, "pack == null");
    Objects.requireNonNull(security, "security == null");
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

  /** The same configuration with other security settings. */
  public ServerConfig withSecurity(Security other) {
    return new ServerConfig(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack,
        registry, other, clock, operations);
  }

  /** The same configuration with other operations settings. */
  public ServerConfig withOperations(Operations other) {
    return new ServerConfig(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack,
        registry, security, clock, other);
  }

  /** A copy on another clock (a test's fixed day). */
  public ServerConfig withClock(Clock other) {
    return new ServerConfig(port, publicUrl, issuers, insecureDevelopmentMode, maxRequestBytes, corsOrigins, pack,
        registry, security, other, operations);
  }

  /** Whether the public URL is https: then cookies are Secure and browsers are told to keep to https (HSTS). */
  public boolean https() {
    return "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  /**
   * How the server is run and watched: whether {@code /metrics} is open to anyone (for a scraper on the
   * hospital's network; otherwise administrators only), whether the access log's lines are JSON, where
   * they go ({@code null}: the {@code vapath.access} logger for text, standard output for JSON), and the
   * folder an administrator's online backups are written to ({@code null}: none over HTTP).
   */
  public record Operations(boolean openMetrics, boolean jsonLogs, java.util.function.Consumer<String> accessLog,
      java.nio.file.Path backupFolder) {
    public static final Operations DEFAULTS = new Operations(false, false, null, null);

    public Operations withOpenMetrics(boolean open) {
      return new Operations(open, jsonLogs, accessLog, backupFolder);
    }

    public Operations withJsonLogs(boolean json) {
      return new Operations(openMetrics, json, accessLog, backupFolder);
    }

    /** The same settings with the access log's lines sent to {@code sink} (a test's list). */
    public Operations withAccessLog(java.util.function.Consumer<String> sink) {
      return new Operations(openMetrics, jsonLogs, sink, backupFolder);
    }

    /** The same settings with online backups written into {@code folder}. */
    public Operations withBackupFolder(java.nio.file.Path folder) {
      return new Operations(openMetrics, jsonLogs, accessLog, folder);
    }
  }

  /**
   * An EHR allowed to call: its {@code iss}, where its public keys are (an https URL or a file), and
   * the base URLs of its FHIR servers, the only ones a request's {@code fhirServer} may name (https).
   */
  public record TrustedIssuer(String issuer, String jwks, List<URI> fhirServers) {
    public TrustedIssuer {
      Objects.requireNonNull(issuer, "issuer == null");
      Objects.requireNonNull(jwks, "jwks == null");
      if (jwks.regionMatches(true, 0, "http://", 0, 7)) {
        throw new IllegalArgumentException("the JWKS of " + issuer + " must be an https URL or a file, not " + jwks
            + ": keys fetched over plain http could be anyone's");
      }
      fhirServers = List.copyOf(fhirServers);
      for (URI server : fhirServers) {
        if (!"https".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) {
          throw new IllegalArgumentException("the FHIR server of " + issuer + " must be an https URL, not " + server
              + ": VAPath sends it the EHR's access token");
        }
      }
    }

    /** An EHR whose requests may not name a FHIR server: their prefetch must carry the data. */
    public TrustedIssuer(String issuer, String jwks) {
      this(issuer, jwks, List.of());
    }
  }

  /**
   * What is enforced beyond authentication, with defaults for a hospital: whether the proxy's
   * {@code X-Forwarded-*} headers are believed (only behind a proxy that sets them), the longest
   * token lifetime ({@code exp - iat}) accepted, the most bytes and time one hook request may spend
   * reading the EHR's FHIR server, and the sign-in throttle.
   */
  public record Security(boolean trustProxyHeaders, Duration maxTokenLifetime, long fhirMaxBytes,
      Duration fhirTimeout, SignInLimits signIn) {

    public static final Security DEFAULTS = new Security(false, Duration.ofMinutes(5), 32L * 1024 * 1024,
        Duration.ofSeconds(30), SignInLimits.DEFAULTS);

    public Security {
      Objects.requireNonNull(signIn, "signIn == null");
      if (maxTokenLifetime.isNegative() || maxTokenLifetime.isZero()) {
        throw new IllegalArgumentException("the maximum token lifetime must be positive: " + maxTokenLifetime);
      }
      if (fhirMaxBytes <= 0) {
        throw new IllegalArgumentException("fhirMaxBytes must be positive: " + fhirMaxBytes);
      }
      if (fhirTimeout.isNegative() || fhirTimeout.isZero()) {
        throw new IllegalArgumentException("the FHIR server timeout must be positive: " + fhirTimeout);
      }
    }

    public Security withTrustProxyHeaders(boolean trust) {
      return new Security(trust, maxTokenLifetime, fhirMaxBytes, fhirTimeout, signIn);
    }

    public Security withMaxTokenLifetime(Duration lifetime) {
      return new Security(trustProxyHeaders, lifetime, fhirMaxBytes, fhirTimeout, signIn);
    }

    public Security withFhirLimits(long maxBytes, Duration timeout) {
      return new Security(trustProxyHeaders, maxTokenLifetime, maxBytes, timeout, signIn);
    }

    public Security withSignIn(SignInLimits limits) {
      return new Security(trustProxyHeaders, maxTokenLifetime, fhirMaxBytes, fhirTimeout, limits);
    }
  }

  /**
   * The sign-in throttle: after {@code accountFailures} failed sign-ins in a row an account is
   * locked for {@code lockout}; after {@code addressFailures} failures within {@code lockout} a
   * client address is refused for {@code lockout}.
   */
  public record SignInLimits(int accountFailures, int addressFailures, Duration lockout) {
    public static final SignInLimits DEFAULTS = new SignInLimits(5, 20, Duration.ofMinutes(15));

    public SignInLimits {
      if (accountFailures < 1 || addressFailures < 1) {
        throw new IllegalArgumentException("sign-in failure limits must be at least 1: " + accountFailures + ", "
            + addressFailures);
      }
      if (lockout.isNegative() || lockout.isZero()) {
        throw new IllegalArgumentException("the sign-in lockout must be positive: " + lockout);
      }
    }
  }
}
