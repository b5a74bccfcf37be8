package org.vapath.registry;

/**
 * The service's results for one etiology against the knowledge pack's figures: the complication
 * rate (procedures with at least one complication) and the success rate (pain reduction at the
 * first follow-up, as the pack defines it), each with its Wilson 95% interval and a verdict; and,
 * beside the pain, the share of patients reaching the minimal important change in function on the
 * RMDQ and on the ODI (among those with the score both at assessment and at that follow-up), with
 * its Wilson 95% interval and no verdict, since no published rate is encoded to compare it with.
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
    Verdict successVerdict,
    Proportion rmdqMinimalChange,
    Proportion odiMinimalChange) {
}
