package org.vapath.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** A test EHR: its own EC P-384 and RSA keys, a JWKS file of the public halves, and signed tokens. */
final class Ehr {
  static final String ISSUER = "https://ehr.test";

  final ECKey ec;
  final RSAKey rsa;
  /** When the EHR issues its tokens: the server's "now", which a test may fix. */
  private final java.time.Clock clock;

  Ehr() {
    this(java.time.Clock.systemUTC());
  }

  Ehr(java.time.Clock clock) {
    this.clock = clock;
    try {
      ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
      rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  Path writeJwks(Path dir) throws IOException {
    return Files.writeString(dir.resolve("jwks.json"), new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK()))
        .toString());
  }

  /** A valid ES384 token for a call of {@code audience}, for 4 minutes. */
  String token(String audience) {
    return token(JWSAlgorithm.ES384, ISSUER, audience, clock.instant().plusSeconds(240), UUID.randomUUID().toString());
  }

  /** A token issued now. */
  String token(JWSAlgorithm algorithm, String issuer, String audience, Instant expires, String jti) {
    return token(algorithm, issuer, audience, clock.instant(), expires, jti);
  }

  String token(JWSAlgorithm algorithm, String issuer, String audience, Instant issued, Instant expires, String jti) {
    try {
      boolean ecdsa = JWSAlgorithm.Family.EC.contains(algorithm);
      JWSSigner signer = ecdsa ? new ECDSASigner(ec) : new RSASSASigner(rsa);
      JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
          .expirationTime(Date.from(expires)).issueTime(Date.from(issued));
      if (jti != null) {
        claims.jwtID(jti);
      }
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(ecdsa ? "ec-1" : "rsa-1").build(),
          claims.build());
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
