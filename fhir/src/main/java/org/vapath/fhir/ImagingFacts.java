package org.vapath.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.Modality;

/**
 * The imaging available: each ImagingStudy by its DICOM modality (CR and DX are radiographs, CT,
 * MR), and each DiagnosticReport whose code or category carries a DICOM modality.
 */
final class ImagingFacts {
  private ImagingFacts() {
  }

  static List<org.vapath.core.model.ImagingStudy> read(List<ImagingStudy> studies, List<DiagnosticReport> reports,
      Codes codes) {
    List<org.vapath.core.model.ImagingStudy> imaging = new ArrayList<>();
    for (ImagingStudy study : studies) {
      if (study.getStatus() == ImagingStudy.ImagingStudyStatus.ENTEREDINERROR
          || study.getStatus() == ImagingStudy.ImagingStudyStatus.CANCELLED) {
        continue;
      }
      List<Coding> modalities = new ArrayList<>(study.getModality());
      study.getSeries().forEach(series -> modalities.add(series.getModality()));
      add(codes.find(modalities, "imaging"), FhirDates.of(study.getStartedElement()), imaging);
    }
    for (DiagnosticReport report : reports) {
      if (report.getStatus() == DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR
          || report.getStatus() == DiagnosticReport.DiagnosticReportStatus.CANCELLED) {
        continue;
      }
      List<Coding> codings = new ArrayList<>(report.getCode().getCoding());
      report.getCategory().forEach(category -> codings.addAll(category.getCoding()));
      add(codes.find(codings, "imaging"), FhirDates.of(report.getEffective()), imaging);
    }
    return imaging;
  }

  private static void add(Concept modality, java.time.LocalDate date, List<org.vapath.core.model.ImagingStudy> out) {
    if (modality != null) {
      out.add(new org.vapath.core.model.ImagingStudy(Modality.valueOf(modality.value().toUpperCase(Locale.ROOT)),
          date));
    }
  }
}
