package org.vapath.server;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the feedback the EHR sends on cards (accepted, overridden, with the override reason), per
 * service. It keeps counts only: no card content, no patient.
 */
final class FeedbackLog {
  private final Map<String, Integer> counts = new TreeMap<>();

  synchronized void record(String serviceId, String outcome, String overrideReason) {
    counts.merge(serviceId + " " + outcome + (overrideReason == null ? "" : " " + overrideReason), 1, Integer::sum);
  }

  synchronized Map<String, Integer> counts() {
    return new TreeMap<>(counts);
  }
}
