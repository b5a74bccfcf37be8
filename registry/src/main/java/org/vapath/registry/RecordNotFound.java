package org.vapath.registry;

/** Thrown when a case or procedure named does not exist. */
public final class RecordNotFound extends RegistryError {
  private static final long serialVersionUID = 1L;

  public RecordNotFound(String message) {
    super(message);
  }
}
