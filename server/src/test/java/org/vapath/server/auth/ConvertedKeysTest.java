package org.vapath.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConvertedKeysTest {
  private static final Set<JWSAlgorithm> SIGNATURES = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  @Test
  void theSameJwkGivesTheSameJavaKeyAndOnlyItsPublicHalf() throws Exception {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("r1").generate(); // private half included, as a careless JWKS might
    ConvertedKeys keys = new ConvertedKeys(SIGNATURES, fixed(rsa));
    List<Key> first = keys.selectJWSKeys(header(JWSAlgorithm.RS384, "r1"), null);
    List<Key> second = keys.selectJWSKeys(header(JWSAlgorithm.RS384, "r1"), null);
    assertThat(first).hasSize(1).allMatch(PublicKey.class::isInstance);
    assertThat(first.get(0)).isEqualTo(rsa.toPublicKey()).isSameAs(second.get(0));
  }

  @Test
  void aRotatedJwksIsSeenAtOnce() throws Exception {
    ECKey old = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
    ECKey rotated = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
    AtomicReference<JWK> current = new AtomicReference<>(old.toPublicJWK());
    ConvertedKeys keys = new ConvertedKeys(SIGNATURES, (selector, context) -> selector.select(
        new com.nimbusds.jose.jwk.JWKSet(current.get())));
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.ES384, "k"), null)).containsExactly(old.toPublicKey());
    current.set(rotated.toPublicJWK());
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.ES384, "k"), null)).containsExactly(rotated.toPublicKey());
  }

  @Test
  void noKeyForAnAlgorithmNotAcceptedOrAnotherKeyId() throws Exception {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("r1").generate();
    ConvertedKeys keys = new ConvertedKeys(SIGNATURES, fixed(rsa.toPublicJWK()));
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.HS256, "r1"), null)).isEmpty();
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.RS256, "r1"), null)).isEmpty();
    assertThat(keys.selectJWSKeys(header(JWSAlgorithm.RS384, "other"), null)).isEmpty();
  }

  private static JWKSource<SecurityContext> fixed(JWK jwk) {
    return (selector, context) -> selector.select(new com.nimbusds.jose.jwk.JWKSet(jwk));
  }

  private static JWSHeader header(JWSAlgorithm algorithm, String keyId) {
    return new JWSHeader.Builder(algorithm).keyID(keyId).build();
  }
}
