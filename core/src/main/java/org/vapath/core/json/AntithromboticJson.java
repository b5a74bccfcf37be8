package org.vapath.core.json;

import org.vapath.core.json.internal.FieldReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.ClearanceBand;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.HoldRule.HoldUnit;
import org.vapath.core.knowledge.Names;

/** Reads the antithrombotic hold table of the knowledge pack. */
final class AntithromboticJson {
  private static final Map<String, HoldUnit> UNITS = Vocabulary.lowerCase(HoldUnit.class);

  private AntithromboticJson() {
  }

  static List<Antithrombotic> read(FieldReader root) {
    List<Antithrombotic> drugs = new ArrayList<>();
    for (FieldReader d : root.objects("antithrombotics")) {
      List<HoldRule> holds = new ArrayList<>();
      for (FieldReader h : d.objects("holds")) {
        ClearanceBand band = new ClearanceBand(h.number("crclAbove", 0, 500), h.number("crclFrom", 0, 500),
            h.number("crclTo", 0, 500), h.number("crclBelow", 0, 500));
        holds.add(new HoldRule(band, h.text("intensity"), h.text("route"), h.requiredNumber("min", 0, 1000),
            h.requiredNumber("max", 0, 1000), h.oneOf("unit", UNITS), h.text("source"), h.text("conflict")));
      }
      List<String> names = d.texts("names").stream().map(Names::normalise).toList();
      FieldReader unknown = d.object("unknownClearance");
      drugs.add(new Antithrombotic(d.requiredText("id"), d.requiredText("drugClass"), names, holds,
          Boolean.TRUE.equals(d.bool("antiplatelet")), Boolean.TRUE.equals(d.bool("inrRecheck")),
          Boolean.TRUE.equals(d.bool("prescriberDecision")),
          d.text("prescriberNote"), d.text("belowTable"), d.requiredText("source"),
          Boolean.TRUE.equals(d.bool("confirm")), unknown == null ? null : unknown.requiredText("text"),
          unknown == null ? null : unknown.requiredText("source"), d.text("routeUnknown")));
    }
    return drugs;
  }
}
