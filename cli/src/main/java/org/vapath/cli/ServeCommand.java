package org.vapath.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;
import org.vapath.server.CdsServer;
import org.vapath.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vapath serve}: the CDS Hooks service for the EHR, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the CDS Hooks service (GET /cds-services, POST /cds-services/{id}, feedback) and"
        + " serve until stopped.", "Every request must carry a JWT signed by a trusted EHR (--issuer)."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Mixin
  private DatabaseOptions database;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default 8080; 0: any free port).")
  private int port;

  @Option(names = "--public-url", paramLabel = "URL", description = "The URL the EHR calls this service by; JWTs"
      + " must name it as their audience (default: http://localhost:PORT).")
  private URI publicUrl;

  @Option(names = "--issuer", paramLabel = "ISS=JWKS", description = "A trusted EHR: its JWT issuer and its JWKS"
      + " (an https URL or a file). Repeat for several EHRs.")
  private List<String> issuers = new ArrayList<>();

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "A browser origin allowed to call"
      + " (repeatable; default: any origin, since calls carry a bearer token, not cookies).")
  private List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--max-request-bytes", defaultValue = "5242880", description = "Larger request bodies are refused"
      + " with 413 (default 5 MiB).")
  private long maxRequestBytes;

  @Option(names = "--insecure-dev-mode", description = "Accept requests WITHOUT authentication. For a developer's"
      + " machine with test data only; never with real patients.")
  private boolean insecure;

  @Override
  public Integer call() throws InterruptedException {
    List<ServerConfig.TrustedIssuer> trusted = new ArrayList<>();
    for (String issuer : issuers) {
      int at = issuer.indexOf('=');
      if (at <= 0 || at == issuer.length() - 1) {
        throw new InputError("--issuer", issuer, "must be ISS=JWKS, e.g. https://ehr.example=https://ehr.example/jwks");
      }
      trusted.add(new ServerConfig.TrustedIssuer(issuer.substring(0, at), issuer.substring(at + 1)));
    }
    if (!insecure && trusted.isEmpty()) {
      throw new InputError("--issuer", null, "is required: name each EHR allowed to call (ISS=JWKS), or choose"
          + " --insecure-dev-mode for test data on a developer's machine");
    }
    URI url = publicUrl != null ? publicUrl : URI.create("http://localhost:" + port);
    KnowledgePack pack = knowledge.pack();
    try (Registry registry = database.open(pack);
        CdsServer server = CdsServer.start(new ServerConfig(port, url, trusted, insecure, maxRequestBytes, corsOrigins,
            pack, registry))) {
      spec.commandLine().getErr().println("VAPath CDS Hooks service: http://localhost:" + server.port()
          + "/cds-services" + (insecure ? "  (INSECURE DEVELOPMENT MODE: no authentication)" : ""));
      spec.commandLine().getErr().println("Registry API: http://localhost:" + server.port() + "/api (see /openapi.json);"
          + " data in " + database.describe() + (registry.accounts().hasAdmin() ? ""
          : "; no account yet: create the first with vapath admin create"));
      spec.commandLine().getErr().flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }
}
