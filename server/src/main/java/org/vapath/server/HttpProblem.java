package org.vapath.server;

import org.vapath.core.VapathException;

/**
 * The root of the server's exceptions: each carries the HTTP status and the OperationOutcome issue
 * code it answers with, so that one handler renders them all. A bug (any other exception) is a 500,
 * never a 400: only input the server has checked is "bad input".
 */
public abstract class HttpProblem extends VapathException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final long retryAfterSeconds;

  protected HttpProblem(int status, String code, String message) {
    this(status, code, message, 0);
  }

  /** A problem that passes: the client is told to try again after {@code retryAfterSeconds}. */
  protected HttpProblem(int status, String code, String message, long retryAfterSeconds) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /** The seconds after which the request may succeed ({@code Retry-After}); 0: none said. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The OperationOutcome issue code of the answer ({@code login}, {@code not-found}, ...). */
  public String code() {
    return code;
  }
}
