package org.vapath.core;

/**
 * Thrown when input is refused: it names the field by its path (e.g. {@code fractures[0].level}),
 * the offending value as written, and what is wrong with it.
 */
public final class InputError extends VapathException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String problem;

  public InputError(String field, String value, String problem) {
    super(field + ": " + problem + (value == null ? "" : " (got " + value + ")"));
    this.field = field;
    this.value = value;
    this.problem = problem;
  }

  /** The path of the field, e.g. {@code labs[1].unit}; {@code (document)} for the whole input. */
  public String field() {
    return field;
  }

  /** The offending value as written, or {@code null} when the problem is an absence. */
  public String value() {
    return value;
  }

  public String problem() {
    return problem;
  }
}
