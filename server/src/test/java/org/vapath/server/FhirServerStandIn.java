package org.vapath.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.fhir.FhirJson;

/**
 * A FHIR server stand-in on loopback: it holds one patient's record and answers reads and searches
 * the way a FHIR server does (a searchset Bundle of the record's resources of the type asked, those
 * of the {@code code} systems asked for an Observation search, with the Medications that
 * {@code _include} asks for unless told to leave them out; JSON), only to callers that present the
 * expected bearer token. It keeps every request it received, as sent.
 */
public final class FhirServerStandIn implements AutoCloseable {
  private final Javalin app;
  private final Bundle record;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> patientParameters = new CopyOnWriteArrayList<>();
  private final boolean honourInclude;
  private final boolean tls;

  public FhirServerStandIn(Bundle record, String token) {
    this(record, token, true);
  }

  public FhirServerStandIn(Bundle record, String token, boolean honourInclude) {
    this(record, token, honourInclude, false);
  }

  /** The stand-in over https (a certificate the test JVM trusts, {@link TestTls}), as a real FHIR server is. */
  public static FhirServerStandIn overTls(Bundle record, String token) {
    TestTls.trustTheTestCertificate();
    return new FhirServerStandIn(record, token, true, true);
  }

  private FhirServerStandIn(Bundle record, String token, boolean honourInclude, boolean tls) {
    this.record = record;
    this.honourInclude = honourInclude;
    this.tls = tls;
    app = tls ? TestTls.create(config -> { }) : Javalin.create(config -> config.showJavalinBanner = false);
    app.before(ctx -> requests.add(ctx.method() + " " + ctx.path() + (ctx.queryString() == null ? ""
        : "?" + ctx.queryString())));
    app.get("/fhir/{type}/{id}", ctx -> {
      if (authorized(ctx, token)) {
        read(ctx);
      }
    });
    app.get("/fhir/{type}", ctx -> {
      if (authorized(ctx, token)) {
        search(ctx);
      }
    });
    app.start(0);
  }

  public String baseUrl() {
    return tls ? "https://localhost:" + TestTls.httpsPort(app) + "/fhir" : "http://localhost:" + app.port() + "/fhir";
  }

  /** Every request received, as sent. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The searches received (type and query, as sent). */
  public List<String> searches() {
    return requests.stream().filter(r -> r.contains("?")).toList();
  }

  /** The reads received (type and id, as sent). */
  public List<String> reads() {
    return requests.stream().filter(r -> !r.contains("?")).toList();
  }

  /** The {@code patient} parameter of each search, decoded as the server reads it. */
  public List<String> patientParameters() {
    return List.copyOf(patientParameters);
  }

  private static boolean authorized(Context ctx, String token) {
    if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
      ctx.status(401);
      return false;
    }
    return true;
  }

  private void read(Context ctx) {
    Resource found = of(ctx.pathParam("type")).stream()
        .filter(r -> r.getIdElement().getIdPart().equals(ctx.pathParam("id"))).findFirst().orElse(null);
    if (found == null) {
      ctx.status(404);
      return;
    }
    ctx.contentType("application/fhir+json").result(FhirJson.context().newJsonParser().encodeResourceToString(found));
  }

  private void search(Context ctx) {
    patientParameters.addAll(ctx.queryParams("patient"));
    Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    List<String> systems = systems(ctx.queryParam("code"));
    for (Resource r : of(ctx.pathParam("type"))) {
      if (systems.isEmpty() || !(r instanceof Observation o) || o.getCode().getCoding().stream()
          .map(Coding::getSystem).anyMatch(systems::contains)) {
        searchset.addEntry().setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
      }
    }
    searchset.setTotal(searchset.getEntry().size());
    if (honourInclude && ctx.queryParam("_include") != null) {
      included(searchset).forEach(m -> searchset.addEntry().setResource(m).getSearch()
          .setMode(Bundle.SearchEntryMode.INCLUDE));
    }
    ctx.contentType("application/fhir+json").result(FhirJson.context().newJsonParser()
        .encodeResourceToString(searchset));
  }

  private List<Resource> included(Bundle searchset) {
    List<Resource> medications = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : searchset.getEntry()) {
      Object named = entry.getResource() instanceof MedicationRequest r ? r.getMedication()
          : entry.getResource() instanceof MedicationStatement s ? s.getMedication() : null;
      if (named instanceof Reference reference && reference.hasReference()) {
        of("Medication").stream().filter(m -> reference.getReference().equals("Medication/"
            + m.getIdElement().getIdPart())).forEach(medications::add);
      }
    }
    return medications;
  }

  private static List<String> systems(String code) {
    if (code == null) {
      return List.of();
    }
    return Arrays.stream(code.split(",")).map(token -> token.contains("|") ? token.substring(0, token.indexOf('|'))
        : "").distinct().toList();
  }

  private List<Resource> of(String type) {
    List<Resource> found = new ArrayList<>();
    record.getEntry().forEach(e -> {
      if (e.getResource().fhirType().equals(type)) {
        found.add(e.getResource());
      }
    });
    return found;
  }

  @Override
  public void close() {
    app.stop();
  }
}
