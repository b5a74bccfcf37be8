package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.assessment.Finding;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.CdsServer;
import org.vapath.server.ServerConfig;

/** The case form over HTTP with the fields of case format version 2, and the hints of plausible values. */
class CaseFormPageTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;
  private static WebVisitor clinician;

  @BeforeAll
  static void start() {
    registry = Registry.embedded(folder.resolve("db"), PACK);
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(), false, 1_000_000,
        List.of(), PACK, registry));
    try {
      clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }

  @Test
  void eachNumberShowsItsPlausibleRangeAndAnImplausibleValueIsRefusedNamingTheField() throws Exception {
    String form = clinician.get("/assess").body();
    assertThat(form).contains("aria-describedby=\"f-pain-nrs-hint\"")
        .containsPattern("id=\"f-pain-nrs-hint\" class=\"range\">0\u201310; payers ask \u2265 5")
        .contains("id=\"f-patient-weightKg-hint\" class=\"range\">0.5\u2013500 kg")
        .contains("id=\"f-fractures-sins-total-hint\" class=\"range\">0\u201318 points")
        .contains("Platelet count 0\u20132000");

    HttpResponse<String> refused = clinician.post("/assess", clinician.withToken(Map.of("patient.weightKg", "900",
        "labs[0].test", "platelets", "labs[0].value", "5000", "fractures[0].sins.location", "4")));

    assertThat(refused.statusCode()).isEqualTo(400);
    String banner = refused.body().substring(refused.body().indexOf("id=\"form-error\""));
    assertThat(banner).contains("3 answers need checking").contains(">Weight (kg)</a>: must be between 0.5 and 500")
        .contains(">Lab 1, value</a>: is not a plausible platelet count")
        .contains(">Fracture 1, location</a>: is not a number of points");
    assertThat(refused.body()).contains("id=\"f-patient-weightKg-hint\"");
  }

  @Test
  void aStoredVersionTwoCaseShowsItsAcuityCautionsAndCoverageAsStored() throws Exception {
    Vignettes.Vignette v = Vignettes.in("pathway-vignettes").stream()
        .filter(x -> x.name().startsWith("V22")).findFirst().orElseThrow();
    Assessment engine = Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, LocalDate::now).read(v.caseJson()));
    long id = registry.saveCase(new CaseReader(PACK, LocalDate::now).read(v.caseJson()), engine, "dr.a");

    String page = clinician.get("/cases/" + id).body();

    assertThat(codesIn(page, "cautions")).containsExactlyElementsOf(engine.cautions().stream().map(Finding::code)
        .toList()).isNotEmpty();
    assertThat(codesIn(page, "follow-up")).containsExactlyElementsOf(engine.followUp().stream().map(Finding::code)
        .toList());
    if (engine.coverage() != null) {
      assertThat(codesIn(page, "coverage")).containsAll(engine.coverage().criteria().stream().map(c -> c.code())
          .toList());
    }
    engine.levels().forEach(l -> assertThat(page).contains("<td>" + ResultView.acuity(l.acuity().name(), l.edema(),
        l.boneScanUptake()) + "</td>"));
  }

  static Stream<Vignettes.Vignette> versionTwoVignettes() {
    return Stream.concat(Vignettes.in("vignettes-v2").stream(), Vignettes.in("pathway-vignettes").stream());
  }

  /**
   * A version 2 case typed into the form field by field gives the page the engine's decision and
   * codes for the case's JSON (what {@code vapath assess} prints), and the vignette's expected decision.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("versionTwoVignettes")
  void aVersionTwoCaseEnteredThroughTheFormIsDecidedAsItsJson(Vignettes.Vignette v) throws Exception {
    JsonNode json = new ObjectMapper().readTree(v.caseJson());
    Map<String, String> form = new LinkedHashMap<>();
    typeIn("", json, form);
    clinician.get("/assess");

    HttpResponse<String> result = clinician.post("/assess", clinician.withToken(form));

    assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
    CaseReader reader = new CaseReader(PACK, LocalDate::now);
    Case kase = reader.read(v.caseJson());
    Assessment engine = Engine.withEmbeddedKnowledge().assess(kase);
    String page = result.body();
    Matcher stored = Pattern.compile("name=\"case\" value=\"([^\"]+)\"").matcher(page);
    assertThat(stored.find()).isTrue();
    assertThat(reader.read(stored.group(1).replace("&quot;", "\"").replace("&#10;", "\n").replace("&#39;", "'")
        .replace("&amp;", "&"))).as("the case the page would save").isEqualTo(kase);
    assertThat(page).contains("id=\"decision\">" + engine.decision().name() + "<")
        .contains("id=\"decision\">" + v.expected().get("decision").asText() + "<");
    Map<String, List<Finding>> lists = Map.of("contraindications", engine.contraindications(), "missing",
        engine.missing(), "to-verify", engine.toVerify(), "cautions", engine.cautions(), "indications",
        engine.indications(), "follow-up", engine.followUp(), "preparation", engine.preparation(), "workup",
        engine.workup());
    lists.forEach((id, findings) -> assertThat(codesIn(page, id)).as(id)
        .containsExactlyElementsOf(findings.stream().map(Finding::code).toList()));
    if (engine.coverage() == null) {
      assertThat(page).doesNotContain("id=\"coverage\"");
    } else {
      assertThat(page).contains("<code class=\"code\">" + engine.coverage().statusName() + "</code>");
      assertThat(codesIn(page, "coverage")).as("coverage").containsAll(engine.coverage().criteria().stream()
          .map(c -> c.code()).toList());
    }
    int table = page.indexOf("id=\"levels\"");
    String levels = page.substring(table, page.indexOf("</table>", table));
    engine.levels().forEach(l -> assertThat(levels).as("acuity").contains("<td>"
        + ResultView.acuity(l.acuity().name(), l.edema(), l.boneScanUptake()) + "</td>"));
  }

  /** Types a case's JSON into the form's fields: dotted paths, rows by index, a list's status said. */
  private static void typeIn(String path, JsonNode node, Map<String, String> form) {
    if (node.isObject()) {
      node.properties().forEach(e -> typeIn(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(),
          form));
    } else if (node.isArray()) {
      if (Set.of("fractures", "medications", "allergies").contains(path)) {
        form.put(path + ".recorded", node.isEmpty() ? "none" : "listed");
      }
      if (!node.isEmpty() && node.get(0).isValueNode()) {
        List<String> lines = new ArrayList<>();
        node.forEach(item -> lines.add(item.asText()));
        form.put(path, String.join("\n", lines));
      } else {
        for (int i = 0; i < node.size(); i++) {
          typeIn(path + "[" + i + "]", node.get(i), form);
        }
      }
    } else if (!node.isNull()) {
      form.put(path, node.asText());
    }
  }

  /** The codes a section of the result page lists, in order. */
  private static List<String> codesIn(String page, String sectionId) {
    int start = page.indexOf("id=\"" + sectionId + "\"");
    assertThat(start).as("section " + sectionId).isPositive();
    String section = page.substring(start, page.indexOf("</section>", start));
    Matcher code = Pattern.compile("<code class=\"code\">([A-Z0-9_]+)</code>").matcher(section);
    List<String> codes = new ArrayList<>();
    while (code.find()) {
      codes.add(code.group(1));
    }
    return codes;
  }
}
