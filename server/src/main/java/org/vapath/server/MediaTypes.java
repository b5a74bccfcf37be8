package org.vapath.server;

import io.javalin.http.Context;
import java.util.Locale;

/** The media types the routes read: each body is refused (415) before it is read unless sent as its route reads it. */
final class MediaTypes {
  private MediaTypes() {
  }

  /** The API reads JSON only. */
  static void requireJson(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    int parameters = type.indexOf(';');
    String media = (parameters < 0 ? type : type.substring(0, parameters)).trim();
    if (!media.equals("application/json")) {
      throw new UnsupportedMediaType(ctx.contentType(), "application/json");
    }
  }

  /** The pages' forms are sent as their browsers send them. */
  static void requireForm(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      throw new UnsupportedMediaType(ctx.contentType(), "application/x-www-form-urlencoded");
    }
  }

  /** Thrown when a request's body is not of the type its route reads: 415. */
  static final class UnsupportedMediaType extends HttpProblem {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaType(String type, String expected) {
      super(415, "not-supported", "the body must be sent with Content-Type: " + expected + " (got "
          + (type == null ? "none" : '"' + type.substring(0, Math.min(type.length(), 100)) + '"') + ")");
    }
  }
}
