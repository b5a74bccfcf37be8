package org.vapath.server;

import io.javalin.http.Context;

/**
 * The headers every answer carries: no referrer (the cards' links carry a token in their path), no
 * content sniffing, and, when the public URL is https or a trusted proxy says the request came over
 * https, HSTS so that browsers keep to https; pages also load nothing from elsewhere, may be framed
 * by this site only, and are not stored.
 */
final class SecurityHeaders {
  /** A year, as browsers' preload lists ask. */
  static final String HSTS = "max-age=31536000";

  private final boolean https;

  SecurityHeaders(boolean https) {
    this.https = https;
  }

  /** The headers of every answer, and those of a page ({@code page}) when it is one. */
  void apply(Context ctx, boolean page) {
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Content-Type-Options", "nosniff");
    // The scheme is the proxy's only when its headers are trusted (ForwardedRequestCustomizer).
    if (https || "https".equals(ctx.scheme())) {
      ctx.header("Strict-Transport-Security", HSTS);
    }
    if (page) {
      ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'; form-action 'self'");
      ctx.header("Cache-Control", "no-store");
    }
  }
}
