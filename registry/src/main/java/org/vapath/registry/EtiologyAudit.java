package org.vapath.registry;

/**
 * The service's results for one etiology against the knowledge pack's figures: the complication
 * rate (procedures with at least one complication) and the success rate (pain reduction at the
 * first follow-up, as the pack defines it), each with its Wilson 95% interval and a verdict.
 * Published figures are {@code null} where the sources give none.
 */
public record EtiologyAudit(
    String etiology,
    Proportion complications,
    Double publishedComplicationPercent,
    Verdict complicationVerdict,
    Proportion successes,
    Double publishedSuccessLowPercent,
    Double publishedSuccessHighPercent,
    Verdict successVerdict) {
}
