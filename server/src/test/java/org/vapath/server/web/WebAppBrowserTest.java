package org.vapath.server.web;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.CdsServer;
import org.vapath.server.cds.HookRequests;
import org.vapath.server.ServerConfig;

/**
 * The web pages in a real Chromium: sign in, fill the form for a vignette, see the expected
 * decision, save, record a procedure and a follow-up, see the dashboard change; every vignette
 * through the form; values kept when the form is refused; keyboard sign-in; a CDS card's link.
 * Screenshots are kept in target/screenshots.
 */
class WebAppBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "a long clinician password";
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;
  private static Browser browser;
  private static final CaseForm FORM = new CaseForm(CaseFormLayout.of(PACK));

  @BeforeAll
  static void start() {
    registry = Registry.embedded(folder.resolve("db"), PACK);
    registry.accounts().create("dr.web", PASSWORD.toCharArray(), Role.CLINICIAN, "test");
    // The CDS endpoint is open here (development mode) so that the test can play the EHR without tokens.
    server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(), true, 5_000_000,
        List.of(), PACK, registry));
    browser = Browser.open("http://localhost:" + server.port(), folder.resolve("profile"));
    signIn();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
    registry.close();
  }

  private static void signIn() {
    browser.go("/login");
    browser.assertAccessible("sign-in");
    browser.find("#username").sendKeys("dr.web");
    browser.find("#password").sendKeys(PASSWORD);
    browser.submit("form.narrow button");
  }

  /** Fills the case form with a case's values, as a clinician would: typing, choosing, clicking. */
  private static void fill(Map<String, String> values) {
    browser.go("/assess");
    for (Map.Entry<String, String> v : values.entrySet()) {
      String name = v.getKey();
      List<WebElement> fields = browser.driver.findElements(By.cssSelector("[name='" + name + "']"));
      while (fields.isEmpty() && name.contains("[")) {
        browser.find("button.add-row[data-rows='" + name.substring(0, name.indexOf('[')) + "']").click();
        fields = browser.driver.findElements(By.cssSelector("[name='" + name + "']"));
      }
      WebElement field = fields.get(0);
      if ("radio".equals(field.getAttribute("type"))) {
        browser.find("input[name='" + name + "'][value='" + v.getValue() + "']").click();
      } else if (field.getTagName().equals("select")) {
        new Select(field).selectByValue(v.getValue());
      } else if ("date".equals(field.getAttribute("type"))) {
        browser.date(field, v.getValue());
      } else {
        field.clear();
        field.sendKeys(v.getValue());
      }
    }
    browser.submit("#assess");
  }

  private static Map<String, String> formValues(String caseJson) throws Exception {
    return FORM.values(JSON.readTree(caseJson));
  }

  @Test
  void aClinicianAssessesSavesRecordsTheProcedureAndFollowUpAndSeesTheAudit() throws Exception {
    Vignettes.Vignette p01 = Vignettes.all().stream().filter(v -> v.name().startsWith("P01")).findFirst()
        .orElseThrow();
    browser.go("/assess");
    browser.assertAccessible("case form");
    fill(formValues(p01.caseJson()));
    assertThat(browser.text("#decision")).isEqualTo(p01.expected().get("decision").asText());
    browser.assertAccessible("result");
    assertThat(browser.text("#levels")).contains("L1").contains("grade");
    assertThat(browser.text("#consent")).contains("in 100 patients");
    browser.screenshot("1-result");

    browser.submit("#save");
    assertThat(browser.driver.getCurrentUrl()).matches(".*/cases/\\d+\\?saved=1#next-step");
    assertThat(browser.text("#saved")).contains("Saved");
    assertThat(browser.text("#next-step")).contains("record the procedure");
    browser.screenshot("1b-saved");
    browser.assertAccessible("stored case");
    assertTheSheetIsAPdf(browser.find("#sheet").getAttribute("href"));

    recordTheProcedureAndAFollowUp();
    browser.screenshot("2-case");

    browser.go("/audit");
    assertThat(browser.text("#complication-table")).contains("osteoporosis").contains("0 / 1");
    assertThat(browser.text("#success-table")).contains("1 / 1").contains("too few cases");
    assertThat(browser.driver.findElements(By.cssSelector("#success-chart circle.rate"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#pain-chart circle.after"))).hasSize(1);
    assertThat(browser.find("#csv").getAttribute("href")).endsWith("/api/audit.csv");
    browser.screenshot("3-audit");
    browser.assertAccessible("audit");
  }

  /**
   * Assess, save, record a procedure and open the audit with the keyboard alone: each control
   * reached with Tab (its focus visible), choices made with the arrow keys, forms sent with Enter.
   */
  @Test
  void aClinicianAssessesSavesRecordsAndAuditsWithTheKeyboardAlone() {
    browser.go("/assess");
    browser.tabTo("#f-caseId", 60);
    browser.type("KEYS-1");
    browser.tabTo("#f-fractures-0-level", 20);
    browser.type("L1");
    browser.tabTo("#f-fractures-0-etiology", 5);
    browser.type("M"); // malignancy, the only etiology whose words begin with M
    browser.tabTo("#f-pain-nrs", 150);
    browser.type("7");
    browser.tabTo("#assess", 300);
    browser.enterAndWait();
    assertThat(browser.text("h1")).contains("KEYS-1");
    assertThat(browser.text("#levels")).contains("L1").contains("malignancy");

    browser.tabTo("#save", 20);
    browser.enterAndWait();
    assertThat(browser.text("#saved")).contains("Saved");

    browser.tabTo("#new-procedure summary", 200);
    browser.type(Keys.ENTER);
    browser.tabTo("#p-on", 10);
    browser.type("11112026"); // day and month alike, whichever order the browser's locale writes them
    for (String choice : List.of("#p-technique", "#p-approach", "#p-guidance")) {
      browser.tabTo(choice, 5);
      browser.type(Keys.ARROW_DOWN);
    }
    browser.tabTo("#p-operator", 5);
    browser.type("dr.web");
    browser.tabTo("#p-level-0", 5);
    browser.type("L1");
    assertThat(new Select(browser.find("#p-level-0")).getFirstSelectedOption().getText()).isEqualTo("L1");
    browser.tabTo("#p-ml-0", 5);
    browser.type("3");
    browser.tabTo("#record-procedure", 30);
    browser.enterAndWait();
    assertThat(browser.text("#procedures")).contains("2026-11-11").contains("L1 3 mL");

    browser.tabTo("header nav a[href='/audit']", 400);
    browser.enterAndWait();
    assertThat(browser.text("h1")).isEqualTo("Outcome audit");
  }

  @Test
  void theKnowledgeAndPasswordPagesAndARefusedFormHaveNoSeriousAccessibilityViolation() {
    browser.go("/knowledge");
    browser.assertAccessible("knowledge");
    browser.go("/account/password");
    browser.assertAccessible("password change");
    browser.go("/assess");
    browser.find("#f-pain-nrs").sendKeys("eleven");
    browser.submit("#assess");
    browser.assertAccessible("refused case form");
  }

  /** Records a procedure a month ago and a follow-up today on the stored case shown. */
  private static void recordTheProcedureAndAFollowUp() {
    // A follow-up is dated after its procedure and never after today: the procedure a month ago, the follow-up today.
    LocalDate day = LocalDate.now(java.time.ZoneId.systemDefault()).minusDays(30);
    browser.find("#new-procedure summary").click();
    browser.assertAccessible("record a procedure");
    browser.date(browser.find("#p-on"), day.toString());
    new Select(browser.find("#p-technique")).selectByValue("VERTEBROPLASTY");
    new Select(browser.find("#p-approach")).selectByValue("BIPEDICULAR");
    new Select(browser.find("#p-guidance")).selectByValue("FLUOROSCOPY");
    assertThat(new Select(browser.find("#p-level-0")).getFirstSelectedOption().getText()).isEqualTo("L1");
    browser.find("#p-ml-0").sendKeys("4.5");
    browser.submit("#record-procedure");
    assertThat(browser.text("#procedures")).contains("vertebroplasty, bipedicular").contains("L1 4.5 mL");

    WebElement followUp = browser.find("form[id^='follow-up-']");
    followUp.findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
    browser.assertAccessible("record a follow-up");
    browser.date(followUp.findElement(By.name("seenOn")), day.plusDays(30).toString());
    followUp.findElement(By.name("painNrs")).sendKeys("2");
    followUp.findElement(By.name("odi")).sendKeys("18");
    browser.submit(followUp.findElement(By.cssSelector("button")));
    assertThat(browser.text("#procedures")).contains("pain NRS 2, ODI 18");
  }

  /** The sheet as the signed-in browser would download it. */
  private static void assertTheSheetIsAPdf(String url) throws Exception {
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
  }

  /**
   * A vignette for each decision, and the one with the most values (rows added with the form's
   * button). Every vignette's trip through the form is checked without a browser in CaseFormTest.
   */
  private static List<Vignettes.Vignette> browserSample() throws Exception {
    List<Vignettes.Vignette> all = Stream.concat(Vignettes.all().stream(),
        Vignettes.in("hemostasis-vignettes").stream()).toList();
    Map<String, Vignettes.Vignette> sample = new java.util.TreeMap<>();
    for (Vignettes.Vignette v : all) {
      sample.putIfAbsent(v.expected().get("decision").asText(), v);
    }
    Vignettes.Vignette largest = all.get(0);
    for (Vignettes.Vignette v : all) {
      largest = formValues(v.caseJson()).size() > formValues(largest.caseJson()).size() ? v : largest;
    }
    sample.put("largest", largest);
    return List.copyOf(sample.values());
  }

  @Test
  void aVignetteOfEachDecisionFilledInTheFormGetsItsExpectedResult() throws Exception {
    List<Vignettes.Vignette> vignettes = browserSample();
    assertThat(vignettes).hasSizeGreaterThanOrEqualTo(5);
    for (Vignettes.Vignette v : vignettes) {
      fill(formValues(v.caseJson()));
      assertThat(browser.text("#decision")).as(v.name()).isEqualTo(v.expected().get("decision").asText());
      for (JsonNode missing : v.expected().path("missing")) {
        assertThat(browser.text("#missing")).as(v.name()).contains(missing.asText());
      }
      for (JsonNode contraindication : v.expected().path("contraindications")) {
        assertThat(browser.text("#contraindications")).as(v.name()).contains(contraindication.asText());
      }
    }
  }

  @Test
  void aRefusedFormComesBackWithEverythingTypedAndTheFieldNamed() {
    browser.go("/assess");
    new Select(browser.find("#f-fractures-0-level")).selectByValue("T12");
    browser.find("#f-pain-nrs").sendKeys("eleven");
    browser.find("#f-neuro-myelopathy-false").click();
    browser.submit("#assess");
    assertThat(browser.text("#form-error")).contains("pain.nrs").contains("eleven");
    assertThat(browser.find("#f-pain-nrs").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#f-pain-nrs").getAttribute("value")).isEqualTo("eleven");
    assertThat(new Select(browser.find("#f-fractures-0-level")).getFirstSelectedOption().getText()).isEqualTo("T12");
    assertThat(browser.find("#f-neuro-myelopathy-false").isSelected()).isTrue();
    assertThat(browser.find("#f-neuro-radiculopathy-unknown").isSelected()).isTrue();
    browser.screenshot("4-refused-form");
  }

  @Test
  void theCardsLinkOpensTheAssessmentOfThePatientTheEhrSent() throws Exception {
    String request = HookRequests.forVignette("order-select", "P18-warfarin-high-inr", "22511");
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + server.port() + "/cds-services/vapath-order-select"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode link = JSON.readTree(answer.body()).at("/cards/0/links/0");
    assertThat(link.get("label").asText()).isEqualTo("Open the assessment in VAPath");
    assertThat(link.get("url").asText()).doesNotContain("P18").matches("http://localhost/cds-assessments/[\\w-]+");
    browser.go(URI.create(link.get("url").asText()).getPath());
    assertThat(browser.text("h1")).contains("P18");
    assertThat(browser.text(".notice")).contains("FHIR");
    assertThat(browser.text("#preparation")).contains("INR");
    browser.go("/cds-assessments/unknown-token");
    assertThat(browser.text(".alert")).contains("expired or is unknown");
  }

  @Test
  void aClinicianSignsInWithTheKeyboardAlone() {
    try (Browser other = Browser.open("http://localhost:" + server.port(), folder.resolve("profile-2"))) {
      other.go("/audit");
      assertThat(other.driver.getCurrentUrl()).contains("/login?next=%2Faudit");
      other.driver.switchTo().activeElement().sendKeys("dr.web", Keys.TAB, PASSWORD, Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(other.driver, java.time.Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().endsWith("/audit"));
      assertThat(other.text("h1")).isEqualTo("Outcome audit");
    }
  }
}
