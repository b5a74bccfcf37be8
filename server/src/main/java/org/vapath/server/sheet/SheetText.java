package org.vapath.server.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Numbers;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.knowledge.Complication;

/**
 * The words of the patient information sheet, in plain language, from an assessment: what the
 * procedure is, the expected benefit and the risk in the knowledge pack's figures (as "in 100
 * patients"), and what the patient must do before it. Headings and paragraphs, no layout.
 */
public final class SheetText {
  /** A heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private SheetText() {
  }

  public static List<Section> of(Assessment a, KnowledgePack pack) {
    List<Section> sections = new ArrayList<>();
    if (a.decision() != Decision.INDICATED) {
      sections.add(new Section("Important", List.of("The assessment of your record is " + a.decision().name()
          .toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + a.decisionBasis() + " Discuss with your doctor whether"
          + " the procedure is right for you before you decide anything.")));
    }
    sections.add(new Section("The procedure", List.of(
        "A thin needle is guided by X-ray pictures (fluoroscopy or CT) through the back into the broken bone of the"
            + " spine (the vertebra), " + levels(a) + ". Bone cement is injected to make the bone stable again."
            + " In a kyphoplasty, a small balloon first restores some of the lost height of the bone.",
        "Your doctors suggest: " + technique(a) + ".")));
    sections.add(new Section("What it may do for you", List.of(benefit(a))));
    sections.add(new Section("The risks", risks(a, pack)));
    sections.add(new Section("Before the procedure", preparation(a)));
    sections.add(new Section("About this sheet", List.of("This sheet supports the conversation with your doctor; it"
        + " does not replace it. Ask about anything that is unclear. Figures from the VAPath knowledge pack "
        + a.knowledgeVersion() + ", assessment of " + a.assessedOn() + ".")));
    return sections;
  }

  private static String levels(Assessment a) {
    List<String> levels = new ArrayList<>();
    for (LevelAssessment level : a.levels()) {
      if (level.decision() == Decision.INDICATED && level.level() != null) {
        levels.add(level.level());
      }
    }
    return levels.isEmpty() ? "at the level your doctor will confirm" : "at " + String.join(" and ", levels);
  }

  private static String technique(Assessment a) {
    if (a.procedure() == null || a.procedure().preferred() == null) {
      return "vertebroplasty or kyphoplasty; both relieve pain about equally well";
    }
    return a.procedure().preferred().toLowerCase(Locale.ROOT) + " (both techniques relieve pain about equally well)";
  }

  private static String benefit(Assessment a) {
    if (a.expectedBenefit().painReliefPercent() == null) {
      return "No figure has been published for fractures like yours. Your doctor will discuss what to expect.";
    }
    double low = a.expectedBenefit().painReliefPercent().low();
    double high = a.expectedBenefit().painReliefPercent().high();
    String figure = low == high ? "About " + Numbers.plain(low) : "Between " + Numbers.plain(low) + " and "
        + Numbers.plain(high);
    return figure + " in 100 patients with fractures like yours have less pain or move more easily afterwards.";
  }

  private static List<String> risks(Assessment a, KnowledgePack pack) {
    List<String> risks = new ArrayList<>();
    risks.add(a.risk().complicationRatePercent() == null
        ? "No overall complication rate has been published for fractures like yours."
        : "About " + Numbers.plain(a.risk().complicationRatePercent()) + " in 100 patients with fractures like yours"
            + " have a complication.");
    List<String> names = new ArrayList<>();
    for (Complication complication : pack.complications()) {
      if (a.risk().complications().contains(complication.code())) {
        names.add(complication.name());
      }
    }
    if (!names.isEmpty()) {
      risks.add("The complications to know about are: " + String.join(", ", names) + ".");
    }
    return risks;
  }

  private static List<String> preparation(Assessment a) {
    List<String> steps = new ArrayList<>();
    for (HoldItem hold : a.holdPlan()) {
      steps.add(hold(hold));
    }
    boolean inrCheck = a.preparation().stream().anyMatch(f -> f.entry() == FindingCode.RECHECK_INR);
    if (inrCheck) {
      steps.add("You will have a blood test (INR) shortly before the procedure, to check that your blood clots"
          + " normally.");
    }
    if (a.preparation().stream().anyMatch(f -> f.entry() == FindingCode.CONSIDER_PLATELET_TRANSFUSION)) {
      steps.add("Your platelet count is low; you may be given platelets before the procedure.");
    }
    if (steps.isEmpty()) {
      steps.add("No blood thinner needs to be stopped according to your record. Tell your doctor about every"
          + " medicine you take.");
    }
    return steps;
  }

  private static String hold(HoldItem hold) {
    String drug = hold.recordedAs().equalsIgnoreCase(hold.drug()) ? hold.drug()
        : hold.recordedAs() + " (" + hold.drug() + ")";
    if (hold.prescriberDecision()) {
      return "Do NOT stop " + drug + " on your own. Your doctors (and your cardiologist, if you have a stent) will"
          + " decide together whether and when to pause it, and will tell you.";
    }
    if (hold.hold() == null) {
      return "Your doctor will tell you when to stop " + drug + "; because of your kidney function it may need to be"
          + " stopped earlier than usual.";
    }
    String when = hold.holdUnit().equals("days")
        ? "take none on the " + Numbers.plain(hold.holdMax()) + " days before the day of the procedure"
        : "take none in the " + Numbers.plain(hold.holdMax()) + " hours before the procedure";
    return "Stop " + drug + ": " + when + (hold.earliestProcedureDate() == null ? "."
        : " (after your last dose on " + hold.lastDose() + ", the procedure can be on " + hold.earliestProcedureDate()
            + " at the earliest).") + " Your doctor will tell you when to start again.";
  }
}
