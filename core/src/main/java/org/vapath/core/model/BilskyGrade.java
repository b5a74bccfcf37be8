package org.vapath.core.model;

/** The Bilsky epidural spinal cord compression grade, written {@code 0}, {@code 1a} ... {@code 3} in a case. */
public enum BilskyGrade {
  GRADE_0("0"), GRADE_1A("1a"), GRADE_1B("1b"), GRADE_1C("1c"), GRADE_2("2"), GRADE_3("3");

  private final String wire;

  BilskyGrade(String wire) {
    this.wire = wire;
  }

  /** The grade as a case writes it: {@code 1a}. */
  public String wire() {
    return wire;
  }
}
