package org.vapath.server.web;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.CdsServer;
import org.vapath.server.ServerConfig;

/** The pages over real HTTP, without a browser: sign-in, roles, CSRF, redirects, errors kept as HTML. */
class WebAppTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;
  private static long caseId;

  @BeforeAll
  static void start() {
    registry = Registry.embedded(folder.resolve("db"), PACK);
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    registry.accounts().create("auditor", "auditor password".toCharArray(), Role.AUDITOR, "test");
    var kase = new CaseReader(PACK, java.time.LocalDate::now).read(Vignettes.read(
        "/vignettes/P01-osteoporotic-classic.case.json"));
    caseId = registry.saveCase(kase, Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
    server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(), false, 1_000_000,
        List.of(), PACK, registry));
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }


  @Test
  void aVisitorIsSentToSignInAndBackOnlyToThisSite() throws Exception {
    WebVisitor visitor = new WebVisitor(server.port());
    HttpResponse<String> home = visitor.get("/cases/" + caseId);
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location")).hasValue("/login?next=%2Fcases%2F" + caseId);

    visitor.get("/login");
    HttpResponse<String> wrong = visitor.post("/login", Map.of("_csrf", visitor.csrf, "username", "dr.a",
        "password", "wrong password!"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Unknown user or wrong password").contains("value=\"dr.a\"");

    HttpResponse<String> elsewhere = visitor.post("/login", Map.of("_csrf", visitor.csrf, "username", "dr.a",
        "password", "clinician password", "next", "//evil.example/phish"));
    assertThat(elsewhere.headers().firstValue("Location")).hasValue("/");
  }

  @Test
  void aFormWithoutTheSessionsTokenIsRefused() throws Exception {
    WebVisitor stranger = new WebVisitor(server.port());
    assertThat(stranger.post("/login", Map.of("username", "dr.a", "password", "clinician password")).statusCode())
        .isEqualTo(403);
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    HttpResponse<String> forged = clinician.post("/assess", Map.of("caseId", "X", "_csrf", "forged"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
  }

  @Test
  void anAuditorSeesTheAuditAndCasesButCannotAssessOrRecord() throws Exception {
    WebVisitor auditor = new WebVisitor(server.port()).signIn("auditor", "auditor password");
    assertThat(auditor.get("/audit").statusCode()).isEqualTo(200);
    HttpResponse<String> page = auditor.get("/cases/" + caseId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("Record a procedure").doesNotContain("href=\"/assess\"");
    assertThat(auditor.get("/assess").statusCode()).isEqualTo(403);
    assertThat(auditor.post("/cases/" + caseId + "/procedures", auditor.withToken(Map.of())).statusCode())
        .isEqualTo(403);
    assertThat(registry.procedures(caseId)).isEmpty();
  }

  @Test
  void aRefusedProcedureComesBackNamingTheFieldWithItsValuesKept() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/cases/" + caseId);
    HttpResponse<String> refused = clinician.post("/cases/" + caseId + "/procedures", clinician.withToken(Map.of(
        "performedOn", "2026-11-25", "technique", "KYPHOPLASTY", "approach", "UNIPEDICULAR", "guidance", "CT",
        "operator", "dr.a", "levels[0].level", "L1", "levels[0].cementMl", "sixty")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("levels.L1").contains("sixty")
        .contains("<option value=\"KYPHOPLASTY\" selected>").contains("value=\"2026-11-25\"");
    assertThat(registry.procedures(caseId)).isEmpty();
  }

  @Test
  void aFollowUpTakesRmdqBesideOdiAndARefusalNamesTheScaleInWords() throws Exception {
    var kase = new CaseReader(PACK, java.time.LocalDate::now).read(Vignettes.read(
        "/vignettes/P01-osteoporotic-classic.case.json").replaceFirst("\\{", "{\"function\":{\"rmdq\":12,\"odi\":40},"));
    long stored = registry.saveCase(kase, Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
    long procedure = registry.recordProcedure(stored, new org.vapath.registry.ProcedureRecord(
        java.time.LocalDate.now().minusDays(40), org.vapath.registry.ProcedureRecord.Technique.VERTEBROPLASTY,
        org.vapath.registry.ProcedureRecord.Approach.BIPEDICULAR, org.vapath.registry.ProcedureRecord.Guidance.CT,
        "dr.a", null, Map.of(org.vapath.core.model.VertebralLevel.L1, 4.0)), "dr.a");
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/cases/" + stored);
    String seen = java.time.LocalDate.now().minusDays(10).toString();

    HttpResponse<String> refused = clinician.post("/procedures/" + procedure + "/follow-ups", clinician.withToken(
        Map.of("seenOn", seen, "painNrs", "3", "rmdq", "30", "odi", "22")));
    HttpResponse<String> recorded = clinician.post("/procedures/" + procedure + "/follow-ups", clinician.withToken(
        Map.of("seenOn", seen, "painNrs", "3", "rmdq", "7", "odi", "22")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Roland-Morris Disability Questionnaire (RMDQ): ").contains("(got 30)")
        .contains("name=\"rmdq\" inputmode=\"numeric\" value=\"30\"");
    assertThat(recorded.statusCode()).isEqualTo(303);
    assertThat(clinician.get("/cases/" + stored).body()).contains("pain NRS 3, RMDQ 7, ODI 22");
    // RMDQ 12 to 7 and ODI 40 to 22 both reach the minimal important change: 1/1, Wilson 20.7% to 100%
    assertThat(clinician.get("/audit").body()).contains("Function: minimal important change")
        .contains("RMDQ (0-24) down 5 points or more; ODI (0-100) down 10 points or more")
        .contains("<a href=\"/knowledge#source-MIC-LBP\">MIC-LBP</a>")
        .contains("<td>1 / 1</td><td>100.0%</td><td>20.7% to 100.0%</td>\n    <td>1 / 1</td><td>100.0%</td>");
  }

  @Test
  void whatACaseSaysIsEscapedAndPagesForbidInlineScripts() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");
    HttpResponse<String> result = clinician.post("/assess", clinician.withToken(Map.of(
        "caseId", "<script>alert(1)</script>")));
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(result.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    assertThat(result.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
  }

  @Test
  void aPastedReportFillsTheFractureRowsAndSaysWhatItReadForTheClinicianToConfirm() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");
    HttpResponse<String> read = clinician.post("/assess/report", clinician.withToken(Map.of("caseId", "R-1",
        "report", "MRI LUMBAR SPINE\n\nFINDINGS:\nAcute osteoporotic compression fracture of L1 with 30% loss of"
            + " height and marrow edema. Possible retropulsion at L1.")));

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("id=\"read-from-report\"").contains("L1 edema: true")
        .contains("L1 retropulsion: uncertain \u2014 hedged, left blank")
        .contains("value=\"30\"").contains("value=\"R-1\"").contains("Possible retropulsion at L1.</textarea>");
    assertThat(read.body()).containsPattern("<option value=\"L1\" selected>");

    HttpResponse<String> empty = clinician.post("/assess/report", clinician.withToken(Map.of("report", " ")));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("the report is empty");
  }

  @Test
  void aRefusedFormSaysEveryErrorAtOnceInWordsAndComesBackWithTheRowsSent() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("labs[0].test", "platelets");
    form.put("labs[0].value", "210");
    form.put("labs[1].test", "inr");
    form.put("labs[1].value", "abc");
    form.put("labs[2].test", "");
    form.put("labs[2].value", "");
    form.put("patient.ageYears", "250");

    HttpResponse<String> refused = clinician.post("/assess", clinician.withToken(form));

    assertThat(refused.statusCode()).isEqualTo(400);
    String banner = refused.body().substring(refused.body().indexOf("id=\"form-error\""));
    assertThat(banner).contains("2 answers need checking").contains(">Lab 2, value</a>: must be a number")
        .contains("abc").contains(">Age (years)</a>:").contains("250").contains("href=\"#f-labs-1-value\"");
    assertThat(refused.body()).contains("value=\"abc\"").contains("value=\"250\"")
        .contains("id=\"f-labs-2-value\"").doesNotContain("id=\"f-labs-3-value\"");
    assertThat(refused.body().split("class=\"field-error\"", -1)).hasSize(3);
  }

  @Test
  void aStoredCaseShowsTheAssessmentAsStoredAndSaysWhenTodaysPackDecidesDifferently() throws Exception {
    var reader = new CaseReader(PACK, java.time.LocalDate::now);
    var p01 = reader.read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    var other = reader.read(Vignettes.read("/vignettes/P18-warfarin-high-inr.case.json"));
    var storedAssessment = Engine.withEmbeddedKnowledge().assess(other);
    // as if an earlier pack had decided otherwise: the record keeps what was decided then
    long id = registry.saveCase(p01, storedAssessment, "dr.a");
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");

    String page = clinician.get("/cases/" + id).body();

    assertThat(page).contains("id=\"today\"").contains("knowledge pack decides differently")
        .contains("id=\"decision\">" + storedAssessment.decision().name() + "<");
    String stored = page.substring(page.indexOf("class=\"banner"));
    assertThat(stored).contains(storedAssessment.decisionBasis().substring(0, 20).replace("'", "&#39;"));

    String same = clinician.get("/cases/" + caseId).body();
    assertThat(same).doesNotContain("id=\"today\"");
  }

  @Test
  void savingSaysSavedAndPutsTheNextStepFirstAndThePagesFitAPhoneAndPaper() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");
    HttpResponse<String> result = clinician.post("/assess", clinician.withToken(Map.of("caseId", "S-1",
        "pain.nrs", "7")));
    Matcher json = Pattern.compile("name=\"case\" value=\"([^\"]+)\"").matcher(result.body());
    assertThat(json.find()).isTrue();
    String caseJson = json.group(1).replace("&quot;", "\"").replace("&#10;", "\n").replace("&amp;", "&");

    HttpResponse<String> saved = clinician.post("/cases", clinician.withToken(Map.of("case", caseJson)));

    assertThat(saved.statusCode()).isEqualTo(303);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("saved=1");
    String page = clinician.get(location.replaceAll("#.*", "")).body();
    assertThat(page).contains("id=\"saved\"").contains("Saved to the registry");
    assertThat(page.indexOf("id=\"next-step\"")).isPositive().isLessThan(page.indexOf("class=\"banner"));
    assertThat(page.indexOf("id=\"procedures\"")).isLessThan(page.indexOf("id=\"sources-title\""));

    String css = clinician.get("/static/vapath.css").body();
    assertThat(css).contains("@media (max-width: 640px)").contains("overflow-x: auto").contains("@media print");
  }

  @Test
  void theFirstSignInWithTheGeneratedPasswordAsksForANewOneAndTheFileGoesAway() throws Exception {
    registry.accounts().create("first.admin", "generated password 1".toCharArray(), Role.ADMIN,
        org.vapath.registry.Accounts.FIRST_START);
    Path file = folder.resolve("db").resolve(org.vapath.registry.Accounts.INITIAL_PASSWORD_FILE);
    java.nio.file.Files.writeString(file, "generated password 1\n");
    WebVisitor admin = new WebVisitor(server.port());
    admin.get("/login");

    HttpResponse<String> signedIn = admin.post("/login", Map.of("_csrf", admin.csrf, "username", "first.admin",
        "password", "generated password 1"));

    assertThat(signedIn.headers().firstValue("Location")).contains("/account/password");
    assertThat(admin.get("/account/password").body()).contains("id=\"must-change\"");
    HttpResponse<String> differ = admin.post("/account/password", admin.withToken(Map.of(
        "currentPassword", "generated password 1", "newPassword", "my own password 2", "newPasswordAgain", "other")));
    assertThat(differ.statusCode()).isEqualTo(400);
    assertThat(differ.body()).contains("New password, again: differs");
    assertThat(file).exists();

    HttpResponse<String> changed = admin.post("/account/password", admin.withToken(Map.of(
        "currentPassword", "generated password 1", "newPassword", "my own password 2",
        "newPasswordAgain", "my own password 2")));

    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("id=\"password-changed\"").doesNotContain("id=\"must-change\"");
    assertThat(file).doesNotExist();
    WebVisitor again = new WebVisitor(server.port());
    again.get("/login");
    HttpResponse<String> next = again.post("/login", Map.of("_csrf", again.csrf, "username", "first.admin",
        "password", "my own password 2"));
    assertThat(next.headers().firstValue("Location")).contains("/");
    assertThat(next.headers().firstValue("Location").orElseThrow()).doesNotContain("account");
  }

  @Test
  void aSignedInUserChangesTheirPasswordWithTheOldOneAndTheRulesOfAdminCreate() throws Exception {
    registry.accounts().create("dr.c", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.c", "clinician password");
    clinician.get("/account/password");

    HttpResponse<String> wrongOld = clinician.post("/account/password", clinician.withToken(Map.of(
        "currentPassword", "not it at all", "newPassword", "a new long password", "newPasswordAgain",
        "a new long password")));
    HttpResponse<String> tooShort = clinician.post("/account/password", clinician.withToken(Map.of(
        "currentPassword", "clinician password", "newPassword", "short", "newPasswordAgain", "short")));
    String long73 = "x".repeat(73);
    HttpResponse<String> tooLong = clinician.post("/account/password", clinician.withToken(Map.of(
        "currentPassword", "clinician password", "newPassword", long73, "newPasswordAgain", long73)));

    assertThat(wrongOld.statusCode()).isEqualTo(400);
    assertThat(wrongOld.body()).contains("Current password: is not your current password");
    assertThat(tooShort.body()).contains("at least 12 characters");
    assertThat(tooLong.body()).contains("at most 72 bytes");
    HttpResponse<String> changed = clinician.post("/account/password", clinician.withToken(Map.of(
        "currentPassword", "clinician password", "newPassword", "a new long password", "newPasswordAgain",
        "a new long password")));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(registry.accounts().authenticate("dr.c", "a new long password".toCharArray())).isPresent();
    assertThat(registry.accounts().authenticate("dr.c", "clinician password".toCharArray())).isEmpty();
  }

  @Test
  void theKnowledgePackIsAPageWithAnAnchorPerSourceAndThresholdAndPagesLinkTheirSources() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");

    HttpResponse<String> page = clinician.get("/knowledge");
    HttpResponse<String> markdown = clinician.get("/knowledge.md");
    String stored = clinician.get("/cases/" + caseId).body();

    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("id=\"source-REF\"").containsPattern("<tr id=\"threshold-[^\"]+\"")
        .contains("href=\"/knowledge.md\"").contains("<table>");
    assertThat(markdown.body()).startsWith("# ").contains("## Sources");
    assertThat(stored).contains("<a href=\"/knowledge#source-REF\">REF</a>");
  }

  @Test
  void theApiStillAnswersInJson() throws Exception {
    HttpResponse<String> api = new WebVisitor(server.port()).get("/api/cases/" + caseId);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("OperationOutcome");
  }

  @Test
  void aFormNamingARowBillionsAwayIsRefusedAtOnceNamingTheField() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");

    long start = System.nanoTime();
    HttpResponse<String> refused = clinician.post("/assess", clinician.withToken(Map.of(
        "labs[2147483646].test", "platelets")));

    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("is past the form&#39;s last row").contains("labs[2147483646].test")
        .doesNotContain("Lab 52:");
  }

  @Test
  void aFormWithMoreFieldsThanAnyPageIsRefusedBeforeItIsParsed() throws Exception {
    WebVisitor clinician = new WebVisitor(server.port()).signIn("dr.a", "clinician password");
    clinician.get("/assess");
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i <= WebApp.MAX_FORM_FIELDS; i++) {
      form.put("f" + i, "");
    }

    HttpResponse<String> refused = clinician.post("/assess", clinician.withToken(form));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("has more than " + WebApp.MAX_FORM_FIELDS + " fields");
  }
}
