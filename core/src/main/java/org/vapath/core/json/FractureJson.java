package org.vapath.core.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.VertebralLevel;

/** Reads the fractures of a case. */
final class FractureJson {
  private static final Set<String> FIELDS = Set.of("level", "etiology", "heightLossPercent", "edema",
      "retropulsion", "canalCompromiseByTumor", "painGenerator");
  private static final Map<String, VertebralLevel> LEVELS = Vocabulary.exact(VertebralLevel.class);
  private static final Map<String, Etiology> ETIOLOGIES = Vocabulary.lowerCase(Etiology.class);

  private FractureJson() {
  }

  static List<Fracture> read(List<FieldReader> items) {
    if (items == null) {
      return null;
    }
    List<Fracture> fractures = new ArrayList<>(items.size());
    Set<VertebralLevel> seen = EnumSet.noneOf(VertebralLevel.class);
    for (FieldReader f : items) {
      f.allowOnly(FIELDS);
      VertebralLevel level = LEVELS.get(f.text("level"));
      if (level == null && f.has("level")) {
        throw f.error("level", "is not a vertebral level: C1-C7, T1-T12, L1-L5 or S1-S5");
      }
      if (level != null && !seen.add(level)) {
        throw f.error("level", "is listed twice; describe each level once");
      }
      fractures.add(new Fracture(level, f.oneOf("etiology", ETIOLOGIES), f.number("heightLossPercent", 0, 100),
          f.bool("edema"), f.bool("retropulsion"), f.bool("canalCompromiseByTumor"), f.bool("painGenerator")));
    }
    return fractures;
  }
}
