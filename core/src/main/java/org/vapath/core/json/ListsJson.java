package org.vapath.core.json;

import static org.vapath.core.Numbers.plain;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Medication;
import org.vapath.core.model.MedicationRoute;
import org.vapath.core.model.Modality;

/** Reads the lists of a case: allergies, medications, labs (converted to canonical units) and imaging. */
final class ListsJson {
  private static final Map<String, DoseIntensity> INTENSITY = Vocabulary.lowerCase(DoseIntensity.class);
  private static final Map<String, LabTest> TESTS = Vocabulary.lowerCase(LabTest.class);
  private static final Map<String, Modality> MODALITIES = Vocabulary.lowerCase(Modality.class);
  private static final Map<String, MedicationRoute> ROUTES = Vocabulary.lowerCase(MedicationRoute.class);
  private static final Set<String> MEDICATION_FIELDS = Set.of("name", "lastDose", "intensity", "record", "route");

  private final KnowledgePack pack;

  ListsJson(KnowledgePack pack) {
    this.pack = pack;
  }

  static List<String> allergies(JsonCursor in) throws IOException {
    if (!in.array()) {
      return null;
    }
    List<String> allergies = new ArrayList<>(2);
    while (in.nextItem()) {
      String allergy = in.text();
      if (allergy == null || allergy.isBlank()) {
        throw in.refuse("must name a substance");
      }
      allergies.add(allergy);
    }
    return allergies;
  }

  static List<Medication> medications(JsonCursor in) throws IOException {
    if (!in.array()) {
      return null;
    }
    List<Medication> medications = new ArrayList<>(2);
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      String name = null;
      LocalDate lastDose = null;
      DoseIntensity intensity = null;
      String record = null;
      MedicationRoute route = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "name" -> name = in.requiredText();
          case "lastDose" -> lastDose = in.date();
          case "intensity" -> intensity = in.oneOf(INTENSITY);
          case "record" -> record = in.requiredText();
          case "route" -> route = in.oneOf(ROUTES);
          default -> throw in.unknownField(MEDICATION_FIELDS);
        }
      }
      // A medication record whose drug could not be identified keeps its place, named by its record.
      if (name == null && record == null) {
        throw new InputError("medications[" + medications.size() + "].name", null,
            "is required (or, for a medication record that names no readable drug, its record)");
      }
      medications.add(new Medication(name, lastDose, intensity, record, route));
    }
    return medications;
  }

  List<LabResult> labs(JsonCursor in) throws IOException {
    List<LabResult> labs = new ArrayList<>(3);
    if (!in.array()) {
      return labs;
    }
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      labs.add(lab(in, "labs[" + labs.size() + "]"));
    }
    return labs;
  }

  private LabResult lab(JsonCursor in, String path) throws IOException {
    LabTest test = null;
    Double value = null;
    String unit = null;
    LocalDate date = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "test" -> test = in.oneOf(TESTS);
        case "value" -> value = in.number(0, Double.MAX_VALUE);
        case "unit" -> unit = in.text();
        case "date" -> date = in.date();
        default -> throw in.unknownField(Set.of("test", "value", "unit", "date"));
      }
    }
    if (test == null) {
      throw new InputError(path + ".test", null, "is required: one of " + String.join(", ", TESTS.keySet()));
    }
    if (value == null) {
      throw new InputError(path + ".value", null, "is required");
    }
    LabSpec spec = pack.lab(test);
    Double factor = spec.factorFor(unit);
    if (factor == null && unit == null) {
      throw new InputError(path + ".unit", null, "is required for " + spec.name() + ": one of "
          + String.join(", ", spec.unitFactors().keySet().stream().sorted().toList()));
    }
    if (factor == null) {
      throw new InputError(path + ".unit", quoted(unit), "is not a unit accepted for " + spec.name()
          + "; accepted: " + String.join(", ", spec.unitFactors().keySet().stream().sorted().toList()));
    }
    double canonical = value * factor;
    if (canonical < spec.plausibleMin() || canonical > spec.plausibleMax()) {
      throw new InputError(path + ".value", plain(value), "is not a plausible " + spec.name() + " ("
          + plain(spec.plausibleMin()) + " to " + plain(spec.plausibleMax()) + " " + spec.canonicalUnit()
          + " after conversion); check the unit");
    }
    return new LabResult(test, canonical, date);
  }

  static List<ImagingStudy> imaging(JsonCursor in) throws IOException {
    List<ImagingStudy> studies = new ArrayList<>(2);
    if (!in.array()) {
      return studies;
    }
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      Modality modality = null;
      LocalDate date = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "modality" -> modality = in.oneOf(MODALITIES);
          case "date" -> date = in.date();
          default -> throw in.unknownField(Set.of("modality", "date"));
        }
      }
      if (modality == null) {
        throw new InputError("imaging[" + studies.size() + "].modality", null, "is required: one of "
            + String.join(", ", MODALITIES.keySet()));
      }
      studies.add(new ImagingStudy(modality, date));
    }
    return studies;
  }

  private static String quoted(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }

}
