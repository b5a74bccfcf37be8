package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;

/**
 * The imaging available: each ImagingStudy by its DICOM modality (CR and DX are radiographs, CT,
 * MR), and each DiagnosticReport whose code or category carries a DICOM modality.
 */
final class ImagingFacts {
  private static final Set<String> VOID = Set.of("entered-in-error", "cancelled");

  private ImagingFacts() {
  }

  static List<ImagingStudy> read(List<JsonNode> studies, List<JsonNode> reports, Codes codes) {
    List<ImagingStudy> imaging = new ArrayList<>();
    for (JsonNode study : studies) {
      if (isVoid(study)) {
        continue;
      }
      List<JsonNode> modalities = new ArrayList<>();
      study.path("modality").forEach(modalities::add);
      study.path("series").forEach(series -> {
        if (series.has("modality")) {
          modalities.add(series.get("modality"));
        }
      });
      String started = FhirNodes.text(study, "started");
      add(codes.findIn(modalities, "imaging"), FhirNodes.date(started, study, "started"), imaging);
    }
    for (JsonNode report : reports) {
      if (isVoid(report)) {
        continue;
      }
      List<JsonNode> codings = new ArrayList<>(FhirNodes.codings(report.get("code")));
      report.path("category").forEach(category -> codings.addAll(FhirNodes.codings(category)));
      add(codes.findIn(codings, "imaging"), FhirNodes.choiceDate(report, "effective"), imaging);
    }
    return imaging;
  }

  private static boolean isVoid(JsonNode resource) {
    String status = FhirNodes.text(resource, "status");
    return status != null && VOID.contains(status);
  }

  private static void add(Concept modality, LocalDate date, List<ImagingStudy> out) {
    if (modality != null) {
      out.add(new ImagingStudy(Modality.valueOf(modality.value().toUpperCase(Locale.ROOT)), date));
    }
  }
}
