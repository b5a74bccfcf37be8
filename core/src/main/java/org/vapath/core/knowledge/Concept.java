package org.vapath.core.knowledge;

import java.util.Objects;

/**
 * A code of a terminology (ICD-10-CM, SNOMED CT, LOINC, RxNorm, CPT, DICOM) and what it means to
 * VAPath: {@code means} the kind of fact (fracture, infection, lab, medication...) and {@code value}
 * its detail (the etiology, the lab test, the drug). A {@code prefix} concept matches every code
 * that starts with it, as ICD-10-CM families do. A concept with {@code vertebralSiteRequired}
 * (a fracture or hemangioma of any bone) counts only where a body site names the spine. {@code
 * source} is the knowledge pack's source id for this code, or {@code null} for the terminology's.
 */
public record Concept(String system, String code, boolean prefix, String means, String value, String display,
    boolean confirm, boolean vertebralSiteRequired, String source) {

  public Concept {
    Objects.requireNonNull(system, "system == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(means, "means == null");
  }

  public Concept(String system, String code, boolean prefix, String means, String value, String display,
      boolean confirm) {
    this(system, code, prefix, means, value, display, confirm, false, null);
  }

  /** Whether {@code candidate}, in the terminology's form (dots removed where ignored), is this code's {@code key}. */
  boolean matchesKey(String candidate, String key) {
    return prefix ? candidate.startsWith(key) : candidate.equals(key);
  }
}
