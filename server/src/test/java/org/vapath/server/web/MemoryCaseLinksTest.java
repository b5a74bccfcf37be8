package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.server.Hands;

class MemoryCaseLinksTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final Hands clock = new Hands();

  @Test
  void everyVignetteComesBackAsItWasKept() {
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 1000, 64L << 20, PACK);
    CaseReader reader = new CaseReader(PACK, () -> TODAY);
    List<Case> cases = new ArrayList<>();
    for (String folder : List.of("vignettes", "hemostasis-vignettes", "vignettes-v2", "pathway-vignettes")) {
      Vignettes.in(folder).forEach(vignette -> cases.add(reader.read(vignette.caseJson())));
    }
    for (Case kase : cases) {
      assertThat(links.find(links.remember(kase))).as(kase.caseId()).contains(kase);
    }
    assertThat(cases).hasSizeGreaterThan(80);
  }

  @Test
  void aCaseMappedFromARecordKeepsWhatWasReadAndWhatWasNot() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> resources = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/real-records/us-core-patient-example.json")) {
      resources.add(json.readTree(in));
    }
    // A platelet count in a unit the mapper cannot convert: read as unknown, and named as a record issue.
    resources.add(json.readTree("""
        {"resourceType":"Observation","id":"plt-odd","status":"final","subject":{"reference":"Patient/example"},
         "code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"effectiveDateTime":"2026-11-20",
         "valueQuantity":{"value":231,"unit":"furlongs","system":"http://unitsofmeasure.org","code":"[fur_us]"}}"""));
    Case mapped = new FhirCaseMapper(PACK).mapJson(resources, TODAY);
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 1000, 64L << 20, PACK);

    assertThat(mapped.recordIssues()).isNotEmpty();
    assertThat(links.find(links.remember(mapped))).contains(mapped);
  }

  @Test
  void theOldestLinksGoWhenTheBytesPassTheirBound() {
    Case kase = new CaseReader(PACK, () -> TODAY).read(Vignettes.in("vignettes").get(0).caseJson());
    MemoryCaseLinks probe = new MemoryCaseLinks(clock, Duration.ofHours(12), 1000, 64L << 20, PACK);
    probe.remember(kase);
    long one = probe.bytes();
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 1000, 3 * one, PACK);

    String first = links.remember(kase);
    String second = links.remember(kase);
    String third = links.remember(kase);
    String fourth = links.remember(kase);

    assertThat(links.size()).isEqualTo(3);
    assertThat(links.bytes()).isEqualTo(3 * one);
    assertThat(links.find(first)).isEmpty();
    assertThat(links.find(second)).isPresent();
    assertThat(links.find(third)).isPresent();
    assertThat(links.find(fourth)).isPresent();
  }

  @Test
  void theOldestLinksGoPastTheNumberAndExpiredOnesAreGone() {
    Case kase = new CaseReader(PACK, () -> TODAY).read(Vignettes.in("vignettes").get(0).caseJson());
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 2, 64L << 20, PACK);

    String first = links.remember(kase);
    String second = links.remember(kase);
    String third = links.remember(kase);
    assertThat(links.find(first)).isEmpty();
    assertThat(links.find(second)).isPresent();

    clock.advance(Duration.ofHours(12));
    assertThat(links.find(third)).isEmpty();
    assertThat(links.size()).isEqualTo(1);
  }

  @Test
  void aCaseIsKeptInAFewKilobytes() {
    Case kase = new CaseReader(PACK, () -> TODAY).read(Vignettes.in("vignettes").get(0).caseJson());
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 10, 64L << 20, PACK);
    links.remember(kase);

    assertThat(links.bytes()).isBetween(100L, 4096L);
  }

  @Test
  void expiredLinksLeaveMemoryWhenTheNextLinkIsMade() {
    Case kase = new CaseReader(PACK, () -> TODAY).read(Vignettes.in("vignettes").get(0).caseJson());
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 10, 64L << 20, PACK);
    links.remember(kase);
    links.remember(kase);
    long one = links.bytes() / 2;

    clock.advance(Duration.ofHours(12));
    String fresh = links.remember(kase);

    assertThat(links.size()).isEqualTo(1);
    assertThat(links.bytes()).isEqualTo(one);
    assertThat(links.find(fresh)).contains(kase);
  }

  @Test
  void aCaseLargerThanTheBoundIsStillKeptAlone() {
    Case kase = new CaseReader(PACK, () -> TODAY).read(Vignettes.in("vignettes").get(0).caseJson());
    MemoryCaseLinks links = new MemoryCaseLinks(clock, Duration.ofHours(12), 10, 10, PACK);
    links.remember(kase);
    String last = links.remember(kase);

    assertThat(links.size()).isEqualTo(1);
    assertThat(links.find(last)).contains(kase);
  }
}
