package org.vapath.core.json;

import org.vapath.core.json.internal.FieldReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgeError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;
import org.vapath.core.assessment.PercentRange;
import org.vapath.core.knowledge.CementIngredient;
import org.vapath.core.knowledge.Names;
import org.vapath.core.knowledge.OutcomeDefinition;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.knowledge.GenantBands;
import org.vapath.core.knowledge.GuidancePolicy;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.VertebralLevel;

/** Reads a knowledge pack, and an institution's override file, from JSON. */
public final class KnowledgePackJson {
  private static final Set<String> PACK_FIELDS = Set.of("version", "title", "sources", "thresholds", "labs",
      "etiologies", "complications", "outcomes", "genant", "guidance", "cementIngredients", "antithrombotics",
      "prescriberDecisionText", "terminology", "scales", "coverage", "clearance", "appliedOverrides");
  private static final String RESOURCE = "/org/vapath/core/knowledge/knowledge-pack.json";

  private KnowledgePackJson() {
  }

  /** The pack shipped with VAPath, read once, on first use. */
  public static KnowledgePack embedded() {
    return Embedded.PACK;
  }

  /** The pack shipped with VAPath, read anew. */
  public static KnowledgePack readEmbedded() {
    return read(embeddedTree(), "embedded knowledge pack");
  }

  /** Holds the embedded pack, so that it is read when first asked for (the holder idiom: lazy and thread-safe). */
  private static final class Embedded {
    static final KnowledgePack PACK = readEmbedded();
  }

  /**
   * The pack as JSON for machines: the embedded pack's own document, with the thresholds in force
   * and the overrides that set them ({@code appliedOverrides}), so that it reads back as a pack.
   */
  public static String write(KnowledgePack pack) {
    ObjectNode tree = (ObjectNode) embeddedTree();
    ObjectNode thresholds = (ObjectNode) tree.get("thresholds");
    pack.thresholds().forEach((id, threshold) -> ((ObjectNode) thresholds.get(id)).put("value", threshold.value()));
    // An institution's codes, their systems named by URI, so that the document reads back.
    ObjectNode terminology = (ObjectNode) tree.get("terminology");
    Terminology embedded = TerminologyJson.read(FieldReader.root(terminology, "terminology"));
    for (Concept c : pack.terminology().concepts()) {
      if (embedded.find(c.system(), c.code()) == null) {
        ((ObjectNode) terminology.get("systems")).put(c.system(), c.system());
        ObjectNode concept = ((ArrayNode) terminology.get("concepts")).addObject().put("system", c.system())
            .put("code", c.code()).put("prefix", c.prefix()).put("means", c.means());
        concept.put("value", c.value()).put("display", c.display());
      }
    }
    ArrayNode applied = tree.putArray("appliedOverrides");
    for (AppliedOverride override : pack.overrides()) {
      applied.addObject().put("id", override.id()).put("value", override.value())
          .put("packValue", override.packValue()).put("origin", override.origin());
    }
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode embeddedTree() {
    try (InputStream in = KnowledgePackJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new KnowledgeError("the embedded knowledge pack " + RESOURCE + " is missing from the build");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Applies the threshold overrides of an institution's file, e.g.
   * {@code {"institution": "St Elsewhere", "thresholds": {"inr.max": 1.8}}}.
   */
  public static KnowledgePack applyOverrides(KnowledgePack pack, Path file) {
    String origin = file.toString();
    JsonNode tree = readFile(file);
    try {
      FieldReader root = FieldReader.root(tree, "knowledge override file").allowOnly(Set.of("institution",
          "thresholds", "terminology"));
      String institution = root.text("institution");
      String named = institution == null ? origin : institution + " (" + origin + ")";
      FieldReader thresholds = root.object("thresholds");
      FieldReader terminology = root.object("terminology");
      if (thresholds == null && terminology == null) {
        throw new InputError("thresholds", null, "is required: the thresholds to override, by id (or terminology:"
            + " the institution's codes)");
      }
      KnowledgePack result = pack;
      if (thresholds != null) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String id : thresholds.fieldNames()) {
          values.put(id, thresholds.requiredNumber(id, -Double.MAX_VALUE, Double.MAX_VALUE));
        }
        result = result.withThresholds(values, named);
      }
      if (terminology != null) {
        result = result.withConcepts(TerminologyJson.institutionConcepts(terminology.allowOnly(Set.of("concepts"))),
            named);
      }
      return result;
    } catch (InputError e) {
      throw new KnowledgeError(origin + ": " + e.getMessage(), e);
    }
  }

  static JsonNode readFile(Path file) {
    try {
      return Json.MAPPER.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new KnowledgeError(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new KnowledgeError(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a pack from its JSON document, e.g. the output of {@link #write}. */
  public static KnowledgePack read(JsonNode tree) {
    return read(tree, "knowledge pack");
  }

  static KnowledgePack read(JsonNode tree, String origin) {
    try {
      FieldReader root = FieldReader.root(tree, "knowledge pack").allowOnly(PACK_FIELDS);
      return new KnowledgePack(root.requiredText("version"), root.requiredText("title"),
          texts(root.object("sources")), thresholds(root.object("thresholds")), labs(root.object("labs")),
          etiologies(root.object("etiologies")), complications(root), outcomes(root.object("outcomes")),
          genant(root.object("genant")), ScalesJson.sins(required(root, "scales")),
          ScalesJson.bilsky(required(root, "scales")), guidance(root.object("guidance")), ingredients(root),
          AntithromboticJson.read(root), root.requiredText("prescriberDecisionText"),
          TerminologyJson.read(root.object("terminology")), ScalesJson.coverage(required(root, "coverage")),
          ScalesJson.clearance(required(root, "clearance")), List.of());
    } catch (InputError | IllegalArgumentException | NullPointerException e) {
      throw new KnowledgeError(origin + ": " + e.getMessage(), e);
    }
  }

  private static FieldReader required(FieldReader root, String name) {
    FieldReader object = root.object(name);
    if (object == null) {
      throw root.error(name, "is required");
    }
    return object;
  }

  private static Map<String, String> texts(FieldReader object) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : object.fieldNames()) {
      texts.put(name, object.requiredText(name));
    }
    return texts;
  }

  private static Map<String, Threshold> thresholds(FieldReader object) {
    Map<String, Threshold> thresholds = new LinkedHashMap<>();
    for (String id : object.fieldNames()) {
      FieldReader t = object.object(id);
      thresholds.put(id, new Threshold(id, t.requiredNumber("value", 0, 1e6), t.requiredText("unit"),
          t.requiredNumber("safeMin", 0, 1e6), t.requiredNumber("safeMax", 0, 1e6), t.requiredText("source"),
          t.requiredText("text"), Boolean.TRUE.equals(t.bool("confirm")), t.requiredText("safeMinSource"),
          t.requiredText("safeMaxSource")));
    }
    return thresholds;
  }

  private static Map<LabTest, LabSpec> labs(FieldReader object) {
    Map<LabTest, LabSpec> labs = new EnumMap<>(LabTest.class);
    for (Map.Entry<String, LabTest> entry : Vocabulary.lowerCase(LabTest.class).entrySet()) {
      FieldReader lab = object.object(entry.getKey());
      if (lab == null) {
        throw object.error(entry.getKey(), "is required");
      }
      FieldReader units = lab.object("units");
      Map<String, Double> factors = new LinkedHashMap<>();
      for (String unit : units.fieldNames()) {
        // A factor, or a divisor as the source writes it (creatinine: umol/L divided by 88.4 is mg/dL).
        factors.put(unit, units.isObject(unit) ? 1 / units.object(unit).allowOnly(Set.of("divideBy"))
            .requiredNumber("divideBy", 1e-9, 1e9) : units.requiredNumber(unit, 1e-9, 1e9));
      }
      labs.put(entry.getValue(), new LabSpec(lab.requiredText("name"), lab.requiredText("canonicalUnit"), factors,
          lab.requiredNumber("plausibleMin", 0, 1e6), lab.requiredNumber("plausibleMax", 0, 1e6),
          Boolean.TRUE.equals(lab.bool("unitRequired")), lab.text("conversion"), lab.text("conversionSource")));
    }
    return labs;
  }

  private static Map<Etiology, EtiologyFacts> etiologies(FieldReader object) {
    Map<Etiology, EtiologyFacts> facts = new EnumMap<>(Etiology.class);
    Map<String, Etiology> vocabulary = Vocabulary.lowerCase(Etiology.class);
    for (String name : object.fieldNames()) {
      Etiology etiology = vocabulary.get(name);
      if (etiology == null || etiology == Etiology.UNKNOWN) {
        throw object.error(name, "is not a known etiology");
      }
      FieldReader e = object.object(name);
      Double low = e.number("painReliefLow", 0, 100);
      Double high = e.number("painReliefHigh", 0, 100);
      facts.put(etiology, new EtiologyFacts(e.text("indication"), e.integer("riskRank", 0, 100),
          e.number("complicationRatePercent", 0, 100), low == null || high == null ? null : new PercentRange(low, high),
          e.requiredText("source")));
    }
    return facts;
  }

  private static List<Complication> complications(FieldReader root) {
    List<Complication> complications = new ArrayList<>();
    for (FieldReader c : root.objects("complications")) {
      complications.add(new Complication(c.requiredText("code"), c.requiredText("name"),
          Boolean.TRUE.equals(c.bool("thoracicOnly"))));
    }
    return complications;
  }

  private static OutcomeDefinition outcomes(FieldReader o) {
    return new OutcomeDefinition(o.requiredNumber("painReductionPoints", 0, 10),
        o.requiredNumber("painReductionPercent", 0, 100), o.integer("firstFollowUpAfterDays", 0, 365),
        o.integer("minimumCasesForVerdict", 1, 10_000), o.requiredText("source"), o.requiredText("firstFollowUpSource"),
        o.requiredText("minimumCasesSource"), o.requiredNumber("rmdqMinimalChangePoints", 1, 24),
        o.requiredNumber("odiMinimalChangePoints", 1, 100), o.requiredText("functionSource"), o.requiredText("text"));
  }

  private static GenantBands genant(FieldReader g) {
    return new GenantBands(g.requiredNumber("grade1FromPercent", 0, 100), g.requiredNumber("grade2FromPercent", 0, 100),
        g.requiredNumber("grade3AbovePercent", 0, 100), g.requiredText("source"));
  }

  private static GuidancePolicy guidance(FieldReader g) {
    Map<String, VertebralLevel> levels = Vocabulary.exact(VertebralLevel.class);
    List<VertebralLevel> ctLevels = new ArrayList<>();
    for (String name : g.texts("ctLevels")) {
      VertebralLevel level = levels.get(name);
      if (level == null) {
        throw g.error("ctLevels", "lists " + name + ", which is not a vertebral level");
      }
      ctLevels.add(level);
    }
    return new GuidancePolicy(g.requiredText("default"), Set.copyOf(ctLevels), g.requiredText("text"),
        g.requiredText("source"), g.requiredText("ctLevelsSource"));
  }

  private static List<CementIngredient> ingredients(FieldReader root) {
    List<CementIngredient> ingredients = new ArrayList<>();
    for (FieldReader i : root.objects("cementIngredients")) {
      List<String> synonyms = i.texts("synonyms").stream().map(Names::normalise).toList();
      ingredients.add(new CementIngredient(i.requiredText("name"), i.requiredText("role"), synonyms));
    }
    return ingredients;
  }
}
