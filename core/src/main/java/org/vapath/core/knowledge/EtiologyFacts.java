package org.vapath.core.knowledge;

import org.vapath.core.assessment.PercentRange;

/**
 * What the sources say of one etiology: the indication code it supports ({@code null}: not an
 * indication), its rank when levels of several etiologies are treated (higher is worse), and the
 * published complication rate and pain-relief figures ({@code null}: no figure published).
 */
public record EtiologyFacts(String indication, int riskRank, Double complicationRatePercent,
    PercentRange painReliefPercent, String source) {

  public boolean isIndication() {
    return indication != null;
  }
}
