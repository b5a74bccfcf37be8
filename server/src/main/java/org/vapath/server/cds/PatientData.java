package org.vapath.server.cds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.vapath.core.InputError;

/**
 * The patient's FHIR resources for one hook request, as CDS Hooks 2.0 ("Prefetch Template") has a
 * service gather them: each template the prefetch answered is taken as it is; each it did not
 * (absent, or an OperationOutcome) is fetched from {@code fhirServer}, that key's query only; with
 * no {@code fhirServer}, a missing required key is a 412 and a missing optional one stays unknown.
 * Medications named by reference and not brought are then read. All of it is one patient's: a
 * Patient other than {@code context.patientId} is refused.
 */
final class PatientData {
  private final List<PrefetchTemplate> templates;
  private final FhirFetcher fetcher;

  PatientData(List<PrefetchTemplate> templates, FhirFetcher fetcher) {
    this.templates = List.copyOf(templates);
    this.fetcher = fetcher;
  }

  /**
   * The request's resources; {@code refusedServer}, when not null, says why its {@code fhirServer}
   * may not be called: it is then not, and a missing required key is a 412 that says so.
   */
  List<JsonNode> of(HookRequest request, String refusedServer) {
    boolean fetching = request.fhirServer() != null && refusedServer == null;
    FhirFetcher.Budget budget = fetching ? fetcher.budget() : null;
    Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
    List<PrefetchTemplate> unanswered = new ArrayList<>();
    for (PrefetchTemplate template : templates) {
      List<JsonNode> answered = request.prefetched().get(template.key());
      if (answered == null) {
        unanswered.add(template);
      } else {
        onePatient(answered, "prefetch." + template.key(), request.patientId());
        byKey.put(template.key(), answered);
      }
    }
    if (!fetching) {
      requireNothingMissing(unanswered, refusedServer);
    } else if (!unanswered.isEmpty()) {
      fetcher.fetch(request.fhirServer(), request.accessToken(), request.patientId(), unanswered, budget)
          .forEach((key, fetched) -> {
            onePatient(fetched, "fhirServer (prefetch key " + key + ")", request.patientId());
            byKey.put(key, fetched);
          });
    }
    List<JsonNode> resources = new ArrayList<>();
    byKey.values().forEach(resources::addAll);
    if (fetching) {
      resources.addAll(fetcher.referencedMedications(resources, request.fhirServer(), request.accessToken(),
          budget));
    }
    return resources;
  }

  private static void requireNothingMissing(List<PrefetchTemplate> unanswered, String refusedServer) {
    List<String> required = unanswered.stream().filter(PrefetchTemplate::required).map(t -> "prefetch." + t.key())
        .toList();
    if (!required.isEmpty()) {
      String them = required.size() == 1 ? "it" : "them";
      throw new PreconditionFailed(String.join(", ", required) + (required.size() == 1 ? " is" : " are")
          + " missing (absent or an OperationOutcome) and " + (refusedServer == null
          ? "the request has no fhirServer to fetch " + them + " from" : refusedServer) + "; VAPath cannot assess"
          + " the patient without " + them);
    }
  }

  /** One request, one patient: a Patient resource of another id is the wrong record. */
  private static void onePatient(List<JsonNode> resources, String where, String patientId) {
    for (JsonNode resource : resources) {
      JsonNode id = resource.get("id");
      if ("Patient".equals(resource.path("resourceType").asText()) && id != null && id.isTextual()
          && !id.asText().equals(patientId)) {
        throw new InputError(where, '"' + id.asText() + '"', "holds a Patient whose id is"
            + " not context.patientId (\"" + patientId + "\"); a request is about one patient");
      }
    }
  }
}
