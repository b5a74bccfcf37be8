package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Role;

/** The routes table against the API's description, and the kind of answer every path gets. */
class RoutesTest {
  private static final Routes ROUTES = Routes.of(KnowledgePackJson.embedded(), null, null, null);
  private static final Pattern ROLES = Pattern.compile("Roles: ([A-Z, ]+)\\.");

  private static JsonNode openApi() throws IOException {
    try (InputStream in = RoutesTest.class.getResourceAsStream("/org/vapath/server/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** One line per /api route: method, path, the roles that may call it, whether it reads a body. */
  private static List<String> tableApi() {
    return ROUTES.table().stream().filter(r -> r.root().equals("api")).map(r -> r.method().name().toLowerCase(
        Locale.ROOT) + " " + r.path() + " " + (r.access().who() == Route.Who.SIGNED_IN ? Arrays.toString(
        r.access().roleArray()) : "anyone") + (r.body() == Route.Body.JSON ? " reads JSON" : "")).toList();
  }

  @Test
  void theTableAndOpenApiNameTheSameApiRoutesWithTheSameRolesAndBodies() throws IOException {
    List<String> documented = new ArrayList<>();
    openApi().get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      if (op.getKey().matches("get|post|put|delete|patch")) {
        Matcher roles = ROLES.matcher(op.getValue().path("description").asText());
        documented.add(op.getKey() + " " + path.getKey() + " " + (roles.find() ? Arrays.toString(Arrays.stream(
            roles.group(1).split(", ")).map(Role::valueOf).sorted().toArray()) : "anyone")
            + (op.getValue().has("requestBody") ? " reads JSON" : ""));
      }
    }));

    assertThat(tableApi()).containsExactlyInAnyOrderElementsOf(documented);
  }

  @ParameterizedTest
  @CsvSource({
      "/cds-services/vapath-patient-view, JSON",
      "/cds-services,                      JSON",
      "/api/cases/3,                       JSON",
      "/api/nowhere,                       JSON",
      "/openapi.json,                      JSON",
      "/knowledge.md,                      JSON",
      "/knowledge,                         HTML",
      "/static/vapath.css,                 JSON",
      "/,                                  HTML",
      "/cases/3,                           HTML",
      "/cds-assessments/abc,               HTML",
      "/login,                             HTML",
      "/nowhere/at/all,                    HTML"})
  void aPathIsAnsweredAsTheRoutesUnderItsFirstSegment(String path, Route.Answer answer) {
    assertThat(ROUTES.answer(path)).isEqualTo(answer);
  }

  @Test
  void everyPageThatChangesSomethingReadsAFormAndEveryEhrRouteNeedsItsToken() {
    for (Route route : ROUTES.table()) {
      if (route.answer() == Route.Answer.HTML && route.method().name().equals("POST")) {
        assertThat(route.body()).as(route.toString()).isEqualTo(Route.Body.FORM);
      }
      if (route.root().equals("cds-services")) {
        assertThat(route.access()).as(route.toString()).isEqualTo(Route.Access.EHR_TOKEN);
      }
    }
  }
}
