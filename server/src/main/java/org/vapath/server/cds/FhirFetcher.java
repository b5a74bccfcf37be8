package org.vapath.server.cds;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vapath.server.HttpProblem;
import org.vapath.server.ServerConfig;

/**
 * Reads from the EHR's FHIR server, with the access token the EHR gave ({@code fhirAuthorization}):
 * the prefetch templates the request did not answer, and the Medications that current medication
 * requests name by reference but that neither the prefetch nor the searches brought. What one hook
 * request reads is bounded in bytes and in time ({@link Budget}): a server that answers too much or
 * too slowly is cut off and reported (502), never waited for or held whole. Redirects are not
 * followed: the access token goes to the server named, nowhere else.
 */
final class FhirFetcher {
  /** At most this many Medication reads per request, so that one record cannot make hundreds of calls. */
  static final int MAX_MEDICATION_READS = 50;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> CURRENT_REQUEST = Set.of("active", "on-hold");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final long maxBytes;
  private final Duration timeout;

  /** A fetcher with the default limits ({@link ServerConfig.Security#DEFAULTS}). */
  FhirFetcher() {
    this(ServerConfig.Security.DEFAULTS.fhirMaxBytes(), ServerConfig.Security.DEFAULTS.fhirTimeout());
  }

  /** A fetcher whose hook requests may read {@code maxBytes} in {@code timeout} in all. */
  FhirFetcher(long maxBytes, Duration timeout) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** What one hook request may still read: bytes and time, shared by all its reads. */
  final class Budget {
    private final long deadline = System.nanoTime() + timeout.toNanos();
    private long bytesLeft = maxBytes;

    Duration timeLeft() {
      return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
  }

  /** A new budget, for one hook request. */
  Budget budget() {
    return new Budget();
  }

  /** The resources of each template, by key, for one patient. */
  Map<String, List<JsonNode>> fetch(String fhirServer, String accessToken, String patientId,
      List<PrefetchTemplate> templates) {
    return fetch(fhirServer, accessToken, patientId, templates, budget());
  }

  Map<String, List<JsonNode>> fetch(String fhirServer, String accessToken, String patientId,
      List<PrefetchTemplate> templates, Budget budget) {
    Map<String, List<JsonNode>> fetched = new LinkedHashMap<>();
    for (PrefetchTemplate template : templates) {
      JsonNode answer = get(base(fhirServer) + "/" + template.url(patientId), accessToken, budget);
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
    return referencedMedications(resources, fhirServer, accessToken, budget());
  }

  List<JsonNode> referencedMedications(List<JsonNode> resources, String fhirServer, String accessToken,
      Budget budget) {
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
          .replace("+", "%20"), accessToken, budget);
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

  private JsonNode get(String url, String accessToken, Budget budget) {
    Duration left = budget.timeLeft();
    if (left.isZero()) {
      throw timedOut();
    }
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(left).header("Accept", "application/fhir+json");
    } catch (IllegalArgumentException e) {
      throw new org.vapath.core.InputError("fhirServer", null, "does not make a valid URL: " + e.getMessage());
    }
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    FhirAnswer answer = new FhirAnswer(budget.bytesLeft);
    HttpResponse<byte[]> response = send(request.GET().build(), answer, left);
    budget.bytesLeft -= answer.size();
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
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new FhirServerError("the FHIR server answered with a body that is not JSON");
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request, FhirAnswer answer, Duration left) {
    CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, info -> answer);
    try {
      return sent.get(left.toMillis() + 1, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.abort();
      sent.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      answer.abort();
      Thread.currentThread().interrupt();
      throw new FhirServerError("interrupted while fetching from the FHIR server");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FhirAnswer.TooLarge) {
        throw new FhirServerError("the FHIR server's answers to this request passed " + maxBytes + " bytes, the"
            + " most VAPath reads for one request");
      }
      if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
        throw timedOut();
      }
      throw new FhirServerError("the FHIR server cannot be reached: " + e.getCause().getClass().getSimpleName());
    }
  }

  private FhirServerError timedOut() {
    return new FhirServerError("the FHIR server did not answer within " + timeout.toSeconds() + " s, the most"
        + " VAPath waits for one request's data");
  }

  /** Thrown when the EHR's FHIR server fails: a gateway problem (502), not bad input. */
  static final class FhirServerError extends HttpProblem {
    private static final long serialVersionUID = 1L;

    FhirServerError(String message) {
      super(502, "transient", message);
    }
  }
}
