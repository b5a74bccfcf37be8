package org.vapath.screen;

import java.util.List;

/**
 * One patient's screening result: the decision with the codes a population team acts on (levels
 * to treat, contraindications, missing work-up, preparation), or the error that kept the record
 * from being assessed, naming the resource and element.
 */
public record PatientResult(String patient, String decision, List<String> indicatedLevels,
    List<String> contraindications, List<String> missing, List<String> workup, List<String> preparation,
    String error) {

  public PatientResult {
    indicatedLevels = List.copyOf(indicatedLevels);
    contraindications = List.copyOf(contraindications);
    missing = List.copyOf(missing);
    workup = List.copyOf(workup);
    preparation = List.copyOf(preparation);
  }

  public static PatientResult failed(String patient, String error) {
    return new PatientResult(patient, null, List.of(), List.of(), List.of(), List.of(), List.of(), error);
  }
}
