package org.vapath.server.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nimbus's key selection for one issuer, with each JWK's Java key converted once rather than on every
 * token: the conversion (decoding the modulus or the curve point) was a fifth of a hook call's
 * authentication. Keys still come from the issuer's JWK source on every call, so a rotated JWKS is
 * seen as soon as the source fetches it; only public keys are returned, as the accepted algorithms
 * are all RSA or EC signatures.
 */
final class ConvertedKeys extends JWSVerificationKeySelector<SecurityContext> {
  /** A JWKS holds a handful of keys; rotation adds a few more over the server's life. */
  private static final int MOST_KEPT = 64;

  private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

  ConvertedKeys(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> source) {
    super(algorithms, source);
  }

  @Override
  public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
    JWKMatcher matcher = isAllowed(header.getAlgorithm()) ? createJWKMatcher(header) : null;
    if (matcher == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<JWK> matches = getJWKSource().get(new JWKSelector(matcher), context);
    List<Key> keys = new ArrayList<>();
    for (JWK jwk : matches) {
      List<Key> javaKeys = converted.get(jwk);
      if (javaKeys == null) {
        javaKeys = KeyConverter.toJavaKeys(List.of(jwk)).stream().filter(PublicKey.class::isInstance).toList();
        if (converted.size() >= MOST_KEPT) {
          converted.clear(); // keys dropped from a rotated JWKS are not kept forever
        }
        converted.put(jwk, javaKeys);
      }
      keys.addAll(javaKeys);
    }
    return keys;
  }
}
