package org.vapath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader construction by construction: a short report in, every fact it reads out. */
class ReaderPhraseTest {
  private static final ReportReader READER = ReportReader.withEmbeddedLexicon();

  /** Every fact read, as "L1 fracture=true", sorted. */
  static Set<String> facts(String report) {
    Set<String> facts = new TreeSet<>();
    for (LevelReading level : READER.read(report).levels()) {
      level.facts().forEach((key, fact) -> facts.add(level.level() + " " + key.jsonName() + "=" + fact.value()));
    }
    return facts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negations")
  void negationsGiveFalse(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> negations() {
    return Stream.of(
        row("a trigger before its fact", "Findings: Compression fracture of L1 without retropulsion.",
            "L1 fracture=true", "L1 retropulsion=false"),
        row("a trigger after its fact", "Findings: Compression fracture of L1. Retropulsion is not seen.",
            "L1 fracture=true", "L1 retropulsion=false"),
        row("a list under one trigger", "Findings: L2 burst fracture with no retropulsion or canal narrowing.",
            "L2 fracture=true", "L2 retropulsion=false", "L2 canalCompromise=false"),
        row("a long list under one trigger",
            "Findings: L2 fracture. No evidence of significant posterior vertebral body bowing, cortical breach or retropulsion.",
            "L2 fracture=true", "L2 retropulsion=false"),
        row("a pseudo-trigger negates nothing",
            "Findings: L1 burst fracture. No interval change in the 3 mm retropulsion.",
            "L1 fracture=true", "L1 retropulsion=true"),
        row("'no new fracture' negates no fracture", "Findings: Chronic L1 compression fracture. No new fracture.",
            "L1 fracture=true", "L1 acuity=chronic"),
        row("'no evidence of an acute fracture' negates no fracture",
            "Findings: Old L1 wedge deformity.\nNo evidence of an acute fracture.", "L1 fracture=true",
                "L1 acuity=chronic"),
        row("an edema that is not of the marrow", "MRI\nFindings: Acute L1 fracture. No interspinous edema.",
            "L1 fracture=true", "L1 acuity=acute"),
        row("no cord compression is no canal statement", "Findings: L1 compression fracture. No cord compression.",
            "L1 fracture=true"),
        row("a scope ends at a termination term",
            "Findings: No retropulsion at L2, but there is an L2 compression fracture.",
            "L2 fracture=true", "L2 retropulsion=false"),
        row("'rather than' negates", "Findings: The L3 endplate irregularity is a Schmorl node rather than a fracture.",
            "L3 fracture=false"),
        row("the posterior wall intact, the canal patent",
            "Findings: L1 fracture. The posterior wall is intact and the spinal canal is patent.",
            "L1 fracture=true", "L1 posteriorWallInvolved=false", "L1 canalCompromise=false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hedges")
  void hedgesGiveUncertainNeverTrue(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> hedges() {
    return Stream.of(
        row("'possible'", "Findings: Possible fracture of the L2 superior endplate.", "L2 fracture=uncertain"),
        row("'cannot be excluded'", "Findings: An L2 fracture cannot be excluded.", "L2 fracture=uncertain"),
        row("'versus'", "Findings: L5 endplate fracture versus degenerative change.", "L5 fracture=uncertain"),
        row("'rather than' under a hedge",
            "Findings: The L3 irregularity likely reflects a Schmorl node rather than a fracture.",
            "L3 fracture=uncertain"),
        row("a hedged etiology", "Findings: Acute L2 compression fracture, likely osteoporotic.",
            "L2 fracture=true", "L2 acuity=acute", "L2 etiology=uncertain"),
        row("a hedged acuity", "Findings: Mild T12 wedge deformity, likely chronic.", "T12 fracture=true",
            "T12 acuity=uncertain"),
        row("an acuity said to be unknown", "Findings: T12 compression deformity of indeterminate age.",
            "T12 fracture=true", "T12 acuity=uncertain"),
        row("'suggestive of a pathologic fracture' hedges the cause, not a stated fracture",
            "History: Lung cancer.\nFindings: Acute L3 compression fracture with features suggestive of a pathologic fracture.",
            "L3 fracture=true", "L3 acuity=acute", "L3 etiology=uncertain"),
        row("pathologic with no cancer named", "Findings: Pathologic fracture of T10.", "T10 fracture=true",
            "T10 etiology=uncertain"),
        row("pathologic in known cancer", "History: Breast cancer.\nFindings: Pathologic fracture of T10.",
            "T10 fracture=true", "T10 etiology=malignancy"),
        row("'consistent with' states", "Findings: T9 lesion consistent with a typical hemangioma.",
            "T9 etiology=hemangioma"),
        row("a hedged canal narrowing", "Findings: L4 fracture with possible mild narrowing of the spinal canal.",
            "L4 fracture=true", "L4 canalCompromise=uncertain"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void factsGoToTheLevelsTheyAreSaidOf(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> places() {
    return Stream.of(
        row("two levels joined by 'and'", "Findings: Wedge deformities of T12 and L1.", "T12 fracture=true",
            "L1 fracture=true"),
        row("a range listing fractures expands", "Findings: Chronic compression deformities T11-L1.",
            "T11 fracture=true", "T11 acuity=chronic", "T12 fracture=true", "T12 acuity=chronic", "L1 fracture=true",
            "L1 acuity=chronic"),
        row("a range 'from ... to'", "Findings: Compression fractures from T10 to T12.",
            "T10 fracture=true", "T11 fracture=true", "T12 fracture=true"),
        row("a range that is not a list",
            "Findings: Paraspinal hematoma spanning T11-L2. Degenerative disc disease L4-S1.",
            new String[0]),
        row("a disc level is no vertebra", "Findings: L4-5: moderate canal stenosis. Moderate canal stenosis at L3/L4.",
            new String[0]),
        row("a level in words", "Findings: Mild (grade 1) wedge deformity of the first lumbar vertebra.",
            "L1 fracture=true", "L1 genantGrade=1"),
        row("MRI sequences are not levels",
            "Findings: T1 hypointense, T2 hyperintense lesion in L3 consistent with metastasis.",
            "L3 etiology=malignancy"),
        row("the former and the latter",
            "Findings: Fractures of L1 and L3. The former has 40% loss of height; the latter is chronic.",
            "L1 fracture=true", "L1 heightLossPercent=40", "L3 fracture=true", "L3 acuity=chronic"),
        row("a bracket belongs to the level before it",
            "Findings: Compression fractures of T8 (25% height loss) and T10 (one third height loss).",
            "T8 fracture=true", "T8 heightLossPercent=25", "T10 fracture=true", "T10 heightLossPercent=33"),
        row("'respectively'", "Findings: Compression fractures of L2 and L4, grade 2 and grade 1 respectively.",
            "L2 fracture=true", "L2 genantGrade=2", "L4 fracture=true", "L4 genantGrade=1"),
        row("a sentence with no level follows the last fractured level",
            "Findings: Acute fracture of L1 with marrow edema. No retropulsion.",
            "L1 fracture=true", "L1 acuity=acute", "L1 edema=true", "L1 retropulsion=false"),
        row("a place that is no vertebra",
            "Findings: Compression deformity at the thoracolumbar junction. Rib fractures.",
            new String[0]),
        row("discitis-osteomyelitis at a disc is both its bodies", "Impression: L2-L3 discitis-osteomyelitis.",
            "L2 etiology=infection", "L3 etiology=infection"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeStudy")
  void wholeStudyNegationsCompleteEntriesWithoutMakingAny(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> wholeStudy() {
    return Stream.of(
        row("a whole-study negation reaches each entry", "Findings: Typical hemangioma in T9.\nNo fracture.",
            "T9 etiology=hemangioma", "T9 fracture=false"),
        row("it makes no entry", "Findings: No fracture. No retropulsion.", new String[0]),
        row("'at any level'", "Findings: T8 fracture.\nT10 fracture. No retropulsion at any level.",
            "T8 fracture=true", "T8 retropulsion=false", "T10 fracture=true", "T10 retropulsion=false"),
        row("'elsewhere' limits it", "Findings: L1 fracture.\nT9 hemangioma.\nNo marrow edema elsewhere.",
            "L1 fracture=true", "T9 etiology=hemangioma"),
        row("a level named limits it", "Findings: L1 fracture.\nT9 hemangioma.\nNo retropulsion at L1.",
            "L1 fracture=true", "L1 retropulsion=false", "T9 etiology=hemangioma"),
        row("a stated fact wins over it",
            "Findings: L1 burst fracture with retropulsion.\nNo retropulsion elsewhere.\nNo fracture.",
            "L1 fracture=true", "L1 retropulsion=true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("historyAndTime")
  void historyQuestionsAndRecommendations(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> historyAndTime() {
    return Stream.of(
        row("the history names a level's fracture as osteoporotic",
            "History: L1 kyphoplasty in 2020 for an osteoporotic fracture.\nFindings: No new fracture.",
            "L1 fracture=true", "L1 etiology=osteoporosis", "L1 cementPresent=true"),
        row("the findings win over the history", "History: Osteoporotic L1 fracture.\nFindings: Traumatic L1 fracture.",
            "L1 fracture=true", "L1 etiology=trauma"),
        row("a question sets nothing", "History: Back pain. Evaluate for L1 fracture.\nFindings: Normal.",
            new String[0]),
        row("a disease in the history not tied to a level sets nothing",
            "History: Osteoporosis, fall.\nFindings: L1 compression fracture.", "L1 fracture=true"),
        row("a recommended procedure is no cement", "Impression: Acute L1 fracture. Kyphoplasty is recommended.",
            "L1 fracture=true", "L1 acuity=acute"),
        row("cement that leaked makes no entry", "Findings: Cement in T12. Cement leakage into the L1 vein.",
            "T12 cementPresent=true"),
        row("what a prior study showed sets nothing",
            "Comparison: CT 2024 (no fracture at that time).\nFindings: L4 fracture.",
            "L4 fracture=true"),
        row("'unchanged from' a prior is chronic", "Findings: T7 wedge deformity, unchanged from 2023.",
            "T7 fracture=true", "T7 acuity=chronic"),
        row("'new' is no acuity", "Findings: New T7 compression fracture.", "T7 fracture=true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void heightLossAndGradesComeOnlyFromTheirOwnWords(String construction, String report, Set<String> expected) {
    assertThat(facts(report)).isEqualTo(expected);
  }

  static Stream<Arguments> figures() {
    return Stream.of(
        row("a fraction", "Findings: L1 fracture with one third loss of height.", "L1 fracture=true",
            "L1 heightLossPercent=33"),
        row("the height left", "Findings: L1 fracture; anterior height reduced to 40% of the posterior height.",
            "L1 fracture=true", "L1 heightLossPercent=60"),
        row("canal narrowing is no height",
            "Findings: L2 burst fracture narrowing the central canal by 40%, with 25% loss of height.",
            "L2 fracture=true", "L2 canalCompromise=true", "L2 heightLossPercent=25"),
        row("the extent of edema is no height",
            "MRI\nFindings: Marrow edema in the inferior half of the L2 vertebral body.",
            "L2 edema=true"),
        row("'mild' gives no number", "Findings: Mild L1 compression fracture.", "L1 fracture=true"),
        row("a Genant grade", "Findings: Severe (Genant grade 3) wedge fracture of T6.", "T6 fracture=true",
            "T6 genantGrade=3"),
        row("a slip grade is no Genant grade", "Findings: Grade 1 anterolisthesis of L4 on L5. No fracture.",
            new String[0]),
        row("marrow edema on MRI is acute", "MRI LUMBAR SPINE\nFindings: L1 compression fracture with marrow edema.",
            "L1 fracture=true", "L1 edema=true", "L1 acuity=acute"),
        row("not on CT", "CT LUMBAR SPINE\nFindings: L1 compression fracture with marrow edema.",
            "L1 fracture=true", "L1 edema=true"));
  }

  private static Arguments row(String construction, String report, String... facts) {
    return Arguments.of(construction, report, new TreeSet<>(Set.of(facts)));
  }
}
