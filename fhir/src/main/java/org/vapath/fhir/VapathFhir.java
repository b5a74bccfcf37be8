package org.vapath.fhir;

/**
 * VAPath's own FHIR vocabulary for the facts that standard resources do not carry (see
 * docs/fhir-profile.md): an observation code system for case facts, and extensions on a fracture
 * Condition and on a medication. An EHR or a form that records them lets VAPath read them; when
 * they are absent, the facts stay unknown.
 */
public final class VapathFhir {
  /** Codes of case-fact observations, and of their coded values (the case format's vocabulary). */
  public static final String FACTS = "https://vapath.org/fhir/CodeSystem/case-facts";
  public static final String EXTENSION = "https://vapath.org/fhir/StructureDefinition/";

  public static final String PAIN_STATUS = "pain-status";
  public static final String THERAPY_RESPONSE = "medical-therapy-response";
  public static final String MYELOPATHY = "myelopathy";
  public static final String RADICULOPATHY = "radiculopathy";
  public static final String INFECTION_STATUS = "infection-status";
  public static final String COAGULOPATHY_STATUS = "coagulopathy-status";
  public static final String CREATININE_CLEARANCE = "creatinine-clearance";
  public static final String PREGNANT = "pregnant";
  public static final String HOSPITALIZED = "hospitalized";
  public static final String RMDQ = "rmdq";
  public static final String ODI = "odi";
  public static final String BMD_REFERRAL = "bmd-referral";
  public static final String OSTEOPOROSIS_TREATMENT = "osteoporosis-treatment";

  public static final String ETIOLOGY = EXTENSION + "fracture-etiology";
  public static final String HEIGHT_LOSS = EXTENSION + "height-loss-percent";
  public static final String EDEMA = EXTENSION + "edema";
  public static final String RETROPULSION = EXTENSION + "retropulsion";
  public static final String CANAL_COMPROMISE = EXTENSION + "canal-compromise-by-tumor";
  public static final String PAIN_GENERATOR = EXTENSION + "pain-generator";
  public static final String POSTERIOR_WALL = EXTENSION + "posterior-wall-involved";
  public static final String EPIDURAL_EXTENSION = EXTENSION + "epidural-extension";
  public static final String KYPHOTIC_DEFORMITY = EXTENSION + "kyphotic-deformity";
  public static final String HEIGHT_LOSS_PROGRESSION = EXTENSION + "height-loss-progression";
  public static final String BONE_SCAN_UPTAKE = EXTENSION + "bone-scan-uptake";
  /** A complex extension: sub-extensions {@code total} or the six components, each a valueInteger. */
  public static final String SINS = EXTENSION + "sins";
  public static final String BILSKY_GRADE = EXTENSION + "bilsky-grade";
  public static final String LAST_DOSE = EXTENSION + "last-dose";
  public static final String DOSE_INTENSITY = EXTENSION + "dose-intensity";
  public static final String ROUTE = EXTENSION + "route";

  private VapathFhir() {
  }
}
