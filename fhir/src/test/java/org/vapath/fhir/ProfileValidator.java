package org.vapath.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.http.ManagedWebAccess;

/**
 * HAPI FHIR's validator for R4 with VAPath's published profile (docs/fhir: the extensions'
 * StructureDefinitions, the case-facts CodeSystem and the extensions' ValueSets), offline: no
 * terminology server, so LOINC, SNOMED CT, ICD-10-CM, RxNorm and DICOM codes are not checked.
 * Building it loads the whole R4 specification (seconds): build one per test class.
 */
public final class ProfileValidator {
  /** The files of docs/fhir, on the test class path under {@code vapath-profile/} (fhir/pom.xml). */
  public static final List<String> PROFILE_FILES = List.of(
      "CodeSystem-case-facts.json",
      "ValueSet-fracture-etiology.json",
      "ValueSet-dose-intensity.json",
      "ValueSet-route.json",
      "ValueSet-bilsky-grade.json",
      "StructureDefinition-fracture-etiology.json",
      "StructureDefinition-height-loss-percent.json",
      "StructureDefinition-edema.json",
      "StructureDefinition-retropulsion.json",
      "StructureDefinition-canal-compromise-by-tumor.json",
      "StructureDefinition-pain-generator.json",
      "StructureDefinition-last-dose.json",
      "StructureDefinition-dose-intensity.json",
      "StructureDefinition-route.json",
      "StructureDefinition-posterior-wall-involved.json",
      "StructureDefinition-epidural-extension.json",
      "StructureDefinition-kyphotic-deformity.json",
      "StructureDefinition-height-loss-progression.json",
      "StructureDefinition-bone-scan-uptake.json",
      "StructureDefinition-sins.json",
      "StructureDefinition-bilsky-grade.json");

  /**
   * The only messages short of an error that VAPath's FHIR may get, each with the reason it is
   * accepted. Errors are never accepted. A message outside this list fails the tests, so a new
   * warning is looked at rather than let through.
   */
  public static final List<Tolerated> TOLERATED = List.of(
      new Tolerated("external code systems cannot be checked offline: LOINC, ICD-10-CM, SNOMED CT and RxNorm are"
          + " licensed or too large to ship, and there is no terminology server in the tests",
          "CodeSystem is unknown and can't be validated: (http://loinc\\.org|http://hl7\\.org/fhir/sid/icd-10-cm"
          + "|http://snomed\\.info/sct|http://www\\.nlm\\.nih\\.gov/research/umls/rxnorm) for '.*'"),
      new Tolerated("ImagingStudy.modality's extensible value set is DICOM's CID 29, which is not in the R4"
          + " definitions and cannot be fetched offline",
          "ValueSet 'http://dicom\\.nema\\.org/medical/dicom/current/output/chtml/part16/sect_CID_29\\.html'"
          + " not found"),
      new Tolerated("a pain score and an INR have no unit: UCUM writes them as the annotations {score} and {INR},"
          + " which the validator advises against relying on when comparing units; VAPath reads the code as written",
          "UCUM Codes that contain human readable annotations like \\{(score|INR)\\} can be misleading .*"),
      new Tolerated("a narrative is a best practice, not a rule (dom-6); VAPath writes data for machines",
          "Constraint failed: dom-6: 'A resource should have narrative for robust management' .*"),
      new Tolerated("a performer is a best practice; the case does not say who made an observation, and VAPath"
          + " does not invent one",
          "Best Practice Recommendation: In general, all observations should have a performer"),
      new Tolerated("a general pain score whose day the case does not know is written without one rather than"
          + " with an invented date (the engine reads an undated score as saying nothing about the pain status)",
          "Best Practice Recommendation: In general, all observations should have an effective\\[x\\] \\(\\)"));

  /** A kind of warning or information that is accepted, and why. */
  public record Tolerated(String reason, Pattern message) {
    Tolerated(String reason, String regex) {
      this(reason, Pattern.compile(regex));
    }

    boolean covers(SingleValidationMessage m) {
      return !isError(m) && message.matcher(m.getMessage()).matches();
    }
  }

  private final ValidationSupportChain chain;
  private final FhirValidator validator;

  public ProfileValidator() {
    // Offline, always: CI reaches no FHIR package or terminology server, and a result must not depend on one.
    ManagedWebAccess.setAccessPolicy(ManagedWebAccess.WebAccessPolicy.PROHIBITED);
    FhirContext context = FhirJson.context();
    PrePopulatedValidationSupport profile = new PrePopulatedValidationSupport(context);
    for (IBaseResource resource : profileResources()) {
      if (resource instanceof StructureDefinition definition) {
        profile.addStructureDefinition(definition);
      } else if (resource instanceof CodeSystem codeSystem) {
        profile.addCodeSystem(codeSystem);
      } else {
        profile.addValueSet((ValueSet) resource);
      }
    }
    chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context), profile,
        new SnapshotGeneratingValidationSupport(context), new InMemoryTerminologyServerValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
    // Our extensions must be known: an unknown one is an error, not a silent pass.
    instanceValidator.setAnyExtensionsAllowed(false);
    validator = context.newValidator().setValidateAgainstStandardSchema(false)
        .setValidateAgainstStandardSchematron(false).registerValidatorModule(instanceValidator);
  }

  /** The resources of docs/fhir, parsed strictly. */
  public static List<IBaseResource> profileResources() {
    List<IBaseResource> resources = new ArrayList<>();
    for (String file : PROFILE_FILES) {
      resources.add(FhirJson.context().newJsonParser().parseResource(read(file)));
    }
    return resources;
  }

  /** The snapshot the validator makes of one of the profile's StructureDefinitions. */
  public StructureDefinition snapshotOf(StructureDefinition definition) {
    return (StructureDefinition) chain.generateSnapshot(new ValidationSupportContext(chain), definition.copy(),
        definition.getUrl(), null, definition.getName());
  }

  /** Every message the validator gives for the resource, with its severity and location. */
  public List<SingleValidationMessage> validate(IBaseResource resource) {
    return validator.validateWithResult(resource).getMessages();
  }

  /** Validates JSON as it was written (what a receiver gets), not an object model. */
  public List<SingleValidationMessage> validate(String json) {
    return validator.validateWithResult(json).getMessages();
  }

  /** The errors and fatal errors among the messages, described. */
  public static List<String> errors(List<SingleValidationMessage> messages) {
    return messages.stream().filter(ProfileValidator::isError).map(ProfileValidator::describe).toList();
  }

  /** The warnings and information among the messages that {@link #TOLERATED} does not explain, described. */
  public static List<String> unexplained(List<SingleValidationMessage> messages) {
    return messages.stream().filter(m -> !isError(m) && TOLERATED.stream().noneMatch(t -> t.covers(m)))
        .map(ProfileValidator::describe).toList();
  }

  public static boolean isError(SingleValidationMessage message) {
    return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
  }

  public static String describe(SingleValidationMessage message) {
    return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
  }

  private static String read(String file) {
    try (InputStream in = ProfileValidator.class.getResourceAsStream("/vapath-profile/" + file)) {
      if (in == null) {
        throw new IllegalStateException("docs/fhir/" + file + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
