package org.vapath.core.json;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/** Reads the terminology of the knowledge pack: code systems by short name, and the concepts. */
final class TerminologyJson {
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
      String uri = systems.text(name);
      if (uri == null) {
        throw c.error("system", "is not one of the systems of terminology.systems");
      }
      concepts.add(new Concept(uri, c.requiredText("code"), Boolean.TRUE.equals(c.bool("prefix")),
          c.requiredText("means"), c.text("value"), c.text("display"), Boolean.TRUE.equals(c.bool("confirm"))));
    }
    return new Terminology(concepts, terminology.texts("orderWords"), terminology.requiredText("source"));
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
