package org.vapath.screen;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.model.RecordIssue;

/**
 * One patient's screening result: the decision with the codes a population team acts on (levels
 * to treat, contraindications, missing work-up, preparation, cautions, follow-up, and the status of
 * the payer's coverage check: {@code met}, {@code not_met}, {@code incomplete}, or {@code null} when
 * no coverage check applies) and the parts of the record that could
 * not be read ({@code recordIssues}, each as {@code resource[.element]: why}); or why the patient was not assessed
 * ({@code notAssessed}: deceased); or the error that kept the record from being assessed, naming
 * the resource and element.
 */
public record PatientResult(String patient, String decision, List<String> indicatedLevels,
    List<String> contraindications, List<String> missing, List<String> workup, List<String> preparation,
    List<String> cautions, List<String> followUp, String coverage, List<String> recordIssues, String notAssessed,
    String error) {

  public PatientResult {
    indicatedLevels = List.copyOf(indicatedLevels);
    contraindications = List.copyOf(contraindications);
    missing = List.copyOf(missing);
    workup = List.copyOf(workup);
    preparation = List.copyOf(preparation);
    cautions = List.copyOf(cautions);
    followUp = List.copyOf(followUp);
    recordIssues = List.copyOf(recordIssues);
  }

  /** The result of an assessment: the indicated levels and the codes of its findings, each once. */
  public static PatientResult of(String patient, Assessment a) {
    List<String> levels = new ArrayList<>();
    for (LevelAssessment level : a.levels()) {
      if (level.decision() == Decision.INDICATED) {
        levels.add(level.level() == null ? "?" : level.level());
      }
    }
    return new PatientResult(patient, a.decision().name(), levels, codes(a.contraindications()), codes(a.missing()),
        codes(a.workup()), codes(a.preparation()), codes(a.cautions()), codes(a.followUp()),
        a.coverage() == null ? null : a.coverage().statusName(), describe(a.recordIssues()), null, null);
  }

  private static List<String> describe(List<RecordIssue> issues) {
    return issues.stream().map(RecordIssue::describe).toList();
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).distinct().toList();
  }

  /** A patient not assessed, and why (e.g. {@code deceased: Patient.deceasedBoolean is true}). */
  public static PatientResult notAssessed(String patient, String why) {
    return new PatientResult(patient, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null, List.of(), why, null);
  }

  /** A record that could not be assessed: the error, with the parts of it already known to be unreadable. */
  public static PatientResult failed(String patient, String error, List<RecordIssue> unread) {
    return new PatientResult(patient, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null, describe(unread), null, error);
  }
}
