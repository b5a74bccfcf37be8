package org.vapath.core.json;

import org.vapath.core.json.internal.FieldReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.SpineWords;
import org.vapath.core.knowledge.Terminology;
import org.vapath.core.model.Modality;

/**
 * Reads the terminology of the knowledge pack: code systems by short name and their other names,
 * the concepts, and the words that say "spine".
 */
final class TerminologyJson {
  private static final Map<String, Modality> MODALITIES = Vocabulary.lowerCase(Modality.class);

  private TerminologyJson() {
  }

  static Terminology read(FieldReader terminology) {
    if (terminology == null) {
      throw new InputError("terminology", null, "is required");
    }
    FieldReader systems = terminology.object("systems");
    List<Concept> concepts = new ArrayList<>();
    for (FieldReader c : terminology.objects("concepts")) {
      String name = c.requiredText("system");
      concepts.add(new Concept(uri(systems, c, "system", name), c.requiredText("code"),
          Boolean.TRUE.equals(c.bool("prefix")), c.requiredText("means"), c.text("value"), c.text("display"),
          Boolean.TRUE.equals(c.bool("confirm")), Boolean.TRUE.equals(c.bool("vertebralSiteRequired")),
          c.text("source")));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    FieldReader aliasNames = terminology.object("systemAliases");
    if (aliasNames != null) {
      for (String alias : aliasNames.fieldNames()) {
        aliases.put(alias, uri(systems, aliasNames, alias, aliasNames.requiredText(alias)));
      }
    }
    Set<String> dotless = new HashSet<>();
    for (String name : terminology.texts("codesWithoutDots")) {
      dotless.add(uri(systems, terminology, "codesWithoutDots", name));
    }
    Map<String, String> sexExtensions = new LinkedHashMap<>();
    for (FieldReader extension : terminology.objects("sexExtensions")) {
      String system = extension.text("codeSystem");
      sexExtensions.put(extension.requiredText("url"), system == null ? "" : uri(systems, extension, "codeSystem",
          system));
    }
    return new Terminology(concepts, terminology.texts("orderWords"), terminology.requiredText("source"), aliases,
        dotless, spineWords(terminology.object("spineWords")), sexExtensions);
  }

  private static SpineWords spineWords(FieldReader words) {
    if (words == null) {
      throw new InputError("terminology.spineWords", null, "is required");
    }
    Map<String, String> regions = new LinkedHashMap<>();
    FieldReader regionNames = words.object("regions");
    for (String region : regionNames.fieldNames()) {
      regions.put(region, regionNames.requiredText(region));
    }
    Map<String, Integer> ordinals = new LinkedHashMap<>();
    FieldReader ordinalNames = words.object("ordinals");
    for (String ordinal : ordinalNames.fieldNames()) {
      ordinals.put(ordinal, ordinalNames.integer(ordinal, 1, 12));
    }
    Map<Modality, List<String>> modalities = new EnumMap<>(Modality.class);
    FieldReader modalityNames = words.object("modalities");
    for (String modality : modalityNames.fieldNames()) {
      Modality known = MODALITIES.get(modality);
      if (known == null) {
        throw modalityNames.error(modality, "is not a modality: " + String.join(", ", MODALITIES.keySet()));
      }
      modalities.put(known, modalityNames.texts(modality));
    }
    return new SpineWords(words.texts("spine"), regions, ordinals, modalities, words.requiredText("source"));
  }

  private static String uri(FieldReader systems, FieldReader where, String field, String name) {
    String uri = systems.text(name);
    if (uri == null) {
      throw where.error(field, "is not one of the systems of terminology.systems (got \"" + name + "\")");
    }
    return uri;
  }

  /** An institution's own codes: systems by their URI (e.g. http://snomed.info/sct), never marked as the pack's. */
  static List<Concept> institutionConcepts(FieldReader terminology) {
    List<Concept> concepts = new ArrayList<>();
    for (FieldReader c : terminology.objects("concepts")) {
      c.allowOnly(java.util.Set.of("system", "code", "prefix", "means", "value", "display"));
      String system = c.requiredText("system");
      if (!system.startsWith("http://") && !system.startsWith("https://") && !system.startsWith("urn:")) {
        throw c.error("system", "must be the code system's URI, e.g. http://snomed.info/sct");
      }
      concepts.add(new Concept(system, c.requiredText("code"), Boolean.TRUE.equals(c.bool("prefix")),
          c.requiredText("means"), c.text("value"), c.text("display"), false));
    }
    if (concepts.isEmpty()) {
      throw new InputError("terminology.concepts", null, "is required: a non-empty list of the institution's codes");
    }
    return concepts;
  }
}
