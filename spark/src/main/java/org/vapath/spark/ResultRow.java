package org.vapath.spark;

import java.io.Serializable;
import java.util.List;

/** One patient's result as a Spark bean: the fields of {@code PatientResult}, with the work's figures. */
public class ResultRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String patient;
  private String decision;
  private List<String> indicatedLevels;
  private List<String> contraindications;
  private List<String> missing;
  private List<String> workup;
  private List<String> preparation;
  private List<String> cautions;
  private List<String> followUp;
  private String coverage;
  private List<String> recordIssues;
  private String notAssessed;
  private String error;
  private int resources;
  private double milliseconds;
  private List<String> malformed;

  public ResultRow() {
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public List<String> getIndicatedLevels() {
    return indicatedLevels;
  }

  public void setIndicatedLevels(List<String> indicatedLevels) {
    this.indicatedLevels = indicatedLevels;
  }

  public List<String> getContraindications() {
    return contraindications;
  }

  public void setContraindications(List<String> contraindications) {
    this.contraindications = contraindications;
  }

  public List<String> getMissing() {
    return missing;
  }

  public void setMissing(List<String> missing) {
    this.missing = missing;
  }

  public List<String> getWorkup() {
    return workup;
  }

  public void setWorkup(List<String> workup) {
    this.workup = workup;
  }

  public List<String> getPreparation() {
    return preparation;
  }

  public void setPreparation(List<String> preparation) {
    this.preparation = preparation;
  }

  public List<String> getCautions() {
    return cautions;
  }

  public void setCautions(List<String> cautions) {
    this.cautions = cautions;
  }

  public List<String> getFollowUp() {
    return followUp;
  }

  public void setFollowUp(List<String> followUp) {
    this.followUp = followUp;
  }

  /** The coverage check's status ({@code met}, {@code not_met}, {@code incomplete}), or null when none applies. */
  public String getCoverage() {
    return coverage;
  }

  public void setCoverage(String coverage) {
    this.coverage = coverage;
  }

  public List<String> getRecordIssues() {
    return recordIssues;
  }

  public void setRecordIssues(List<String> recordIssues) {
    this.recordIssues = recordIssues;
  }

  public String getNotAssessed() {
    return notAssessed;
  }

  public void setNotAssessed(String notAssessed) {
    this.notAssessed = notAssessed;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public int getResources() {
    return resources;
  }

  public void setResources(int resources) {
    this.resources = resources;
  }

  public double getMilliseconds() {
    return milliseconds;
  }

  public void setMilliseconds(double milliseconds) {
    this.milliseconds = milliseconds;
  }

  /** The lines of this patient that could not be read, each as "file-index TAB line TAB problem". */
  public List<String> getMalformed() {
    return malformed;
  }

  public void setMalformed(List<String> malformed) {
    this.malformed = malformed;
  }
}
