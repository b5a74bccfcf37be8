package org.vapath.spark;

import java.io.Serializable;

/**
 * One export line after routing (a Spark bean): the patient it belongs to, or why it was set
 * aside (a shared Medication, an observation VAPath does not read, a line that cannot be read).
 */
public class RoutedLine implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What became of the line. */
  public static final String PATIENT = "patient";
  public static final String MEDICATION = "medication";
  public static final String NOT_RELEVANT = "not-relevant";
  public static final String MALFORMED = "malformed";
  /** A line that could not be read but names its patient: malformed, and a part of that patient's record. */
  public static final String UNREADABLE = "unreadable";

  private String kind;
  private String patient;
  private String medicationId;
  private int file;
  private long number;
  private String json;
  private String problem;

  public RoutedLine() {
  }

  RoutedLine(String kind, String patient, String medicationId, int file, long number, String json, String problem) {
    this.kind = kind;
    this.patient = patient;
    this.medicationId = medicationId;
    this.file = file;
    this.number = number;
    this.json = json;
    this.problem = problem;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPatient() {
    return patient;
  }

  public void setPatient(String patient) {
    this.patient = patient;
  }

  public String getMedicationId() {
    return medicationId;
  }

  public void setMedicationId(String medicationId) {
    this.medicationId = medicationId;
  }

  public int getFile() {
    return file;
  }

  public void setFile(int file) {
    this.file = file;
  }

  public long getNumber() {
    return number;
  }

  public void setNumber(long number) {
    this.number = number;
  }

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }
}
