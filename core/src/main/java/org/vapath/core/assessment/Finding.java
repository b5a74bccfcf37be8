package org.vapath.core.assessment;

import java.util.Objects;

/**
 * One explained result of a rule: what ({@code code}), where ({@code level}, {@code null} for the
 * whole patient; {@code fracture}, the index in the case's fracture list, when it concerns one
 * fracture), why ({@code basis}, naming the facts used) and on what authority ({@code source}, an
 * id of the knowledge pack). {@code confirm} marks facts taken from secondary summaries, and
 * {@code institutionalDefault} facts without a published figure that an institution should review.
 */
public record Finding(
    String code,
    String level,
    Integer fracture,
    String basis,
    String source,
    boolean confirm,
    boolean institutionalDefault) {

  public Finding {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(basis, "basis == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** A finding about the whole patient. */
  public static Finding patient(String code, String basis, String source) {
    return new Finding(code, null, null, basis, source, false, false);
  }

  /** A finding about one fracture, by its index in the case and its level (which may be unknown). */
  public static Finding fracture(String code, int fracture, String level, String basis, String source) {
    return new Finding(code, level, fracture, basis, source, false, false);
  }

  public Finding toConfirm(boolean value) {
    return new Finding(code, level, fracture, basis, source, value, institutionalDefault);
  }

  public Finding asInstitutionalDefault(boolean value) {
    return new Finding(code, level, fracture, basis, source, confirm, value);
  }
}
