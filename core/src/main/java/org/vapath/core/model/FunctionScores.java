package org.vapath.core.model;

/**
 * Disability scores: the Roland-Morris Disability Questionnaire (0-24, the number of items checked)
 * and the Oswestry Disability Index (0-100); each {@code null} when not recorded.
 */
public record FunctionScores(Integer rmdq, Double odi) {
  public static final FunctionScores UNKNOWN = new FunctionScores(null, null);
}
