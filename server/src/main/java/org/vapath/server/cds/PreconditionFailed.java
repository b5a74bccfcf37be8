package org.vapath.server.cds;

import org.vapath.server.HttpProblem;

/**
 * Thrown when VAPath cannot obtain the FHIR data it needs: the request neither prefetched them nor
 * named a FHIR server VAPath may read; CDS Hooks 2.0 asks for 412 Precondition Failed.
 */
final class PreconditionFailed extends HttpProblem {
  private static final long serialVersionUID = 1L;

  PreconditionFailed(String message) {
    super(412, "incomplete", message);
  }
}
