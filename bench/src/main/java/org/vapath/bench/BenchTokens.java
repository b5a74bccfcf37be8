package org.vapath.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The load generator's EHR: an RSA key whose public half the server trusts as the issuer
 * {@value #ISSUER}, and tokens signed with it the way CDS Hooks asks (RS384, {@code aud} the service
 * called, a fresh {@code jti} each, at most five minutes of life).
 */
final class BenchTokens {
  static final String ISSUER = "https://loadgen.vapath.test";
  /** The tokens are signed before the warm-up and live 300 s: the run must end well within that. */
  static final int LONGEST_RUN_SECONDS = 200;

  private BenchTokens() {
  }

  /** Writes {@code dir/key.json} (private, for the generator) and {@code dir/jwks.json} (public, for the server). */
  static void writeKeys(Path dir) throws IOException, JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("loadgen-1").generate();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("key.json"), key.toJSONString());
    Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
    System.out.println("wrote " + dir.resolve("key.json") + " and " + dir.resolve("jwks.json") + "; start the server"
        + " with --issuer " + ISSUER + "=" + dir.toAbsolutePath().resolve("jwks.json"));
  }

  /** {@code count} tokens for calls of {@code audience}, each with its own id, valid from now for 300 s. */
  static List<String> signed(Path keyFile, String audience, int count)
      throws IOException, ParseException, JOSEException {
    RSASSASigner signer = new RSASSASigner(RSAKey.parse(Files.readString(keyFile)));
    Instant now = Instant.now();
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS384).keyID("loadgen-1").build();
    List<String> tokens = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SignedJWT jwt = new SignedJWT(header, new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience)
          .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
          .jwtID(UUID.randomUUID().toString()).build());
      jwt.sign(signer);
      tokens.add(jwt.serialize());
    }
    return tokens;
  }
}
