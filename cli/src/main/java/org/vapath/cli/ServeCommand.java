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

/** {@code vapath serve}: the web pages, the registry API and the CDS Hooks service, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the web pages for clinicians (/), the registry API (/api) and the CDS Hooks service"
        + " (/cds-services) and serve until stopped.", "Every CDS Hooks request must carry a JWT signed by a"
        + " trusted EHR (--issuer); with none trusted, hook requests are refused."})
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
    URI url = publicUrl != null ? publicUrl : URI.create("http://localhost:" + port);
    KnowledgePack pack = knowledge.pack();
    try (Registry registry = database.open(pack);
        CdsServer server = CdsServer.start(new ServerConfig(port, url, trusted, insecure, maxRequestBytes, corsOrigins,
            pack, registry))) {
      var err = spec.commandLine().getErr();
      String local = "http://localhost:" + server.port();
      err.println("VAPath for clinicians: " + local + "/   (registry data in " + database.describe() + ")");
      if (database.url == null) {
        FirstAdmin.ensure(registry, database.data).ifPresent(file -> err.println("First start: sign in as '"
            + FirstAdmin.USERNAME + "' with the password in " + file.toAbsolutePath() + ", then make personal"
            + " accounts with vapath admin create."));
      } else if (!registry.accounts().hasAdmin()) {
        err.println("No administrator yet: create the first with vapath admin create --database-url ...");
      }
      err.println("Registry API: " + local + "/api (described in /openapi.json)");
      err.println("CDS Hooks service: " + local + "/cds-services" + (insecure
          ? "  (INSECURE DEVELOPMENT MODE: no authentication)" : trusted.isEmpty()
          ? "  (no EHR trusted yet: every hook request is refused until --issuer names one)" : ""));
      spec.commandLine().getErr().flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }
}
