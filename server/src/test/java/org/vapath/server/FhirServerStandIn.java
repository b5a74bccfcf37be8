package org.vapath.server;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.fhir.FhirJson;

/**
 * A FHIR server stand-in on loopback: it holds one patient's record and answers reads and searches
 * the way a FHIR server does (a searchset Bundle of the patient's resources of the type asked,
 * JSON), only to callers that present the expected bearer token.
 */
final class FhirServerStandIn implements AutoCloseable {
  private final Javalin app;
  private final AtomicInteger searches = new AtomicInteger();

  FhirServerStandIn(Bundle record, String token) {
    app = Javalin.create(config -> config.showJavalinBanner = false);
    app.get("/fhir/{type}/{id}", ctx -> {
      if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
        ctx.status(401);
        return;
      }
      Resource found = of(record, ctx.pathParam("type")).stream()
          .filter(r -> r.getIdElement().getIdPart().equals(ctx.pathParam("id"))).findFirst().orElse(null);
      if (found == null) {
        ctx.status(404);
        return;
      }
      ctx.contentType("application/fhir+json").result(FhirJson.context().newJsonParser().encodeResourceToString(found));
    });
    app.get("/fhir/{type}", ctx -> {
      if (!("Bearer " + token).equals(ctx.header("Authorization"))) {
        ctx.status(401);
        return;
      }
      searches.incrementAndGet();
      Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
      of(record, ctx.pathParam("type")).forEach(r -> searchset.addEntry().setResource(r));
      searchset.setTotal(searchset.getEntry().size());
      ctx.contentType("application/fhir+json").result(FhirJson.context().newJsonParser()
          .encodeResourceToString(searchset));
    });
    app.start(0);
  }

  String baseUrl() {
    return "http://localhost:" + app.port() + "/fhir";
  }

  int searches() {
    return searches.get();
  }

  private static List<Resource> of(Bundle record, String type) {
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
