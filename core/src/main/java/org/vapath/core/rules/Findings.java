package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;

/** The findings of one assessment as the rules add them; confined to one call of the engine. */
public final class Findings {
  final List<Finding> indications = new ArrayList<>(2);
  final List<Finding> contraindications = new ArrayList<>(2);
  final List<Finding> missing = new ArrayList<>(2);
  final List<Finding> toVerify = new ArrayList<>(4);
  final List<Finding> workup = new ArrayList<>(4);
  final List<Finding> preparation = new ArrayList<>(4);
  final List<HoldItem> holdPlan = new ArrayList<>(2);
  final List<String> notRecognised = new ArrayList<>(2);

  public List<Finding> indications() {
    return indications;
  }

  public List<Finding> contraindications() {
    return contraindications;
  }

  public List<Finding> missing() {
    return missing;
  }

  public List<Finding> toVerify() {
    return toVerify;
  }

  public List<Finding> workup() {
    return workup;
  }

  public List<Finding> preparation() {
    return preparation;
  }

  public List<HoldItem> holdPlan() {
    return holdPlan;
  }

  public List<String> notRecognised() {
    return notRecognised;
  }

  /** Whether a contraindication concerns the whole patient rather than one fracture. */
  boolean hasPatientContraindication() {
    for (Finding finding : contraindications) {
      if (finding.fracture() == null) {
        return true;
      }
    }
    return false;
  }
}
