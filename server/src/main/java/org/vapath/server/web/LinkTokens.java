package org.vapath.server.web;

import java.security.SecureRandom;
import java.util.Base64;

/** The random tokens of the cards' links. */
final class LinkTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {
  }

  /** 144 random bits, URL-safe: not guessable, and short enough for a link. */
  static String next() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
