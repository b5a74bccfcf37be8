package org.vapath.registry;

import org.vapath.core.VapathException;

/** Thrown when a registry operation names a case or procedure that does not exist, or an unknown code. */
public class RegistryError extends VapathException {
  private static final long serialVersionUID = 1L;

  public RegistryError(String message) {
    super(message);
  }
}
