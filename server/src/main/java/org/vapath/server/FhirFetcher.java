package org.vapath.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads from the EHR's FHIR server, with the access token the EHR gave ({@code fhirAuthorization}):
 * the prefetch templates the request did not answer, and the Medications that current medication
 * requests name by reference but that neither the prefetch nor the searches brought.
 */
final class FhirFetcher {
  /** At most this many Medication reads per request, so that one record cannot make hundreds of calls. */
  static final int MAX_MEDICATION_READS = 50;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> CURRENT_REQUEST = Set.of("active", "on-hold");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** The resources of each template, by key, for one patient. */
  Map<String, List<JsonNode>> fetch(String fhirServer, String accessToken, String patientId,
      List<PrefetchTemplate> templates) {
    Map<String, List<JsonNode>> fetched = new LinkedHashMap<>();
    for (PrefetchTemplate template : templates) {
      JsonNode answer = get(base(fhirServer) + "/" + template.url(patientId), accessToken);
      List<JsonNode> resources = answer == null ? List.of()
          : FhirResources.of(answer, "fhirServer (prefetch key " + template.key() + ")");
      if (resources == null) {
        throw new FhirServerError("the FHIR server answered the query of prefetch key " + template.key()
            + " with an error outcome");
      }
      fetched.put(template.key(), resources);
    }
    return fetched;
  }

  /**
   * The Medications that current requests and statements among {@code resources} name by reference
   * ({@code Medication/123}) and that are not among them, read from the FHIR server one by one, at
   * most {@link #MAX_MEDICATION_READS}. A Medication the server does not have is left out; the
   * mapper then reads the reference's display, if any.
   */
  List<JsonNode> referencedMedications(List<JsonNode> resources, String fhirServer, String accessToken) {
    Set<String> present = new LinkedHashSet<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode resource : resources) {
      if (type(resource).equals("Medication") && resource.path("id").isTextual()) {
        present.add(resource.get("id").asText());
      }
      String id = medicationId(resource, base(fhirServer));
      if (id != null) {
        wanted.add(id);
      }
    }
    wanted.removeAll(present);
    List<JsonNode> read = new ArrayList<>();
    for (String id : wanted.stream().limit(MAX_MEDICATION_READS).toList()) {
      JsonNode medication = get(base(fhirServer) + "/Medication/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
          .replace("+", "%20"), accessToken);
      if (medication != null && type(medication).equals("Medication")) {
        read.add(medication);
      }
    }
    return read;
  }

  private static String type(JsonNode resource) {
    return resource.path("resourceType").asText("");
  }

  /** The id of the Medication a current request or statement names on the FHIR server, else null. */
  private static String medicationId(JsonNode resource, String base) {
    String status = resource.path("status").isTextual() ? resource.get("status").asText() : null;
    boolean current = switch (type(resource)) {
      case "MedicationRequest" -> status == null || CURRENT_REQUEST.contains(status);
      case "MedicationStatement" -> status == null || status.equals("active");
      default -> false;
    };
    JsonNode reference = resource.path("medicationReference").path("reference");
    if (!current || !reference.isTextual()) {
      return null;
    }
    String target = reference.asText();
    if (target.startsWith(base + "/")) {
      target = target.substring(base.length() + 1);
    }
    // Contained (#id) and bundle-local (urn:uuid:) references are the mapper's to resolve.
    if (!target.startsWith("Medication/") || target.indexOf('/', "Medication/".length()) >= 0) {
      return null;
    }
    String id = target.substring("Medication/".length());
    return id.isBlank() ? null : id;
  }

  private static String base(String fhirServer) {
    return fhirServer.replaceAll("/+$", "");
  }

  private JsonNode get(String url, String accessToken) {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/fhir+json");
    } catch (IllegalArgumentException e) {
      throw new org.vapath.core.InputError("fhirServer", null, "does not make a valid URL: " + e.getMessage());
    }
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    try {
      HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 404) {
        return null;
      }
      if (status == 401 || status == 403) {
        throw new PreconditionFailed("the FHIR server refused VAPath's access (" + status + "): the patient's data"
            + " can be neither prefetched nor fetched");
      }
      if (status != 200) {
        throw new FhirServerError("the FHIR server answered " + status + " to a request");
      }
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new FhirServerError("the FHIR server answered with a body that is not JSON");
    } catch (IOException e) {
      throw new FhirServerError("the FHIR server cannot be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FhirServerError("interrupted while fetching from the FHIR server");
    }
  }

  /** Thrown when the EHR's FHIR server fails: a gateway problem (502), not bad input. */
  static final class FhirServerError extends HttpProblem {
    private static final long serialVersionUID = 1L;

    FhirServerError(String message) {
      super(502, "transient", message);
    }
  }
}
