package org.vapath.core.model;

/**
 * Secondary fracture prevention already documented: a bone density referral, and osteoporosis
 * treatment started or planned; each {@code null} when not recorded (never "not done").
 */
public record OsteoporosisCare(Boolean bmdReferral, Boolean treatment) {
  public static final OsteoporosisCare UNKNOWN = new OsteoporosisCare(null, null);
}
