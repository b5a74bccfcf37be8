package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.HoldRule.HoldUnit;
import org.vapath.core.model.Medication;

/**
 * Periprocedural hemostasis for a high bleeding risk procedure [SIR-HEM-2019, ACC-AF-2023]: the
 * hold plan of each recognised anticoagulant and antiplatelet, the INR recheck of warfarin, the
 * INR and platelet thresholds, and the drugs whose hold is the prescriber's decision. Medication
 * names it does not recognise are listed, never silently passed over.
 */
final class HemostasisRules {
  static final String HOLD = "HOLD_ANTITHROMBOTIC";
  static final String PRESCRIBER = "PRESCRIBER_DECISION";
  static final String BELOW_TABLE = "CLEARANCE_BELOW_HOLD_TABLE";

  private final KnowledgePack pack;
  private final MedicationRecognizer recognizer;

  HemostasisRules(KnowledgePack pack) {
    this.pack = pack;
    this.recognizer = new MedicationRecognizer(pack.antithrombotics());
  }

  void apply(Case kase, CurrentLabs labs, Findings findings) {
    Map<Antithrombotic, Medication> taken = recognised(kase, findings);
    boolean dualAntiplatelet = dualAntiplatelet(taken.keySet());
    boolean clearanceUnknown = false;
    boolean intensityUnknown = false;
    for (Map.Entry<Antithrombotic, Medication> entry : taken.entrySet()) {
      HoldPlanner.Choice choice = HoldPlanner.choose(entry.getKey(), entry.getValue(),
          kase.renal().creatinineClearanceMlMin());
      clearanceUnknown |= choice.clearanceUnknown();
      intensityUnknown |= choice.intensityUnknown();
      hold(entry.getKey(), entry.getValue(), choice, dualAntiplatelet, findings);
    }
    boolean warfarin = taken.keySet().stream().anyMatch(Antithrombotic::inrRecheck);
    int before = findings.preparation.size();
    LabThresholdRules.apply(pack, labs, reversal(warfarin), findings);
    boolean recheckAdded = findings.preparation.subList(before, findings.preparation.size()).stream()
        .anyMatch(f -> f.code().equals(LabThresholdRules.RECHECK_INR));
    if (warfarin && !recheckAdded) {
      findings.preparation.add(LabThresholdRules.recheck(pack, "the patient takes warfarin"));
    }
    verify(clearanceUnknown, intensityUnknown, findings);
  }

  private Map<Antithrombotic, Medication> recognised(Case kase, Findings findings) {
    Map<Antithrombotic, Medication> taken = new LinkedHashMap<>();
    if (kase.medications() == null) {
      return taken;
    }
    for (Medication medication : kase.medications()) {
      if (!medication.identified()) {
        continue; // ScreeningFacts asks for it to be checked: MEDICATION_UNRESOLVED
      }
      List<Antithrombotic> drugs = recognizer.recognise(medication.name());
      if (drugs.isEmpty()) {
        findings.notRecognised.add(medication.name());
      }
      for (Antithrombotic drug : drugs) {
        taken.merge(drug, medication, HemostasisRules::laterDose);
      }
    }
    if (!findings.notRecognised.isEmpty()) {
      findings.toVerify.add(Finding.patient("MEDICATION_NOT_RECOGNISED", "Not recognised as an anticoagulant or"
          + " antiplatelet: " + quoted(findings.notRecognised) + ". Check that none of them affects hemostasis;"
          + " a drug not recognised gets no hold plan.", "SIR-HEM-2019"));
    }
    return taken;
  }

  private void hold(Antithrombotic drug, Medication medication, HoldPlanner.Choice choice, boolean dual,
      Findings findings) {
    String name = drug.id() + (drug.id().equalsIgnoreCase(medication.name()) ? "" : " (recorded as \""
        + medication.name() + "\")") + ", " + drug.drugClass();
    if (choice.rule() == null) {
      String basis = name + ": " + choice.why() + ". " + drug.belowTable();
      findings.preparation.add(Finding.patient(BELOW_TABLE, basis, drug.source()).toConfirm(drug.confirm()));
      findings.holdPlan.add(HoldPlanner.item(drug, medication, null, true, basis));
      return;
    }
    boolean prescriber = drug.prescriberDecision() || (dual && drug.antiplatelet());
    StringBuilder basis = new StringBuilder(name).append(": ");
    if (prescriber) {
      basis.append(pack.prescriberDecisionText()).append(" If it is stopped, the table's hold is ");
    } else {
      basis.append("hold ");
    }
    basis.append(choice.rule().describe()).append(" before the procedure");
    if (choice.rule().unit() == HoldUnit.DAYS) {
      basis.append(" (full days without a dose)");
    }
    basis.append("; ").append(choice.why());
    dates(medication, choice, basis);
    if (drug.prescriberNote() != null && !prescriber) {
      basis.append(' ').append(drug.prescriberNote());
    }
    String text = basis.toString();
    findings.preparation.add(Finding.patient(prescriber ? PRESCRIBER : HOLD, text, drug.source())
        .toConfirm(drug.confirm()));
    findings.holdPlan.add(HoldPlanner.item(drug, medication, choice.rule(), prescriber, text));
  }

  private static void dates(Medication medication, HoldPlanner.Choice choice, StringBuilder basis) {
    if (medication.lastDose() == null) {
      basis.append("last dose not recorded, so no earliest date.");
      return;
    }
    basis.append("last dose ").append(medication.lastDose()).append(", earliest procedure date ")
        .append(HoldPlanner.earliestDate(choice.rule(), medication.lastDose()));
    if (choice.rule().unit() == HoldUnit.HOURS) {
      basis.append(", and not before ").append(choice.rule().describe()).append(" after the time of the last dose");
    }
    basis.append('.');
  }

  private static void verify(boolean clearanceUnknown, boolean intensityUnknown, Findings findings) {
    if (clearanceUnknown) {
      findings.toVerify.add(Finding.patient("CREATININE_CLEARANCE", "The hold of a drug taken depends on"
          + " creatinine clearance, which is not recorded: measure it; the longest hold of the table was applied.",
          "ACC-AF-2023"));
    }
    if (intensityUnknown) {
      findings.toVerify.add(Finding.patient("DOSE_INTENSITY", "The hold of a low-molecular-weight heparin depends"
          + " on whether the dose is therapeutic or prophylactic, which is not recorded; the longer hold was"
          + " applied.", "SIR-HEM-2019").toConfirm(true));
    }
  }

  private static String reversal(boolean warfarin) {
    return warfarin
        ? "The patient takes warfarin: the hold lowers the INR; agree any reversal with the prescriber."
        : "No vitamin K antagonist is recorded: find the cause and agree the correction with the prescriber or"
            + " haematology.";
  }

  private static boolean dualAntiplatelet(Iterable<Antithrombotic> drugs) {
    int antiplatelets = 0;
    for (Antithrombotic drug : drugs) {
      if (drug.antiplatelet()) {
        antiplatelets++;
      }
    }
    return antiplatelets >= 2;
  }

  private static Medication laterDose(Medication a, Medication b) {
    if (a.lastDose() == null) {
      return b;
    }
    return b.lastDose() != null && b.lastDose().isAfter(a.lastDose()) ? b : a;
  }

  private static String quoted(List<String> names) {
    List<String> quoted = new ArrayList<>(names.size());
    for (String name : names) {
      quoted.add("\"" + name + "\"");
    }
    return String.join(", ", quoted);
  }
}
