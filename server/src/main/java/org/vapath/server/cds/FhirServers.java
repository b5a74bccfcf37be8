package org.vapath.server.cds;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vapath.server.ServerConfig;

/**
 * Which FHIR servers a hook request may have VAPath call with the EHR's access token: only an https
 * base URL configured for the issuer that signed the request, so that a request (or a stolen key)
 * cannot send the token to a server of its choosing, over plain http, or to this machine. In the
 * insecure development mode, with no issuer, any server is called: test data only.
 */
final class FhirServers {
  private final boolean anyServer;
  private final Map<String, List<String>> byIssuer = new HashMap<>();

  FhirServers(ServerConfig config) {
    this.anyServer = config.insecureDevelopmentMode();
    for (ServerConfig.TrustedIssuer issuer : config.issuers()) {
      byIssuer.put(issuer.issuer(), issuer.fhirServers().stream().map(u -> normal(u.toString())).toList());
    }
  }

  /** Why {@code fhirServer} may not be called for {@code issuer}, or {@code null} when it may. */
  String refusal(String fhirServer, String issuer) {
    if (anyServer) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(fhirServer);
    } catch (IllegalArgumentException e) {
      return "fhirServer is not a URL";
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return "fhirServer " + fhirServer + " is not an https URL, and VAPath sends the access token only over https";
    }
    List<String> allowed = byIssuer.getOrDefault(issuer, List.of());
    if (!allowed.contains(normal(fhirServer))) {
      return "fhirServer " + fhirServer + " is not a FHIR server configured for the issuer " + issuer
          + (allowed.isEmpty() ? " (none is)" : " (" + String.join(", ", allowed) + ")");
    }
    return null;
  }

  /** A base URL as compared: no trailing slash, scheme and host in lower case. */
  private static String normal(String url) {
    String trimmed = url.replaceAll("/+$", "");
    int path = trimmed.indexOf('/', trimmed.indexOf("://") + 3);
    return path < 0 ? trimmed.toLowerCase(Locale.ROOT)
        : trimmed.substring(0, path).toLowerCase(Locale.ROOT) + trimmed.substring(path);
  }
}
