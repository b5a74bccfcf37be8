package org.vapath.core;

/** Thrown when a knowledge pack or an institution's override file is refused; the message names the file. */
public final class KnowledgeError extends VapathException {
  private static final long serialVersionUID = 1L;

  public KnowledgeError(String message) {
    super(message);
  }

  public KnowledgeError(String message, Throwable cause) {
    super(message, cause);
  }
}
