package org.vapath.server.cds;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the feedback the EHR sends on cards (accepted, overridden, with the override reason), per
 * service. It keeps counts only: no card content, no patient. The reasons are the EHR's codes, so
 * their number is bounded: past {@link #MAX_KEYS} kinds, or for a code longer than any reason code,
 * the feedback is counted under "other".
 */
final class FeedbackLog {
  static final int MAX_KEYS = 1_000;
  private static final int MAX_REASON = 100;
  private final Map<String, Integer> counts = new TreeMap<>();

  synchronized void record(String serviceId, String outcome, String overrideReason) {
    String reason = overrideReason == null ? "" : overrideReason.length() > MAX_REASON ? " other" : " "
        + overrideReason;
    String key = serviceId + " " + outcome + reason;
    if (!counts.containsKey(key) && counts.size() >= MAX_KEYS) {
      key = serviceId + " " + outcome + " other";
    }
    counts.merge(key, 1, Integer::sum);
  }

  synchronized Map<String, Integer> counts() {
    return new TreeMap<>(counts);
  }
}
