package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CLEARANCE_BELOW_HOLD_TABLE;
import static org.vapath.core.catalogue.FindingCode.CREATININE_CLEARANCE;
import static org.vapath.core.catalogue.FindingCode.DOSE_INTENSITY;
import static org.vapath.core.catalogue.FindingCode.HOLD_ANTITHROMBOTIC;
import static org.vapath.core.catalogue.FindingCode.MEDICATION_NOT_RECOGNISED;
import static org.vapath.core.catalogue.FindingCode.PRESCRIBER_DECISION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.HoldRule.HoldUnit;
import org.vapath.core.model.Medication;

/**
 * Periprocedural holds of anticoagulants and antiplatelets for a high bleeding risk procedure
 * [SIR-HEM-2019, ACC-AF-2023]: the hold of each drug recognised (e.g. hold apixaban 2 days with a
 * clearance above 25 mL/min), the drugs whose hold is the prescriber's decision (and every
 * antiplatelet of dual therapy), a clearance below the table. Medication names it does not recognise
 * are listed, never silently passed over. Met when a hold applies; unknown when a name is not
 * recognised or the table needs a clearance or dose intensity that is not recorded. Version 2 [§18]:
 * heparin by route (SC 24 hours [ASRA-TABLE], IV as SIR's 4-6 hours, naming ASRA's 6), NSAIDs by five
 * half-lives and cilostazol [ASRA-TABLE], the clearance computed by Cockcroft-Gault when not recorded
 * ({@link CreatinineClearance}), and a direct oral anticoagulant whose clearance stays unknown held
 * provisionally, with no earliest date (an institutional default).
 */
final class AntithromboticHolds {
  static final CriterionInfo INFO = CriterionInfo.of("Antithrombotic holds",
      "Which anticoagulants and antiplatelets are taken, and how long must each be held?",
      "medications[].name", "medications[].lastDose", "medications[].intensity", "medications[].route",
      "renal.creatinineClearanceMlMin", "labs[creatinine]", "patient.weightKg")
      .emits(HOLD_ANTITHROMBOTIC, PRESCRIBER_DECISION, CLEARANCE_BELOW_HOLD_TABLE, MEDICATION_NOT_RECOGNISED,
          CREATININE_CLEARANCE, DOSE_INTENSITY);

  private final KnowledgePack pack;
  private final MedicationRecognizer recognizer;

  AntithromboticHolds(KnowledgePack pack) {
    this.pack = pack;
    this.recognizer = new MedicationRecognizer(pack.antithrombotics());
  }

  /** {@code clearance}: recorded or computed, {@code null} when unknown; {@code lacking}: what would compute it. */
  Holds evaluate(Case kase, Clearance clearance, List<String> lacking) {
    if (kase.medications() == null || kase.medications().isEmpty()) {
      return Holds.NONE;
    }
    List<String> notRecognised = new ArrayList<>(0);
    Map<Antithrombotic, Medication> taken = recognised(kase, notRecognised);
    List<Finding> findings = new ArrayList<>(taken.size() + 1);
    if (!notRecognised.isEmpty()) {
      findings.add(Finding.patient(MEDICATION_NOT_RECOGNISED, "Not recognised as an anticoagulant or antiplatelet: "
          + quoted(notRecognised) + ". Check that none of them affects hemostasis; a drug not recognised gets no"
          + " hold plan."));
    }
    List<HoldItem> plan = new ArrayList<>(taken.size());
    boolean dualAntiplatelet = dualAntiplatelet(taken.keySet());
    List<Antithrombotic> clearanceUnknown = new ArrayList<>(0);
    List<Antithrombotic> intensityUnknown = new ArrayList<>(0);
    boolean provisional = false;
    Antithrombotic inrRechecked = null;
    for (Map.Entry<Antithrombotic, Medication> entry : taken.entrySet()) {
      Antithrombotic drug = entry.getKey();
      HoldPlanner.Choice choice = HoldPlanner.choose(drug, entry.getValue(), clearance);
      if (choice.clearanceUnknown()) {
        clearanceUnknown.add(drug);
      }
      if (choice.intensityUnknown()) {
        intensityUnknown.add(drug);
      }
      provisional |= choice.provisional();
      hold(drug, entry.getValue(), choice, dualAntiplatelet, findings, plan);
      if (drug.inrRecheck() && inrRechecked == null) {
        inrRechecked = drug;
      }
    }
    verify(clearanceUnknown, lacking, provisional, intensityUnknown, findings);
    Status status = !clearanceUnknown.isEmpty() || !intensityUnknown.isEmpty() || !notRecognised.isEmpty()
        ? Status.UNKNOWN
        : taken.isEmpty() ? Status.NOT_MET : Status.MET;
    return new Holds(new Verdict(status, findings), plan, notRecognised, inrRechecked);
  }

  private Map<Antithrombotic, Medication> recognised(Case kase, List<String> notRecognised) {
    Map<Antithrombotic, Medication> taken = new LinkedHashMap<>();
    for (Medication medication : kase.medications()) {
      if (!medication.identified()) {
        continue; // MedicationsRecorded asks for it to be checked: MEDICATION_UNRESOLVED
      }
      List<Antithrombotic> drugs = recognizer.recognise(medication.name());
      if (drugs.isEmpty()) {
        notRecognised.add(medication.name());
      }
      for (Antithrombotic drug : drugs) {
        taken.merge(drug, medication, AntithromboticHolds::laterDose);
      }
    }
    return taken;
  }

  private void hold(Antithrombotic drug, Medication medication, HoldPlanner.Choice choice, boolean dual,
      List<Finding> findings, List<HoldItem> plan) {
    String name = drug.id() + (drug.id().equalsIgnoreCase(medication.name()) ? "" : " (recorded as \""
        + medication.name() + "\")") + ", " + drug.drugClass();
    if (choice.rule() == null) {
      String basis = name + ": " + choice.why() + ". " + drug.belowTable();
      findings.add(Finding.patient(CLEARANCE_BELOW_HOLD_TABLE, basis, drug.source()).toConfirm(drug.confirm()));
      plan.add(HoldPlanner.item(drug, medication, choice, true, basis));
      return;
    }
    if (choice.provisional()) {
      String basis = name + ": hold at least " + choice.rule().describe() + " before the procedure (full days"
          + " without a dose). " + drug.unknownClearance() + (medication.lastDose() == null ? ""
          : " Last dose " + medication.lastDose() + ".");
      findings.add(Finding.patient(drug.prescriberDecision() ? PRESCRIBER_DECISION : HOLD_ANTITHROMBOTIC, basis,
          drug.source() + "; " + drug.unknownClearanceSource()).toConfirm(drug.confirm()));
      plan.add(HoldPlanner.item(drug, medication, choice, drug.prescriberDecision(), basis));
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
    Finding finding = Finding.patient(prescriber ? PRESCRIBER_DECISION : HOLD_ANTITHROMBOTIC, text,
        choice.rule().sourceOr(drug.source())).toConfirm(drug.confirm());
    findings.add(choice.rule().conflict() == null ? finding : finding.inConflict(choice.rule().conflict()));
    plan.add(HoldPlanner.item(drug, medication, choice, prescriber, text));
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

  /**
   * The facts the holds of {@code clearanceUnknown} and {@code intensityUnknown} need, naming the pack's drugs;
   * {@code lacking}: what would compute the clearance.
   */
  private static void verify(List<Antithrombotic> clearanceUnknown, List<String> lacking, boolean provisional,
      List<Antithrombotic> intensityUnknown, List<Finding> findings) {
    if (!clearanceUnknown.isEmpty()) {
      findings.add(Finding.patient(CREATININE_CLEARANCE, holdsOf(clearanceUnknown) + " on creatinine clearance,"
          + " which is not recorded and cannot be computed by Cockcroft-Gault without " + Words.joinAnd(lacking)
          + ": measure it; " + (provisional ? "the hold is provisional, with no earliest date, until it is known."
          : "the longest hold of the table was applied.")));
    }
    if (!intensityUnknown.isEmpty()) {
      Set<String> intensities = new LinkedHashSet<>();
      for (Antithrombotic drug : intensityUnknown) {
        drug.holds().stream().map(HoldRule::intensity).filter(Objects::nonNull).forEach(intensities::add);
      }
      findings.add(Finding.patient(DOSE_INTENSITY, holdsOf(intensityUnknown) + " on whether the dose is "
          + Words.join(List.copyOf(intensities), "or") + ", which is not recorded; the longest hold of the table was"
          + " applied.").toConfirm(true));
    }
  }

  /** "The hold of enoxaparin (low-molecular-weight heparin) depends", or "The holds of ... depend". */
  private static String holdsOf(List<Antithrombotic> drugs) {
    List<String> names = new ArrayList<>(drugs.size());
    for (Antithrombotic drug : drugs) {
      names.add(drug.id() + " (" + drug.drugClass() + ")");
    }
    return (drugs.size() == 1 ? "The hold of " : "The holds of ") + Words.joinAnd(names)
        + (drugs.size() == 1 ? " depends" : " depend");
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
