package org.vapath.server.cds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One prefetch template of the discovery document: its key, its FHIR query with the
 * {@code {{context.patientId}}} token, and whether VAPath can say anything without its data.
 * A required key that the request neither prefetched nor lets VAPath fetch is answered with 412,
 * as CDS Hooks 2.0 asks ("Prefetch Template"); an optional one is read as unknown.
 */
record PrefetchTemplate(String key, String query, boolean required) {
  static final String PATIENT_TOKEN = "{{context.patientId}}";

  PrefetchTemplate {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(query, "query == null");
    if (!query.contains(PATIENT_TOKEN)) {
      throw new IllegalArgumentException("a template without " + PATIENT_TOKEN + ": " + query);
    }
  }

  /** The resource type the query reads or searches: {@code Patient} for {@code Patient/{{...}}}. */
  String resourceType() {
    int end = query.indexOf('/');
    int search = query.indexOf('?');
    return query.substring(0, end < 0 || (search >= 0 && search < end) ? search : end);
  }

  /**
   * The relative FHIR URL for one patient. The id is percent-encoded, so that an id holding
   * {@code &}, {@code /} or a space stays one value of one parameter and cannot add another.
   */
  String url(String patientId) {
    String encoded = URLEncoder.encode(patientId, StandardCharsets.UTF_8).replace("+", "%20");
    return query.replace(PATIENT_TOKEN, encoded).replace("|", "%7C");
  }
}
