package org.vapath.server;

import org.vapath.core.VapathException;

/** Thrown when a request's JWT is missing, invalid, from an unknown issuer, expired or replayed. */
final class Unauthorized extends VapathException {
  private static final long serialVersionUID = 1L;

  Unauthorized(String message) {
    super(message);
  }
}
