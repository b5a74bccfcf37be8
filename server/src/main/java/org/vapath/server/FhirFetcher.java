package org.vapath.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.fhir.FhirJson;

/**
 * Fetches what the prefetch templates ask for from the EHR's FHIR server, with the access token
 * the EHR gave ({@code fhirAuthorization}), when the request carries no prefetch.
 */
final class FhirFetcher {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Map<String, String> templates;

  FhirFetcher(KnowledgePack pack) {
    this.templates = CdsServices.prefetch(pack);
  }

  List<Resource> fetch(String fhirServer, String accessToken, String patientId) {
    if (fhirServer == null) {
      throw new InputError("prefetch", null, "is absent and there is no fhirServer to fetch the patient's data from");
    }
    List<Resource> resources = new ArrayList<>();
    for (String template : templates.values()) {
      String query = template.replace("{{context.patientId}}", patientId);
      IBaseResource resource = get(fhirServer.replaceAll("/+$", "") + "/" + query, accessToken);
      if (resource instanceof Bundle bundle) {
        bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
            .forEach(e -> resources.add(e.getResource()));
      } else if (resource != null) {
        resources.add((Resource) resource);
      }
    }
    return resources;
  }

  private IBaseResource get(String url, String accessToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replace("|", "%7C"))).timeout(TIMEOUT)
        .header("Accept", "application/fhir+json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    try {
      HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return null;
      }
      if (response.statusCode() != 200) {
        throw new FhirServerError("the FHIR server answered " + response.statusCode() + " to a search");
      }
      return FhirJson.context().newJsonParser().parseResource(response.body());
    } catch (IOException e) {
      throw new FhirServerError("the FHIR server cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FhirServerError("interrupted while fetching from the FHIR server");
    }
  }

  /** Thrown when the EHR's FHIR server fails: a gateway problem (502), not bad input. */
  static final class FhirServerError extends org.vapath.core.VapathException {
    private static final long serialVersionUID = 1L;

    FhirServerError(String message) {
      super(message);
    }
  }
}
