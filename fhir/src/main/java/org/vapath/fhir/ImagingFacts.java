package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;

/**
 * The imaging of the spine available: each ImagingStudy and DiagnosticReport whose title, code or
 * body site says spine (or a vertebral level), by its DICOM modality (CR and DX are radiographs, CT,
 * MR) or, without one, the modality its title names ("XR lumbar spine"). A study of another part
 * (a dental or chest radiograph) documents no vertebral fracture and is not counted.
 */
final class ImagingFacts {
  private static final Set<String> VOID = Set.of("entered-in-error", "cancelled");

  private ImagingFacts() {
  }

  static List<ImagingStudy> read(List<JsonNode> studies, List<JsonNode> reports, Codes codes, ReadIssues issues) {
    List<ImagingStudy> imaging = new ArrayList<>();
    for (JsonNode study : studies) {
      if (isVoid(study)) {
        continue;
      }
      List<JsonNode> modalities = new ArrayList<>();
      List<String> words = new ArrayList<>();
      study.path("modality").forEach(modalities::add);
      words.add(FhirNodes.text(study, "description"));
      study.path("procedureCode").forEach(code -> words.addAll(words(code)));
      study.path("series").forEach(series -> {
        if (series.has("modality")) {
          modalities.add(series.get("modality"));
        }
        words.add(FhirNodes.text(series, "description"));
        JsonNode site = series.get("bodySite");
        if (site != null) {
          words.add(FhirNodes.text(site, "display"));
        }
      });
      add(study, "started", codes.findIn(modalities, "imaging"), words, codes, imaging, issues);
    }
    for (JsonNode report : reports) {
      if (isVoid(report)) {
        continue;
      }
      List<JsonNode> codings = new ArrayList<>(FhirNodes.codings(report.get("code")));
      report.path("category").forEach(category -> codings.addAll(FhirNodes.codings(category)));
      add(report, null, codes.findIn(codings, "imaging"), words(report.get("code")), codes, imaging, issues);
    }
    return imaging;
  }

  private static void add(JsonNode resource, String dateElement, Concept coded, List<String> words, Codes codes,
      List<ImagingStudy> out, ReadIssues issues) {
    if (words.stream().noneMatch(codes.words()::saysSpine)) {
      return;
    }
    Modality modality = coded != null ? Modality.valueOf(coded.value().toUpperCase(Locale.ROOT)) : titled(words, codes);
    if (modality == null) {
      return;
    }
    LocalDate date = null;
    try {
      date = dateElement == null ? FhirNodes.choiceDate(resource, "effective")
          : FhirNodes.date(FhirNodes.text(resource, dateElement), resource, dateElement);
    } catch (InputError e) {
      issues.add(resource, e); // the study counts; only its date is unknown
    }
    out.add(new ImagingStudy(modality, date));
  }

  private static Modality titled(List<String> words, Codes codes) {
    for (String text : words) {
      Modality named = codes.words().modality(text);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  private static List<String> words(JsonNode concept) {
    List<String> words = new ArrayList<>();
    if (concept == null) {
      return words;
    }
    words.add(FhirNodes.text(concept, "text"));
    FhirNodes.codings(concept).forEach(coding -> words.add(FhirNodes.text(coding, "display")));
    return words;
  }

  private static boolean isVoid(JsonNode resource) {
    String status = FhirNodes.text(resource, "status");
    return status != null && VOID.contains(status);
  }
}
