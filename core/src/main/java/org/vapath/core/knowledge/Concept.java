package org.vapath.core.knowledge;

import java.util.Objects;

/**
 * A code of a terminology (ICD-10-CM, LOINC, RxNorm, CPT) and what it means to VAPath:
 * {@code means} the kind of fact (fracture, infection, lab, medication...) and {@code value} its
 * detail (the etiology, the lab test, the drug). A {@code prefix} concept matches every code
 * that starts with it, as ICD-10-CM families do.
 */
public record Concept(String system, String code, boolean prefix, String means, String value, String display,
    boolean confirm) {

  public Concept {
    Objects.requireNonNull(system, "system == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(means, "means == null");
  }

  public boolean matches(String systemUri, String candidate) {
    if (candidate == null || !system.equals(systemUri)) {
      return false;
    }
    return prefix ? candidate.startsWith(code) : candidate.equals(code);
  }
}
