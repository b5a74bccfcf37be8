package org.vapath.server.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Numbers;
import org.vapath.core.assessment.Decision;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.knowledge.Complication;

/**
 * The words of the patient information sheet, in plain language, from an assessment: places for the
 * patient's name, date of birth and case reference, what the treatment is, the expected benefit and
 * the risk in the knowledge pack's figures (as "in 100 patients"), and what the patient must do
 * before it. Short sentences and everyday words, held at a reading grade of 8 or below
 * (ReadabilityTest). Headings and paragraphs, no layout.
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

  /**
   * Each complication in words a patient knows, by the pack's code; a code not listed keeps the
   * pack's name. Plain words replace the medical term rather than explain it, so each is said once.
   */
  private static final Map<String, String> PLAIN_COMPLICATIONS = Map.of(
      "BLEEDING", "bleeding",
      "INFECTION", "infection",
      "CEMENT_EMBOLIZATION", "cement that leaks into a blood vessel and travels to the lungs",
      "POSTERIOR_ELEMENT_FRACTURE", "a new crack in the back part of the bone",
      "NERVE_ROOT_IRRITATION", "an irritated nerve, which can cause pain or tingling",
      "PNEUMOTHORAX", "air that leaks around a lung and makes it hard to breathe");

  public static List<Section> of(Assessment a, KnowledgePack pack) {
    return of(SheetFacts.of(a), pack);
  }

  /** The sheet of an assessment's facts: one just made, or one as stored ({@link SheetFacts#stored}). */
  public static List<Section> of(SheetFacts a, KnowledgePack pack) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("About you", List.of("Name: ______________________________",
        "Date of birth: ______________",
        "Case reference: " + (a.caseId() == null ? "______________" : a.caseId()))));
    if (a.decision() != Decision.INDICATED) {
      sections.add(new Section("Important", List.of("The assessment of your record is " + a.decision().name()
          .toLowerCase(Locale.ROOT).replace('_', ' ') + ". " + decisionWords(a.decision()) + " Talk with your doctor"
          + " about whether this treatment is right for you. Do not decide anything before that.")));
    }
    sections.add(new Section("The treatment", List.of(
        "One of the bones of your spine is broken. Your doctors can fill it with bone cement. The cement makes the"
            + " bone strong again. This can ease the pain.",
        "You lie on your front. A thin needle goes through the skin of your back into the broken bone, "
            + levels(a) + ". The doctor uses X-ray pictures to guide the needle.",
        "There are two ways to do it. In a vertebroplasty, the cement goes straight into the bone. In a"
            + " kyphoplasty, a small balloon first makes room in the bone. Both ease pain about as well.",
        "Your doctors suggest: " + technique(a) + ".")));
    sections.add(new Section("What it may do for you", List.of(benefit(a))));
    sections.add(new Section("The risks", risks(a, pack)));
    sections.add(new Section("Before the treatment", preparation(a)));
    List<String> bones = BoneHealth.words(a.followUp());
    if (!bones.isEmpty()) {
      sections.add(new Section("Your bones", bones));
    }
    sections.add(new Section("About this sheet", List.of("This sheet helps you talk with your doctor. It does not"
        + " take the place of that talk. Ask about anything that is not clear.",
        "The numbers come from the VAPath knowledge base, version " + a.knowledgeVersion() + ". Your record was"
            + " looked at on " + a.assessedOn() + ".")));
    return sections;
  }

  /** Why a decision other than "indicated", in a patient's words; the clinician's basis stays with the clinician. */
  private static String decisionWords(Decision decision) {
    return switch (decision) {
      case INCOMPLETE -> "Some facts your doctors need are not known yet.";
      case CONTRAINDICATED -> "Something in your record speaks against this treatment.";
      case NOT_INDICATED -> "Your record does not show that this treatment would help you now.";
      case INDICATED -> "";
    };
  }

  private static String levels(SheetFacts a) {
    List<String> levels = a.indicatedLevels();
    return levels.isEmpty() ? "at the place your doctor will show you"
        : "at " + String.join(" and ", levels) + " (the name of the bone)";
  }

  private static String technique(SheetFacts a) {
    if (a.preferredTechnique() == null) {
      return "a vertebroplasty or a kyphoplasty";
    }
    return "a " + a.preferredTechnique().toLowerCase(Locale.ROOT);
  }

  private static String benefit(SheetFacts a) {
    if (a.reliefLowPercent() == null || a.reliefHighPercent() == null) {
      return "No figure has been published for breaks like yours. Your doctor will tell you what to expect.";
    }
    double low = a.reliefLowPercent();
    double high = a.reliefHighPercent();
    String figure = low == high ? "About " + Numbers.plain(low) : "Between " + Numbers.plain(low) + " and "
        + Numbers.plain(high);
    return figure + " in 100 patients with breaks like yours have less pain or move more easily after it.";
  }

  private static List<String> risks(SheetFacts a, KnowledgePack pack) {
    List<String> risks = new ArrayList<>();
    risks.add(a.complicationRatePercent() == null
        ? "No overall complication rate has been published for breaks like yours."
        : "About " + Numbers.plain(a.complicationRatePercent()) + " in 100 patients with breaks like yours"
            + " have a problem caused by the treatment.");
    List<String> names = new ArrayList<>();
    for (Complication complication : pack.complications()) {
      if (a.complications().contains(complication.code())) {
        names.add(PLAIN_COMPLICATIONS.getOrDefault(complication.code(), complication.name()));
      }
    }
    if (!names.isEmpty()) {
      risks.add("The problems to know about are:");
      names.forEach(name -> risks.add("- " + name + "."));
    }
    return risks;
  }

  private static List<String> preparation(SheetFacts a) {
    List<String> steps = new ArrayList<>();
    for (SheetFacts.Hold hold : Holds.oncePerDrug(a.holds())) {
      steps.add(hold(hold));
    }
    if (a.preparation().contains(FindingCode.RECHECK_INR.name())) {
      steps.add("You will have a blood test (INR) just before the treatment. It checks that your blood clots as it"
          + " should.");
    }
    if (a.preparation().contains(FindingCode.CONSIDER_PLATELET_TRANSFUSION.name())) {
      steps.add("You have few platelets. These are the blood cells that help blood clot. You may be given some before"
          + " the treatment.");
    }
    if (steps.isEmpty()) {
      steps.add("Your record shows no blood thinner that you need to stop. Tell your doctor about every medicine you"
          + " take.");
    }
    return steps;
  }

  private static String hold(SheetFacts.Hold hold) {
    // the drug once: as the record names it when that name holds the drug's, else both
    String drug = hold.recordedAs().toLowerCase(Locale.ROOT).contains(hold.drug().toLowerCase(Locale.ROOT))
        ? hold.recordedAs() : hold.recordedAs() + " (" + hold.drug() + ")";
    if (hold.prescriberDecision()) {
      return "Do NOT stop " + drug + " on your own. Your doctors will decide with you when to pause it, if at all."
          + " If you have a stent in your heart, your heart doctor will help decide. They will tell you.";
    }
    if (!hold.tabled()) {
      return "Your doctor will tell you when to stop " + drug + ". Your kidneys clear it slowly, so you may need to"
          + " stop it sooner than most people.";
    }
    String when = "days".equals(hold.holdUnit())
        ? "Take none on the " + Numbers.plain(hold.holdMax()) + " days before the day of the treatment."
        : "Take none in the " + Numbers.plain(hold.holdMax()) + " hours before the treatment.";
    return "Stop " + drug + ". " + when + (hold.earliest() == null ? ""
        : " Your last dose was on " + hold.lastDose() + ". So the earliest day for the treatment is "
            + hold.earliest() + ".") + " Your doctor will tell you when to start it again.";
  }
}
