package org.vapath.core.knowledge;

/**
 * Genant's semiquantitative grading by loss of vertebral height: grade 0 below
 * {@code grade1FromPercent}, grade 1 below {@code grade2FromPercent}, grade 2 up to
 * {@code grade3AbovePercent}, grade 3 above it.
 */
public record GenantBands(double grade1FromPercent, double grade2FromPercent, double grade3AbovePercent,
    String source) {

  public GenantBands {
    if (!(grade1FromPercent < grade2FromPercent && grade2FromPercent < grade3AbovePercent)) {
      throw new IllegalArgumentException("Genant bands out of order: " + grade1FromPercent + ", "
          + grade2FromPercent + ", " + grade3AbovePercent);
    }
  }

  public int grade(double heightLossPercent) {
    if (heightLossPercent < grade1FromPercent) {
      return 0;
    }
    if (heightLossPercent < grade2FromPercent) {
      return 1;
    }
    return heightLossPercent <= grade3AbovePercent ? 2 : 3;
  }
}
