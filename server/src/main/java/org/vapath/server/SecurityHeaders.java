package org.vapath.server;

import io.javalin.http.Context;

/**
 * The headers every answer carries: no referrer (the cards' links carry a token in their path), no
 * content sniffing, and, when the public URL is https or a trusted proxy says the request came over
 * https, HSTS so that browsers keep to https.
 */
final class SecurityHeaders {
  /** A year, as browsers' preload lists ask. */
  static final String HSTS = "max-age=31536000";

  private final boolean https;

  SecurityHeaders(boolean https) {
    this.https = https;
  }

  void apply(Context ctx) {
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Content-Type-Options", "nosniff");
    // The scheme is the proxy's only when its headers are trusted (ForwardedRequestCustomizer).
    if (https || "https".equals(ctx.scheme())) {
      ctx.header("Strict-Transport-Security", HSTS);
    }
  }
}
