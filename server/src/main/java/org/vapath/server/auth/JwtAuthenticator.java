package org.vapath.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.server.ServerConfig;

/**
 * Authenticates the EHR as CDS Hooks requires: a JWT in the {@code Authorization: Bearer} header,
 * signed (ES384 or RS384, or their 256 and 512 siblings) by a key of a trusted issuer's JWKS, whose
 * {@code aud} is the service URL called, with {@code exp}, {@code iat} no further apart than the
 * configured maximum lifetime (5 minutes by default), and a non-empty {@code jti} not seen before.
 * Thread-safe.
 */
public final class JwtAuthenticator {
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384,
      JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.ES512, JWSAlgorithm.RS512);
  private static final Set<String> REQUIRED = Set.of("iss", "aud", "exp", "iat", "jti");

  /** How far the EHR's clock may be from ours (Nimbus's default, set here so that the replay cache can rely on it). */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final Map<String, ConvertedKeys> keys = new HashMap<>();
  private final Duration maxLifetime;
  private final Clock clock;
  private final ReplayGuard replays;

  /** An authenticator that remembers the tokens' ids in {@code replays} (the instances' shared ones, or its own). */
  public JwtAuthenticator(ServerConfig config, ReplayGuard replays) {
    for (ServerConfig.TrustedIssuer issuer : config.issuers()) {
      keys.put(issuer.issuer(), new ConvertedKeys(ALGORITHMS, source(issuer.jwks())));
    }
    this.maxLifetime = config.security().maxTokenLifetime();
    this.clock = config.clock();
    this.replays = replays;
  }

  /**
   * Checks the header's token for a call of {@code endpoint}; the audience may be it or the service
   * base. Returns the token's issuer, whose FHIR servers the request may use.
   */
  public String authenticate(String header, String endpoint, String base) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new Unauthorized("an Authorization: Bearer JWT signed by the EHR is required");
    }
    SignedJWT jwt = parse(header.substring(7).trim());
    String issuer = issuer(jwt);
    ConvertedKeys issuerKeys = keys.get(issuer);
    if (issuerKeys == null) {
      throw new Unauthorized("issuer " + issuer + " is not trusted");
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(issuerKeys);
    DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
        new HashSet<>(List.of(endpoint, base)), new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED, null) {
      @Override
      protected java.util.Date currentTime() {
        return java.util.Date.from(clock.instant());
      }
    };
    verifier.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    processor.setJWTClaimsSetVerifier(verifier);
    JWTClaimsSet claims;
    try {
      claims = processor.process(jwt, null);
    } catch (BadJOSEException | JOSEException e) {
      throw new Unauthorized("the JWT is not valid: " + e.getMessage());
    }
    Instant expires = checkTimes(claims);
    // Kept as long as the token could still pass the expiry check, which allows the clock skew.
    if (!replays.firstUse(issuer + " " + claims.getJWTID(), expires.plus(CLOCK_SKEW))) {
      throw new Unauthorized("the JWT has been used before (jti replay)");
    }
    return issuer;
  }

  /** Refuses a token issued in the future, living longer than allowed, or without an id; returns its expiry. */
  private Instant checkTimes(JWTClaimsSet claims) {
    Instant issued = claims.getIssueTime().toInstant();
    Instant expires = claims.getExpirationTime().toInstant();
    if (issued.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new Unauthorized("the JWT is issued in the future");
    }
    Duration lifetime = Duration.between(issued, expires);
    if (lifetime.compareTo(maxLifetime) > 0) {
      throw new Unauthorized("the JWT's lifetime (exp - iat) is " + lifetime.toSeconds() + " s; at most "
          + maxLifetime.toSeconds() + " s is accepted");
    }
    if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
      throw new Unauthorized("the JWT's jti is empty; each token needs an id of its own");
    }
    return expires;
  }

  private static SignedJWT parse(String token) {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException e) {
      throw new Unauthorized("the bearer token is not a signed JWT");
    }
  }

  private static String issuer(SignedJWT jwt) {
    try {
      String issuer = jwt.getJWTClaimsSet().getIssuer();
      if (issuer == null) {
        throw new Unauthorized("the JWT has no iss");
      }
      return issuer;
    } catch (ParseException e) {
      throw new Unauthorized("the JWT claims cannot be read");
    }
  }

  private static JWKSource<SecurityContext> source(String jwks) {
    try {
      if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
        return JWKSourceBuilder.create(URI.create(jwks).toURL()).build();
      }
      return new ImmutableJWKSet<>(JWKSet.load(new File(jwks)));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a JWKS URL: " + jwks, e);
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("cannot read the JWKS file " + jwks + ": " + e.getMessage(), e);
    }
  }
}
