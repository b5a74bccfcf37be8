package org.vapath.core.assessment;

/**
 * Expected benefit for the consent discussion: the share of patients with successful pain relief or
 * improved mobility for the worst etiology among the treatable levels, {@code null} where no figure
 * is published.
 */
public record ExpectedBenefit(PercentRange painReliefPercent, String etiology, String basis, String source) {
}
