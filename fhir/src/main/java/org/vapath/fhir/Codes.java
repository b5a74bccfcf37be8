package org.vapath.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/** Looks up FHIR codings in the knowledge pack's terminology. */
final class Codes {
  private final Terminology terminology;

  Codes(Terminology terminology) {
    this.terminology = terminology;
  }

  /** The first coding of {@code concept} that VAPath knows with the meaning asked for, or {@code null}. */
  Concept find(CodeableConcept concept, String means) {
    if (concept == null) {
      return null;
    }
    return find(concept.getCoding(), means);
  }

  Concept find(List<Coding> codings, String means) {
    for (Coding coding : codings) {
      Concept known = terminology.find(coding.getSystem(), coding.getCode());
      if (known != null && known.means().equals(means)) {
        return known;
      }
    }
    return null;
  }

  /** Any known concept of the codings, whatever it means. */
  Concept any(CodeableConcept concept) {
    if (concept == null) {
      return null;
    }
    for (Coding coding : concept.getCoding()) {
      Concept known = terminology.find(coding.getSystem(), coding.getCode());
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  /** The words a clinician wrote or the terminology displays: text first, then the first display. */
  static String text(CodeableConcept concept) {
    if (concept == null) {
      return null;
    }
    if (concept.hasText()) {
      return concept.getText();
    }
    for (Coding coding : concept.getCoding()) {
      if (coding.hasDisplay()) {
        return coding.getDisplay();
      }
    }
    return null;
  }
}
