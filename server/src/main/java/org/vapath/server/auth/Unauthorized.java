package org.vapath.server.auth;

import org.vapath.server.HttpProblem;


/** Thrown when a request's JWT is missing, invalid, from an unknown issuer, expired or replayed. */
final class Unauthorized extends HttpProblem {
  private static final long serialVersionUID = 1L;

  Unauthorized(String message) {
    super(401, "login", message);
  }
}
