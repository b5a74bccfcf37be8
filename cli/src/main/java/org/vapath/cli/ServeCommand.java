package org.vapath.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--issuer-fhir", paramLabel = "ISS=URL", description = "A FHIR server of a trusted EHR (an https base"
      + " URL): the only kind of fhirServer VAPath calls with the EHR's access token. Repeatable.")
  private List<String> issuerFhir = new ArrayList<>();

  @Option(names = "--max-token-lifetime", paramLabel = "SECONDS", defaultValue = "300", description = "The longest"
      + " lifetime (exp - iat) of an EHR's JWT that is accepted (default 300).")
  private long maxTokenLifetime;

  @Option(names = "--fhir-max-bytes", paramLabel = "BYTES", defaultValue = "33554432", description = "The most"
      + " VAPath reads from the EHR's FHIR server for one hook request (default 32 MiB).")
  private long fhirMaxBytes;

  @Option(names = "--fhir-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "The longest VAPath"
      + " waits for the EHR's FHIR server for one hook request (default 30).")
  private long fhirTimeout;

  @Option(names = "--trust-proxy-headers", description = "Believe X-Forwarded-For/-Proto (the client's address and"
      + " https): only behind a reverse proxy that sets them, never when clients reach VAPath directly.")
  private boolean trustProxyHeaders;

  @Option(names = "--lock-after", paramLabel = "N", defaultValue = "5", description = "Failed sign-ins in a row that"
      + " lock an account for --lock-minutes (default 5).")
  private int lockAfter;

  @Option(names = "--lock-address-after", paramLabel = "N", defaultValue = "20", description = "Failed sign-ins"
      + " from one address within --lock-minutes that lock it out (default 20).")
  private int lockAddressAfter;

  @Option(names = "--lock-minutes", paramLabel = "M", defaultValue = "15", description = "How long an account or"
      + " address stays locked (default 15).")
  private long lockMinutes;

  @Option(names = "--metrics-open", description = "Let anyone read /metrics (a Prometheus scraper on the hospital's"
      + " network); by default only a signed-in administrator may. The metrics hold counts, never patient data.")
  private boolean metricsOpen;

  @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text", description = "The access log's"
      + " lines: text (to the log) or json (one JSON object a line on standard output, for log shippers).")
  private String logFormat;

  @Option(names = "--backup-folder", paramLabel = "DIR", description = "Where POST /api/admin/backup (an"
      + " administrator) writes backups of the embedded registry while serving (default: none, refused).")
  private java.nio.file.Path backupFolder;

  @Override
  public Integer call() throws InterruptedException {
    List<ServerConfig.TrustedIssuer> trusted = trustedIssuers();
    URI url = publicUrl != null ? publicUrl : URI.create("http://localhost:" + port);
    KnowledgePack pack = knowledge.pack();
    ServerConfig.Security security = security();
    ServerConfig.Operations operations = operations();
    positive("--max-request-bytes", maxRequestBytes);
    if (port < 0 || port > 65535) {
      throw new InputError("--port", Integer.toString(port), "must be from 0 to 65535");
    }
    var err = spec.commandLine().getErr();
    try (Registry registry = database.open(pack)) {
      // The first administrator exists before the port opens: nobody can reach an unguarded server.
      firstAdmin(registry, err);
      try (CdsServer server = start(new ServerConfig(port, url, trusted, insecure, maxRequestBytes, corsOrigins,
          pack, registry, security, Clock.system(ZoneId.systemDefault()), operations))) {
        String local = "http://localhost:" + server.port();
        err.println("VAPath for clinicians: " + local + "/   (registry data in " + database.describe() + ")");
        err.println("Registry API: " + local + "/api (described in /openapi.json)");
        err.println("CDS Hooks service: " + local + "/cds-services" + (insecure
            ? "  (INSECURE DEVELOPMENT MODE: no authentication)" : trusted.isEmpty()
            ? "  (no EHR trusted yet: every hook request is refused until --issuer names one)" : ""));
        err.flush();
        new CountDownLatch(1).await();
      }
    }
    return 0;
  }

  private static CdsServer start(ServerConfig config) {
    try {
      return CdsServer.start(config);
    } catch (io.javalin.util.JavalinBindException e) {
      throw new InputError("--port", Integer.toString(config.port()), "is in use by another program; choose another");
    }
  }

  private void firstAdmin(Registry registry, java.io.PrintWriter err) {
    if (database.url == null) {
      FirstAdmin.ensure(registry, database.data).ifPresent(file -> err.println("First start: sign in as '"
          + FirstAdmin.USERNAME + "' with the password in " + file.toAbsolutePath() + ", then make personal"
          + " accounts with vapath admin create."));
    } else if (!registry.accounts().hasAdmin()) {
      throw new InputError("--database-url", database.url, "names a registry with no administrator yet; create the"
          + " first with vapath admin create --database-url ... before serving");
    }
  }

  private List<ServerConfig.TrustedIssuer> trustedIssuers() {
    Map<String, List<URI>> fhir = new LinkedHashMap<>();
    for (String pair : issuerFhir) {
      String[] parts = split(pair, "--issuer-fhir", "ISS=URL, e.g. https://ehr.example=https://ehr.example/fhir");
      fhir.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(uri("--issuer-fhir", parts[1]));
    }
    List<ServerConfig.TrustedIssuer> trusted = new ArrayList<>();
    for (String issuer : issuers) {
      String[] parts = split(issuer, "--issuer", "ISS=JWKS, e.g. https://ehr.example=https://ehr.example/jwks");
      trusted.add(guarded("--issuer", issuer, () -> new ServerConfig.TrustedIssuer(parts[0], parts[1],
          fhir.getOrDefault(parts[0], List.of()))));
      fhir.remove(parts[0]);
    }
    if (!fhir.isEmpty()) {
      throw new InputError("--issuer-fhir", fhir.keySet().iterator().next(), "names an issuer no --issuer trusts");
    }
    return trusted;
  }

  private ServerConfig.Operations operations() {
    if (!logFormat.equals("text") && !logFormat.equals("json")) {
      throw new InputError("--log-format", logFormat, "must be text or json");
    }
    if (backupFolder != null && !java.nio.file.Files.isDirectory(backupFolder)) {
      throw new InputError("--backup-folder", backupFolder.toString(), "is not a folder");
    }
    return ServerConfig.Operations.DEFAULTS.withOpenMetrics(metricsOpen).withJsonLogs(logFormat.equals("json"))
        .withBackupFolder(backupFolder);
  }

  private ServerConfig.Security security() {
    positive("--max-token-lifetime", maxTokenLifetime);
    positive("--fhir-max-bytes", fhirMaxBytes);
    positive("--fhir-timeout", fhirTimeout);
    positive("--lock-after", lockAfter);
    positive("--lock-address-after", lockAddressAfter);
    positive("--lock-minutes", lockMinutes);
    return ServerConfig.Security.DEFAULTS.withTrustProxyHeaders(trustProxyHeaders)
        .withMaxTokenLifetime(Duration.ofSeconds(maxTokenLifetime))
        .withFhirLimits(fhirMaxBytes, Duration.ofSeconds(fhirTimeout))
        .withSignIn(new ServerConfig.SignInLimits(lockAfter, lockAddressAfter, Duration.ofMinutes(lockMinutes)));
  }

  private static void positive(String option, long value) {
    if (value <= 0) {
      throw new InputError(option, Long.toString(value), "must be a positive whole number");
    }
  }

  private static String[] split(String pair, String option, String shape) {
    int at = pair.indexOf('=');
    if (at <= 0 || at == pair.length() - 1) {
      throw new InputError(option, pair, "must be " + shape);
    }
    return new String[] {pair.substring(0, at), pair.substring(at + 1)};
  }

  private static URI uri(String option, String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new InputError(option, text, "is not a URL");
    }
  }

  /** A configuration value built, or refused as the option's: its checks throw IllegalArgumentException. */
  private static <T> T guarded(String option, String value, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InputError(option, value, e.getMessage());
    }
  }
}
