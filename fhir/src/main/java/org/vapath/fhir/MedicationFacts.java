package org.vapath.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.InputError;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.DoseIntensity;

/**
 * Current medications (active or on-hold requests, active statements) by name: the generic name of a
 * known RxNorm code, else the text the prescriber wrote, for the engine to recognise; and allergies
 * by the substance's words. With no resource of a kind, the list is unknown ({@code null}); with
 * resources none of which is current, it is empty.
 */
final class MedicationFacts {
  private static final Map<String, DoseIntensity> INTENSITIES = Vocabulary.lowerCase(DoseIntensity.class);

  private MedicationFacts() {
  }

  static List<org.vapath.core.model.Medication> medications(List<MedicationRequest> requests,
      List<MedicationStatement> statements, List<Resource> all, Codes codes) {
    if (requests.isEmpty() && statements.isEmpty()) {
      return null;
    }
    List<org.vapath.core.model.Medication> current = new ArrayList<>();
    for (MedicationRequest request : requests) {
      MedicationRequest.MedicationRequestStatus status = request.getStatus();
      if (status == null || status == MedicationRequest.MedicationRequestStatus.ACTIVE
          || status == MedicationRequest.MedicationRequestStatus.ONHOLD) {
        add(concept(request.hasMedicationCodeableConcept() ? request.getMedicationCodeableConcept() : null,
            request.hasMedicationReference() ? request.getMedicationReference() : null, all), request, codes,
            current);
      }
    }
    for (MedicationStatement statement : statements) {
      MedicationStatement.MedicationStatementStatus status = statement.getStatus();
      if (status == null || status == MedicationStatement.MedicationStatementStatus.ACTIVE) {
        add(concept(statement.hasMedicationCodeableConcept() ? statement.getMedicationCodeableConcept() : null,
            statement.hasMedicationReference() ? statement.getMedicationReference() : null, all), statement, codes,
            current);
      }
    }
    return current;
  }

  static List<String> allergies(List<AllergyIntolerance> allergies) {
    if (allergies.isEmpty()) {
      return null;
    }
    List<String> substances = new ArrayList<>();
    for (AllergyIntolerance allergy : allergies) {
      String verification = allergy.hasVerificationStatus()
          ? allergy.getVerificationStatus().getCodingFirstRep().getCode() : null;
      String clinical = allergy.hasClinicalStatus() ? allergy.getClinicalStatus().getCodingFirstRep().getCode() : null;
      boolean counts = !"refuted".equals(verification) && !"entered-in-error".equals(verification)
          && !"inactive".equals(clinical) && !"resolved".equals(clinical);
      String text = Codes.text(allergy.getCode());
      if (counts && text != null && !text.isBlank()) {
        substances.add(text);
      }
    }
    return substances;
  }

  private static void add(CodeableConcept concept, DomainResource resource, Codes codes,
      List<org.vapath.core.model.Medication> out) {
    Concept known = codes.find(concept, "medication");
    String text = Codes.text(concept);
    // The generic name of a known code comes first, so that a brand or free text the engine does
    // not recognise cannot hide an anticoagulant.
    String name = known == null ? text : text == null ? known.value() : known.value() + " (" + text + ")";
    if (name != null && !name.isBlank()) {
      Extension lastDose = resource.getExtensionByUrl(VapathFhir.LAST_DOSE);
      Extension intensity = resource.getExtensionByUrl(VapathFhir.DOSE_INTENSITY);
      out.add(new org.vapath.core.model.Medication(name,
          lastDose != null && lastDose.getValue() instanceof DateType date ? FhirDates.of(date) : null,
          intensity == null ? null : intensity(intensity)));
    }
  }

  private static DoseIntensity intensity(Extension extension) {
    String code = extension.getValue() == null ? null : extension.getValue().primitiveValue();
    DoseIntensity intensity = code == null ? null : INTENSITIES.get(code);
    if (intensity == null) {
      throw new InputError("extension(" + VapathFhir.DOSE_INTENSITY + ")", code == null ? null : "\"" + code + "\"",
          "must be a valueCode: therapeutic or prophylactic");
    }
    return intensity;
  }

  /** The medication's code, written inline or in the referenced (contained or bundled) Medication. */
  private static CodeableConcept concept(CodeableConcept inline, Reference reference, List<Resource> all) {
    if (inline != null) {
      return inline;
    }
    if (reference == null) {
      return null;
    }
    if (reference.getResource() instanceof Medication medication) {
      return medication.getCode();
    }
    String id = reference.getReferenceElement().getIdPart();
    for (Resource resource : all) {
      if (resource instanceof Medication medication && medication.getIdElement().getIdPart().equals(id)) {
        return medication.getCode();
      }
    }
    return reference.hasDisplay() ? new CodeableConcept().setText(reference.getDisplay()) : null;
  }
}
