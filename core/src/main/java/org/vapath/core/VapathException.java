package org.vapath.core;

/** The root of VAPath's exceptions. */
public class VapathException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VapathException(String message) {
    super(message);
  }

  public VapathException(String message, Throwable cause) {
    super(message, cause);
  }
}
